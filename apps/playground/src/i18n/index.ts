import { type Diagnostic, diagnosticCatalogue } from 'apiserver-proxy-url';
import { en, type Messages } from './en.ts';
import { ko } from './ko.ts';

export type Lang = 'en' | 'ko';
export const languages: readonly { lang: Lang; label: string }[] = [
  { lang: 'en', label: 'English' },
  { lang: 'ko', label: '한국어' },
];

export const messages: Record<Lang, Messages> = { en, ko };

export const isLang = (value: string): value is Lang => Object.hasOwn(messages, value);

const storageKey = 'apiserver-proxy-url-playground:lang';

/** The remembered choice if there is one, else the browser's first language we have. */
export function pickLang(stored: string | null, preferred: readonly string[]): Lang {
  if (stored !== null && isLang(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLang(primary)) return primary;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled: fall back to the browser's languages
  }
}

export function initialLang(): Lang {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  return pickLang(readStored(), preferred);
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(storageKey, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

// The Korean diagnostic messages are a chunk of their own, loaded before the page first shows
// Korean: a page in English never loads them.
let korean: typeof import('./diagnostics.ko.ts').diagnosticsKo | undefined;

/** Loads what `lang` needs beyond the first chunk; resolves once {@link diagnosticText} has it. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'ko' && !korean) korean = (await import('./diagnostics.ko.ts')).diagnosticsKo;
}

/**
 * A diagnostic's title and sentence: English from the library, Korean from this app (once
 * {@link loadLang} has loaded it), made from the diagnostic's `params` so that it says as much as
 * English does.
 */
export function diagnosticText(d: Diagnostic, lang: Lang): { title: string; message: string } {
  if (lang === 'ko' && korean) {
    const { title, message } = korean[d.code];
    return { title, message: typeof message === 'string' ? message : message(d.params ?? {}) };
  }
  return { title: diagnosticCatalogue[d.code].title, message: d.message };
}
