import { diagnosticCatalogue } from 'apiserver-proxy-url';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/examples.ts';
import { diagnosticsKo } from '../src/i18n/diagnostics.ko.ts';
import { en } from '../src/i18n/en.ts';
import { diagnosticText, pickLang } from '../src/i18n/index.ts';
import { ko } from '../src/i18n/ko.ts';

/** Every key path of an object of strings and functions. */
function shape(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${path}:${typeof value}`];
  return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`));
}

describe('Korean', () => {
  it('has a title and message for every code in the catalogue, and no other', () => {
    expect(Object.keys(diagnosticsKo).sort()).toEqual(Object.keys(diagnosticCatalogue).sort());
    for (const { title, message } of Object.values(diagnosticsKo)) {
      expect(title.trim()).not.toBe('');
      expect(message).toMatch(/[가-힣]/);
    }
  });

  it('has every interface string English has', () => {
    expect(shape(ko)).toEqual(shape(en));
    expect(Object.keys(ko.examples.items).sort()).toEqual(examples.map((e) => e.id).sort());
  });

  it('gives a diagnostic English from the library and Korean from the app', () => {
    const d = {
      code: 'missing-trailing-slash',
      severity: 'warning',
      message: 'from the library',
      start: 0,
      end: 0,
    } as const;
    expect(diagnosticText(d, 'en')).toEqual({
      title: diagnosticCatalogue['missing-trailing-slash'].title,
      message: 'from the library',
    });
    expect(diagnosticText(d, 'ko')).toEqual(diagnosticsKo['missing-trailing-slash']);
  });
});

describe('pickLang', () => {
  it.each([
    [null, ['ko-KR', 'en-US'], 'ko'],
    [null, ['en-GB', 'ko'], 'en'],
    [null, ['fr-FR', 'ko'], 'ko'],
    [null, ['fr-FR'], 'en'],
    [null, [], 'en'],
    ['ko', ['en-US'], 'ko'],
    ['en', ['ko-KR'], 'en'],
    ['xx', ['ko-KR'], 'ko'],
  ] as const)('stored %s, browser %j → %s', (stored, preferred, lang) => {
    expect(pickLang(stored, preferred)).toBe(lang);
  });
});
