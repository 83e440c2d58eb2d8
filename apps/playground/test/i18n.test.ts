import { diagnosticCatalogue } from 'apiserver-proxy-url';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/examples.ts';
import { diagnosticsKo } from '../src/i18n/diagnostics.ko.ts';
import { documentEn } from '../src/i18n/document.en.ts';
import { documentKo } from '../src/i18n/document.ko.ts';
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
    // The document mode's strings load with the mode, from their own files.
    expect(shape(documentKo)).toEqual(shape(documentEn));
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

describe('the document mode in Korean', () => {
  it('is written in Korean, but for names the page keeps in English', () => {
    const english = new Set(['label', 'placeholder']);
    for (const [key, value] of Object.entries(documentKo)) {
      if (typeof value !== 'string' || english.has(key)) continue;
      expect(value, key).toMatch(/[가-힣]/);
    }
    expect(documentKo.label).toBe('문서');
    expect(documentKo.summary(3, 1, 2, null)).toBe('URL 3개 검사: 오류 1개, 경고 2개');
    expect(documentKo.summary(3, 1, 2, 4)).toBe('URL 3개 검사: 오류 1개, 경고 2개, 참고 4개');
    expect(documentKo.at(12, 5)).toBe('12행 5열');
    expect(documentEn.summary(1, 0, 1, null)).toBe('1 URL checked: 0 errors, 1 warning');
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
