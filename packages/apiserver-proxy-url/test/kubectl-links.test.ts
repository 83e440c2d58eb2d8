// Links from objects against the real kubectl (/usr/bin/kubectl, v1.32), talking to a fake API
// server on loopback (test/kubectl/fake-apiserver.ts) that holds the fixture objects of
// objects.fixtures.ts:
// - `kubectl get svc,pods,nodes -A -o json` and `-o yaml`: what kubectl asks the API server for, and
//   that what it prints, piped into `apiserver-proxy-url links`, gives the fixtures' URLs;
// - `kubectl proxy --port=0`: every URL `links` prints (the kubelet examples too) reaches the API
//   server byte for byte as printed;
// - `parse <url> --objects FILE` on kubectl's own output: the fix it gives goes through as well.
// A machine without kubectl fails here with a message saying so: these tests are never skipped.
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ObjectLink } from '../src/index.js';
import { type FakeApiserver, type Recorded, startFakeApiserver } from './kubectl/fake-apiserver.js';
import {
  findKubectl,
  get,
  type KubectlEnv,
  type KubectlProxy,
  kubectlEnv,
  type Run,
  run,
  startKubectlProxy,
} from './kubectl/kubectl.js';
import { objectList, objectRows } from './objects.fixtures.js';
import { assertBuilt, CLI, cli } from './run-cli.js';

let server: FakeApiserver;
let kube: KubectlEnv;
let proxy: KubectlProxy;

beforeAll(async () => {
  const kubectl = await findKubectl(); // throws "kubectl not found ..." on a machine without it
  await assertBuilt();
  server = await startFakeApiserver(0, { objects: objectRows.map((r) => r.object) });
  kube = await kubectlEnv(kubectl, server.url);
  proxy = await startKubectlProxy(kubectl, kube.env);
}, 90_000);

afterAll(async () => {
  await proxy?.stop();
  await server?.close();
  await kube?.cleanup();
});

/** `kubectl ...args` against the fake API server. */
const kubectl = (args: string[]): Promise<Run> =>
  run(kube.kubectl, args, { env: kube.env, timeoutMs: 90_000 });

/** The requests kubectl made for objects while `action` ran: `METHOD target`, and their Accept. */
async function asked(action: () => Promise<Run>): Promise<{ run: Run; requests: Recorded[] }> {
  const before = server.objectRequests.length;
  const result = await action();
  return { run: result, requests: server.objectRequests.slice(before) };
}

/** Sends one request through kubectl proxy and returns its status with what reached the server. */
let probe = 0;
async function through(target: string): Promise<{ status: number; arrived: string | undefined }> {
  const id = `links-${++probe}`;
  const { status } = await get(proxy.port, target, { 'x-probe': id });
  return { status, arrived: server.recorded.find((r) => r.headers['x-probe'] === id)?.url };
}

/** The fixtures' entries with the kubectl proxy base: the URL (or null) and diagnostic codes. */
const expectedEntries = (): Array<[string | null, string[]]> =>
  objectRows.flatMap((r) => r.links).map(([url, codes]) => [url && `${proxy.url}${url}`, codes]);

const LISTS = ['/api/v1/services', '/api/v1/pods', '/api/v1/nodes'];

