import { describe, expect, it } from 'vitest';
import { onSeveralLines } from '../src/several-lines.ts';

const a = 'http://localhost:8001/api/v1/namespaces/ns/services/a/proxy/';
const b = '/api/v1/namespaces/ns/services/https:b:/proxy/metrics';

describe('several URLs in the URL box', () => {
  it.each([
    ['a list, one a line', `${a}\n${b}`],
    ['a list with CRLF and blank lines', `${a}\r\n\r\n${b}\r\n`],
    ['a list with bullets', `- ${a}\n- ${b}\n`],
    ['prose around two URLs on two lines', `Open ${a} first.\nThen ${b}.`],
  ])('offers the document mode for %s', (_, text) => {
    expect(onSeveralLines(text)).toBe(true);
  });

  it.each([
    ['one URL', a],
    ['one URL and a newline', `${a}\n`],
    ['one URL and a line of prose', `${a}\nthis is the dashboard`],
    ['two URLs on one line', `${a} ${b}`],
    ['no URL at all', 'line one\nline two'],
  ])('does not offer it for %s', (_, text) => {
    expect(onSeveralLines(text)).toBe(false);
  });
});
