// The browser tests' static server: the site under its sub-path, and nothing outside the folder
// (not a sibling folder whose name starts the same), whatever the escapes.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../scripts/static-server.js';

let folder: string;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'static-server-'));
  await mkdir(join(folder, 'site', 'assets'), { recursive: true });
  await mkdir(join(folder, 'site-secret'));
  await writeFile(join(folder, 'site', 'index.html'), '<!doctype html><p>site');
  await writeFile(join(folder, 'site', 'assets', 'a.js'), 'export {};');
  await writeFile(join(folder, 'site-secret', 'token.txt'), 'secret');
  server = await serveStatic(join(folder, 'site'), '/sub/path/');
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

/** GET the path exactly as written (no client-side cleaning): status and body. */
function fetchRaw(path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('serveStatic', () => {
  it.each([
    ['/sub/path/', 200, '<!doctype html><p>site'],
    ['/sub/path/assets/a.js', 200, 'export {};'],
    ['/sub/path/assets/a.js?v=1', 200, 'export {};'],
  ])('serves %s', async (path, status, body) => {
    expect(await fetchRaw(path)).toEqual({ status, body });
  });

  it.each([
    '/sub/path/../../site-secret/token.txt',
    '/sub/path/%2e%2e/site-secret/token.txt',
    '/sub/path/..%2f..%2fsite-secret/token.txt',
    '/sub/path/%2E%2E%2F%2E%2E%2Fsite-secret%2Ftoken.txt',
    '/sub/path/%',
    '/sub/path/%E0%A4%A',
    '/site-secret/token.txt',
    '/index.html',
  ])('answers 404 to %s, and keeps serving', async (path) => {
    expect((await fetchRaw(path)).status).toBe(404);
    expect((await fetchRaw('/sub/path/')).status).toBe(200);
  });

  it('records every request path, decoded when it can be', () => {
    expect(server.requests).toContain('/sub/path/assets/a.js');
    expect(server.requests).toContain('/sub/path/%');
  });
});