describe.each(['json', 'yaml'])(
  'kubectl get svc,pods,nodes -A -o %s | apiserver-proxy-url links',
  (format) => {
    let printed: Run;
    let requests: Recorded[];
    let links: ObjectLink[];

    beforeAll(async () => {
      ({ run: printed, requests } = await asked(() =>
        kubectl(['get', 'svc,pods,nodes', '-A', '-o', format]),
      ));
      const json = await cli(['links', '--base', proxy.url, '--format', 'json'], {
        input: printed.stdout,
      });
      expect(json.code, json.stderr).toBe(0);
      links = JSON.parse(json.stdout) as ObjectLink[];
    }, 120_000);

    it('kubectl lists each resource across namespaces, as JSON (not a Table)', () => {
      expect(printed.code, printed.stderr).toBe(0);
      expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(
        LISTS.map((path) => `GET ${path}?limit=500`),
      );
      expect(requests.map((r) => r.headers.accept)).toEqual(LISTS.map(() => 'application/json'));
    });

    it('kubectl prints the fixture objects as one List, kinds put back on the items', () => {
      const document = format === 'json' ? JSON.parse(printed.stdout) : parseYaml(printed.stdout);
      expect(document).toEqual(objectList);
    });

    it('links --format json gives every fixture URL, on the kubectl proxy base', () => {
      expect(links.map((l) => [l.url, l.diagnostics.map((d) => d.code)])).toEqual(
        expectedEntries(),
      );
    });

    it('the table and the Markdown list show every URL, from stdin and from a file', async () => {
      const file = `${kube.dir}/objects.${format}`;
      await writeFile(file, printed.stdout);
      const table = await cli(['links', file, '--base', proxy.url]);
      const markdown = await cli(['links', '-', '--base', proxy.url, '--format', 'markdown'], {
        input: printed.stdout,
      });
      expect([table.code, markdown.code]).toEqual([0, 0]);
      for (const [url] of expectedEntries()) {
        if (url === null) continue;
        expect(table.stdout).toMatch(
          new RegExp(` ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`),
        );
        expect(markdown.stdout).toContain(`](${url})\n`);
      }
      expect(table.stdout).toContain('\n10 objects: 13 links, 3 ports without a link\n');
    });

    it('every URL printed, kubelet examples too, reaches the API server through kubectl proxy exactly', async () => {
      const urls = links.flatMap((l) => (l.url === null ? [] : [l.url, ...(l.examples ?? [])]));
      expect(urls).toHaveLength(13 + 5);
      for (const url of urls) {
        expect(url.startsWith(`${proxy.url}/`)).toBe(true);
        const target = url.slice(proxy.url.length);
        const { status, arrived } = await through(target);
        expect({ url, status, arrived }).toEqual({ url, status: 200, arrived: target });
      }
    });
  },
);

