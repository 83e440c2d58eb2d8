// lintText places each diagnostic in the text (as ESLint counts lines and columns); applyFixes
// changes only the bytes the fixes change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixText, type LintFinding, lintText } from '../src/index.js';

const SEED = new URL('./fixtures/docs/cluster-access.ko.md', import.meta.url);

const fixAll = (text: string): string => fixText(text).text;

const brief = (f: LintFinding) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.code}`;

describe('lintText', () => {
  it('places a finding at the part at fault, 1-based, end exclusive', () => {
    const text =
      'Logs:\n  https://10.0.0.1:6443/api/v1/namespaces/kube-system/services/https:elasticsearch-logging/proxy/\n';
    const [finding, ...rest] = lintText(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      line: 2,
      column: 64,
      endLine: 2,
      endColumn: 91,
      code: 'scheme-parsed-as-name',
      severity: 'warning',
      fix: 'https://10.0.0.1:6443/api/v1/namespaces/kube-system/services/https:elasticsearch-logging:/proxy/',
      urlStart: 8,
    });
    const f = finding as LintFinding;
    expect(text.slice(f.start, f.end)).toBe('https:elasticsearch-logging');
    expect(f.edits).toEqual([{ start: f.end, end: f.end, text: ':' }]);
  });

  it('counts columns in UTF-16 code units, as ESLint does', () => {
    const text = '😀 한국어 /api/v1/namespaces/a/services/https:b/proxy/';
    const [f] = lintText(text);
    expect(f?.column).toBe(text.indexOf('https:b') + 1);
  });

  it('ends lines where ESLint does: CRLF, CR, LF, U+2028, U+2029', () => {
    const url = '/api/v1/nodes/n/proxy';
    const lines = lintText(`a\r\nb\rc\nd\u2028e\u2029${url}`).map((f) => [f.line, f.column]);
    expect(lines).toEqual([[6, url.length - 5]]);
  });

  it('tells each URL found, with findings or not', () => {
    const urls: string[] = [];
    lintText('/api/v1/nodes/a/proxy/ and /api/v1/nodes/b/proxy', {
      onUrl: (u) => urls.push(u.url),
    });
    expect(urls).toEqual(['/api/v1/nodes/a/proxy/', '/api/v1/nodes/b/proxy']);
  });

  it('hides infos unless asked, and follows per-code rules', () => {
    const text = '/api/v1/namespaces/a/services/b/proxy/ and /api/v1/namespaces/a/services/c/proxy';
    expect(lintText(text).map((f) => f.code)).toEqual(['missing-trailing-slash']);
    expect(lintText(text, { minSeverity: 'info' }).map((f) => f.code)).toEqual([
      'empty-port-unnamed-only',
      'empty-port-unnamed-only',
      'missing-trailing-slash',
    ]);
    expect(lintText(text, { rules: { 'missing-trailing-slash': 'off' } })).toEqual([]);
    expect(
      lintText(text, { minSeverity: 'error', rules: { 'missing-trailing-slash': 'error' } }).map(
        (f) => f.severity,
      ),
    ).toEqual(['error']);
  });

  it('does not ask kubectl cluster-info output for a trailing slash', () => {
    const text =
      'Kubernetes control plane is running at https://10.0.0.1:6443\nCoreDNS is running at https://10.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n';
    expect(lintText(text)).toEqual([]);
    expect(lintText(text.replace('CoreDNS is running at ', 'Open '))[0]?.code).toBe(
      'missing-trailing-slash',
    );
  });

  it('reports placeholders as unknown values, not invalid names', () => {
    const text = [
      '- `/api/v1/namespaces/<namespace>/services/<service-name>:<port-name>/proxy/`',
      '- http://127.0.0.1:8001/api/v1/namespaces/{{ .Release.Namespace }}/services/{{ include "x.fullname" . }}:http/proxy/',
      '- $APISERVER/api/v1/namespaces/$NS/services/${SVC}/proxy/',
    ].join('\n');
    expect(lintText(text, { minSeverity: 'info' }).map((f) => f.code)).toEqual([
      'empty-port-unnamed-only',
    ]);
  });

  it('on the Korean docs page, finds the plain http:// bases and the formats without a trailing slash', () => {
    const findings = lintText(readFileSync(SEED, 'utf8'));
    expect(findings.map(brief)).toEqual([
      '284:2-284:37 insecure-remote-base',
      '284:119-284:125 missing-trailing-slash',
      '289:2-289:37 insecure-remote-base',
      '289:125-289:131 missing-trailing-slash',
      '300:63-300:83 insecure-remote-base',
    ]);
    // The markup between code spans keeps the fix of the first from being made in place.
    expect(findings[0]?.edits).toEqual([
      { start: expect.any(Number), end: expect.any(Number), text: 's' },
    ]);
  });
});

describe('applyFixes', () => {
  it('fixes a Markdown link whose text and target are the same URL in both places', () => {
    const url =
      'http://localhost:8001/api/v1/namespaces/kube-system/services/https:kubernetes-dashboard/proxy/';
    const fixed = url.replace('dashboard/proxy', 'dashboard:/proxy');
    expect(fixAll(`See [${url}](${url}).`)).toBe(`See [${fixed}](${fixed}).`);
  });

  it('fixes inside Markdown markup when the change stays in one code span', () => {
    const text =
      '`https://`*`master`*`/api/v1/namespaces/`*`ns`*`/services/`*`https:svc`*`/proxy`\n';
    expect(fixAll(text)).toBe(
      '`https://`*`master`*`/api/v1/namespaces/`*`ns`*`/services/`*`https:svc:`*`/proxy/`\n',
    );
  });

  it('leaves line endings, a BOM and the missing final newline alone', () => {
    const text = '\ufeffa\r\n/api/v1/namespaces/a/services/b/proxy\r\nb\r\n/api/v1/proxy/nodes/n/x';
    expect(fixAll(text)).toBe(
      '\ufeffa\r\n/api/v1/namespaces/a/services/b/proxy/\r\nb\r\n/api/v1/nodes/n/proxy/x',
    );
  });

  it('applies two fixes on one URL in one pass when they do not touch', () => {
    const text = '/api/v1/namespaces/a/services/https:b/proxy';
    const findings = lintText(text);
    expect(findings.map((f) => f.code)).toEqual([
      'scheme-parsed-as-name',
      'missing-trailing-slash',
    ]);
    expect(applyFixes(text, findings)).toBe('/api/v1/namespaces/a/services/https:b:/proxy/');
  });

  it('leaves out a finding whose edits clash with one already applied', () => {
    const at = (start: number, end: number, text: string): LintFinding => ({
      ...(lintText('/api/v1/nodes/n/proxy')[0] as LintFinding),
      edits: [{ start, end, text }],
    });
    expect(applyFixes('abcdef', [at(1, 3, 'X'), at(2, 4, 'Y'), at(4, 4, 'Z')])).toBe('aXdZef');
    expect(applyFixes('abcdef', [at(3, 3, 'X'), at(3, 3, 'Y')])).toBe('abcXdef');
  });

  it('is the identity when nothing is fixable', () => {
    const text = 'no URLs here /proxy/ and /api/v1/namespaces/Bad_NS/services/x/proxy/';
    expect(applyFixes(text, lintText(text))).toBe(text);
  });
});

describe('fixText', () => {
  it('fixes to a fixed point and lists what it applied, pass by pass', () => {
    // The legacy fix writes /proxy without a slash after the name; a second pass adds the colon.
    const text =
      'a /api/v1/proxy/namespaces/n/services/https:s\nb /api/v1/namespaces/n/services/https:t/proxy\n';
    const { text: fixed, fixed: applied } = fixText(text);
    expect(fixed).toBe(
      'a /api/v1/namespaces/n/services/https:s:/proxy/\nb /api/v1/namespaces/n/services/https:t:/proxy/\n',
    );
    expect(applied.map((f) => f.code)).toEqual([
      'legacy-proxy-path',
      'scheme-parsed-as-name',
      'missing-trailing-slash',
      'scheme-parsed-as-name',
    ]);
    expect(fixText(fixed)).toEqual({ text: fixed, fixed: [] });
  });

  it('follows the same options as lintText', () => {
    const text = '/api/v1/namespaces/a/services/b/proxy';
    expect(fixText(text, { rules: { 'missing-trailing-slash': 'off' } }).text).toBe(text);
  });
});
