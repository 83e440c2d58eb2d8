import { type DocumentMessages, documentEn } from './document.en.ts';
import { documentKo } from './document.ko.ts';
import type { Lang } from './index.ts';

/**
 * The document mode's strings in every language. Kept out of `messages` so they load with the
 * mode (a separate chunk), not with the page.
 */
export const documentMessages: Record<Lang, DocumentMessages> = { en: documentEn, ko: documentKo };