describe('other ways to ask kubectl', () => {
  it("the issue's own pipe: kubectl get svc -A -o json | links --base <kubectl proxy>", async () => {
    const before = server.objectRequests.length;
    const pipe = `'${kube.kubectl}' get svc -A -o json | '${process.execPath}' '${CLI}' links --base ${proxy.url}`;
    const result = await run('/bin/sh', ['-c', pipe], {
      env: { ...kube.env, NO_COLOR: '1' },
      timeoutMs: 90_000,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(server.objectRequests.slice(before).map((r) => r.url)).toEqual([
      '/api/v1/services?limit=500',
    ]);
    const services = objectRows.filter((r) => r.object.kind === 'Service');
    for (const [url] of services.flatMap((r) => r.links)) {
      expect(result.stdout).toContain(url === null ? '(no link)' : `  ${proxy.url}${url}\n`);
    }
    expect(result.stdout).toContain('\n7 objects: 9 links, 3 ports without a link\n');
  });

  it('in pages (--chunk-size=4): kubectl follows continue, and prints the same List', async () => {
    const { run: paged, requests } = await asked(() =>
      kubectl(['get', 'svc,pods,nodes', '-A', '-o', 'json', '--chunk-size=4']),
    );
    expect(paged.code, paged.stderr).toBe(0);
    expect(requests.map((r) => r.url)).toEqual([
      '/api/v1/services?limit=4',
      '/api/v1/services?continue=4&limit=4',
      '/api/v1/pods?limit=4',
      '/api/v1/nodes?limit=4',
    ]);
    expect(JSON.parse(paged.stdout)).toEqual(objectList);
  });

  it('one namespace, -o yaml: kubectl asks under /namespaces/, and links reads its List', async () => {
    const { run: printed, requests } = await asked(() =>
      kubectl(['get', 'svc', '-n', 'kube-system', '-o', 'yaml']),
    );
    expect(printed.code, printed.stderr).toBe(0);
    expect(requests.map((r) => r.url)).toEqual([
      '/api/v1/namespaces/kube-system/services?limit=500',
    ]);
    const result = await cli(['links', '--format', 'json'], { input: printed.stdout });
    expect(result.code, result.stderr).toBe(0);
    expect(
      (JSON.parse(result.stdout) as ObjectLink[]).map((l) => `${l.namespace}/${l.name}`),
    ).toEqual(['kube-system/kube-dns', 'kube-system/kube-dns', 'kube-system/kube-dns']);
  });

  it('one object by name, -o yaml: not a List but the object itself', async () => {
    const { run: printed, requests } = await asked(() =>
      kubectl(['get', 'pod', 'web-0', '-n', 'default', '-o', 'yaml']),
    );
    expect(printed.code, printed.stderr).toBe(0);
    expect(requests.map((r) => r.url)).toEqual(['/api/v1/namespaces/default/pods/web-0']);
    expect(parseYaml(printed.stdout).kind).toBe('Pod');
    const result = await cli(['links', '--format', 'json', '--base', proxy.url], {
      input: printed.stdout,
    });
    expect((JSON.parse(result.stdout) as ObjectLink[]).map((l) => l.url)).toEqual([
      `${proxy.url}/api/v1/namespaces/default/pods/web-0:80/proxy/`,
      `${proxy.url}/api/v1/namespaces/default/pods/https:web-0:8443/proxy/`,
    ]);
  });

  it('an object that is not there: kubectl fails, and links says the input is empty (exit 2)', async () => {
    const printed = await kubectl(['get', 'svc', 'nope', '-n', 'default', '-o', 'json']);
    expect(printed.code).toBe(1);
    expect(printed.stderr).toContain('services "nope" not found');
    const result = await cli(['links'], { input: printed.stdout });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'apiserver-proxy-url links: cannot read stdin: the input is empty: expected kubectl get -o json or -o yaml output\n',
    );
  });
});

describe('parse <url> --objects, on what kubectl printed', () => {
  let file: string;

  beforeAll(async () => {
    const printed = await kubectl(['get', 'svc,pods,nodes', '-A', '-o', 'yaml']);
    expect(printed.code, printed.stderr).toBe(0);
    file = `${kube.dir}/cluster.yaml`;
    await writeFile(file, printed.stdout);
  }, 120_000);

  it('kube-dns without a port reaches none of its named ports: exit 1, and the fix goes through', async () => {
    const url = `${proxy.url}/api/v1/namespaces/kube-system/services/kube-dns/proxy/`;
    const result = await cli(['parse', url, '--objects', file, '--json']);
    expect(result.code).toBe(1);
    const { resolved } = JSON.parse(result.stdout);
    expect(resolved.port).toBeNull();
    expect(resolved.diagnostics.map((d: { code: string }) => d.code)).toEqual(['unknown-port']);
    // Three named ports: no single one to fix it to. By its name, each reaches its port.
    for (const port of ['dns-tcp', 'metrics']) {
      const named = url.replace('kube-dns/', `kube-dns:${port}/`);
      const ok = await cli(['parse', named, '--objects', file, '--json']);
      expect(ok.code, ok.stdout).toBe(0);
      expect(JSON.parse(ok.stdout).resolved.port.name).toBe(port);
      const target = named.slice(proxy.url.length);
      expect(await through(target)).toEqual({ status: 200, arrived: target });
    }
  });

  it('the dashboard over http: the fix to https:name: (the trailing colon) goes through', async () => {
    const url = `${proxy.url}/api/v1/namespaces/kubernetes-dashboard/services/kubernetes-dashboard/proxy/`;
    const result = await cli(['parse', url, '--objects', file]);
    expect(result.code, result.stdout).toBe(0); // a warning: the port speaks https
    const fix = /\n {2}fix: (\S+)\n/.exec(
      result.stdout.slice(result.stdout.indexOf('port-scheme-differs')),
    )?.[1];
    expect(fix).toBe(
      `${proxy.url}/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/`,
    );
    const target = (fix as string).slice(proxy.url.length);
    expect(await through(target)).toEqual({ status: 200, arrived: target });
  });
});
