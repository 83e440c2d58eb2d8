import { createContext, useContext } from 'react';
import { en, type Messages } from './en.ts';
import type { Lang } from './index.ts';

export const LangContext = createContext<{ lang: Lang; t: Messages }>({ lang: 'en', t: en });

/** The interface strings of the chosen language, and its tag. */
export const useI18n = (): { lang: Lang; t: Messages } => useContext(LangContext);
