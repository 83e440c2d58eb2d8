// The Cluster objects mode's model: reading pasted text, arranging the library's links, and saying
// which port a URL reaches. The URLs themselves are the library's (its own tables pin them).
import { linksFromObjects, resolveProxyTarget } from 'apiserver-proxy-url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  objectList,
  objectRows,
} from '../../../packages/apiserver-proxy-url/test/objects.fixtures.ts';
import { exampleObjects } from '../src/objects/example.ts';
import {
  countKinds,
  filterGroups,
  groupLinks,
  objectPath,
  portText,
  portView,
  reachOf,
} from '../src/objects/model.ts';
import { lineColumn, readObjectsText } from '../src/objects/read-text.ts';
import { readYaml } from '../src/objects/yaml-reader.ts';

const json = JSON.stringify(objectList, null, 2);
const yaml = stringify(objectList);

/** The objects read from `text`, or the failure. */
const objectsOf = (text: string) => {
  const read = readObjectsText(text, readYaml);
  if (read.kind !== 'objects') throw new Error(`not read: ${JSON.stringify(read)}`);
  return read.objects;
};

describe('readObjectsText', () => {
  it('reads nothing from white space', () => {
    expect(readObjectsText('', readYaml)).toEqual({ kind: 'empty' });
    expect(readObjectsText(' \n\t\n', null)).toEqual({ kind: 'empty' });
  });

  it('reads kubectl get -o json without the YAML reader', () => {
    const read = readObjectsText(`\n  ${json}\n`, null);
    expect(read).toEqual({ kind: 'objects', format: 'json', objects: objectList });
  });

  it('reads kubectl get -o yaml once the YAML reader is there, and waits for it before', () => {
    expect(readObjectsText(yaml, null)).toEqual({ kind: 'pending' });
    const read = readObjectsText(yaml, readYaml);
    expect(read.kind === 'objects' && read.format).toBe('yaml');
  });

  it('gives the same links for the JSON and the YAML of the same objects', () => {
    const fromJson = linksFromObjects(objectsOf(json), { base: 'http://localhost:8001' });
    const fromYaml = linksFromObjects(objectsOf(yaml), { base: 'http://localhost:8001' });
    expect(fromYaml).toEqual(fromJson);
    expect(fromJson.map((l) => l.url)).toEqual(
      objectRows.flatMap((row) =>
        row.links.map(([url]) => (url === null ? null : `http://localhost:8001${url}`)),
      ),
    );
  });

  it('reads several YAML documents (---), leaving out empty ones', () => {
    const [a, b] = objectRows.map((row) => stringify(row.object));
    const objects = objectsOf(`---\n${a}---\n---\n${b}`);
    expect(objects).toEqual([objectRows[0]?.object, objectRows[1]?.object]);
    expect(linksFromObjects(objects).map((l) => l.name)).toEqual([
      'web',
      'kube-dns',
      'kube-dns',
      'kube-dns',
    ]);
  });

  it('reads text that is YAML but not JSON as YAML, as kubectl does', () => {
    const read = readObjectsText('[1 2]', readYaml);
    expect(read).toEqual({ kind: 'objects', format: 'yaml', objects: [['1 2']] });
  });

  it('reads a flow mapping that is YAML but not JSON', () => {
    const read = readObjectsText(
      '{kind: Service, metadata: {name: web, namespace: shop}, spec: {ports: [{port: 80}]}}',
      readYaml,
    );
    expect(read.kind === 'objects' && read.format).toBe('yaml');
    const objects = read.kind === 'objects' ? read.objects : null;
    expect(linksFromObjects(objects).map((l) => l.url)).toEqual([
      '/api/v1/namespaces/shop/services/web/proxy/',
    ]);
  });

  it('says where JSON stops, counting the lines of the text as pasted', () => {
    const read = readObjectsText('\n\n{\n  "kind": "List",\n  "items": "a""b"\n}', readYaml);
    expect(read).toMatchObject({ kind: 'error', format: 'json', line: 5, column: 15 });
    if (read.kind !== 'error') return;
    expect(read.message).toBe("Expected ',' or '}' after property value");
    // An engine that names no place: the message alone.
    expect(readObjectsText('{"a":[}', readYaml)).toMatchObject({
      kind: 'error',
      format: 'json',
      line: null,
    });
  });

  it('says where YAML stops, in lines and columns from 1', () => {
    const read = readObjectsText('kind: Service\nmetadata:\n  name: a\n\tbad: 1\n', readYaml);
    expect(read).toMatchObject({ kind: 'error', format: 'yaml', line: 4, column: 1 });
    if (read.kind !== 'error') return;
    expect(read.message).toBe('Tabs are not allowed as indentation');
  });

  it('ends a pasted alias bomb in an error, not a frozen page', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const read = readObjectsText(lines.join('\n'), readYaml);
    expect(read.kind).toBe('error');
  });

  it('reads kubectl’s table output as text, which holds no objects', () => {
    const table =
      'NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nkubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   1d';
    expect(linksFromObjects(objectsOf(table))).toEqual([]);
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
  });
});

describe('the example', () => {
  it('is kubectl get -o yaml output with a link for every TCP port', () => {
    const links = linksFromObjects(objectsOf(exampleObjects), { base: 'http://localhost:8001' });
    expect(links.map((l) => [l.kind, objectPath(l), l.url])).toEqual([
      [
        'Service',
        'default/kubernetes',
        'http://localhost:8001/api/v1/namespaces/default/services/https:kubernetes:https/proxy/',
      ],
      ['Service', 'kube-system/kube-dns', null],
      [
        'Service',
        'kube-system/kube-dns',
        'http://localhost:8001/api/v1/namespaces/kube-system/services/kube-dns:dns-tcp/proxy/',
      ],
      [
        'Service',
        'kube-system/kube-dns',
        'http://localhost:8001/api/v1/namespaces/kube-system/services/kube-dns:metrics/proxy/',
      ],
      [
        'Service',
        'kubernetes-dashboard/kubernetes-dashboard',
        'http://localhost:8001/api/v1/namespaces/kubernetes-dashboard/services/https:kubernetes-dashboard:/proxy/',
      ],
      [
        'Service',
        'monitoring/grafana',
        'http://localhost:8001/api/v1/namespaces/monitoring/services/grafana:http/proxy/',
      ],
      [
        'Pod',
        'monitoring/prometheus-0',
        'http://localhost:8001/api/v1/namespaces/monitoring/pods/prometheus-0:9090/proxy/',
      ],
      ['Node', 'node-1', 'http://localhost:8001/api/v1/nodes/node-1:10250/proxy/'],
    ]);
  });
});

describe('groupLinks', () => {
  const groups = groupLinks(linksFromObjects(objectList));

  it('makes one group per object, its links in the library’s order', () => {
    expect(groups.map((g) => `${g.kind} ${objectPath(g)}`)).toEqual(
      objectRows.map((row) => {
        const o = row.object as { kind: string; metadata: { name: string; namespace?: string } };
        const path = o.metadata.namespace ? `${o.metadata.namespace}/` : '';
        return `${o.kind} ${path}${o.metadata.name}`;
      }),
    );
    expect(groups.map((g) => g.links.length)).toEqual(objectRows.map((row) => row.links.length));
  });

  it('gives each group a distinct key, also for the same name in two kinds', () => {
    const objects = [
      { kind: 'Service', metadata: { name: 'a' }, spec: { ports: [{ port: 80 }] } },
      { kind: 'Pod', metadata: { name: 'a' }, spec: {} },
      { kind: 'Service', metadata: { name: 'b' }, spec: { ports: [{ port: 80 }] } },
      { kind: 'Service', metadata: { name: 'a' }, spec: { ports: [{ port: 80 }] } },
    ];
    const keyed = groupLinks(linksFromObjects(objects));
    expect(keyed.map((g) => `${g.kind} ${g.name}`)).toEqual([
      'Service a',
      'Pod a',
      'Service b',
      'Service a',
    ]);
    expect(new Set(keyed.map((g) => g.key)).size).toBe(4);
  });

  it('counts the kinds', () => {
    expect(countKinds(groups)).toEqual({ Service: 7, Pod: 2, Node: 1 });
    expect(countKinds([])).toEqual({ Service: 0, Pod: 0, Node: 0 });
  });
});

describe('filterGroups', () => {
  const groups = groupLinks(linksFromObjects(objectList));
  const names = (query: string) => filterGroups(groups, query).map((g) => g.name);

  it('keeps everything for an empty filter', () => {
    expect(names('  ')).toHaveLength(groups.length);
  });

  it('matches the kind, namespace, name, port name and number, every word, any case', () => {
    expect(names('kube-system')).toEqual(['kube-dns']);
    expect(names('METRICS')).toEqual(['kube-dns']);
    expect(names('pod')).toEqual(['web-0', 'busybox']);
    expect(names('node')).toEqual(['node-1']);
    expect(names('9443')).toEqual(['api']);
    expect(names('service 443')).toEqual(['kubernetes-dashboard', 'api']);
    expect(names('default/web')).toEqual(['web', 'web-0']);
    expect(names('nothing-like-this')).toEqual([]);
  });
});

describe('portText and portView', () => {
  it('shows a port as its object says, nothing assumed', () => {
    expect(portText({ name: 'metrics', number: 9153, protocol: 'TCP' })).toBe('metrics (9153/TCP)');
    expect(portText({ number: 80, protocol: 'TCP' })).toBe('80/TCP');
    expect(portText({ name: 'https', number: 8443 })).toBe('https (8443)');
    expect(portText({ name: 'web' })).toBe('web');
    expect(portText({})).toBe('');
  });

  it('reads a Service port, a container port and a kubelet port', () => {
    expect(portView({ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 })).toEqual({
      name: 'dns',
      number: 53,
      protocol: 'UDP',
    });
    expect(portView({ containerPort: 9090, name: 'web' })).toEqual({ name: 'web', number: 9090 });
    expect(portView({ Port: 10250 })).toEqual({ number: 10250 });
    expect(portView({ appProtocol: 'https', port: '443' })).toEqual({ appProtocol: 'https' });
    expect(portView(null)).toBeNull();
    expect(portView([1])).toBeNull();
  });
});

describe('reachOf', () => {
  const S = '/api/v1/namespaces';
  const reach = (url: string) => reachOf(resolveProxyTarget(url, objectList));

  it('names the port reached', () => {
    expect(reach(`${S}/kube-system/services/kube-dns:metrics/proxy/`)).toEqual({
      status: 'reaches',
      port: { name: 'metrics', number: 9153, protocol: 'TCP' },
      warnings: 0,
    });
    // A number is the port's name to the API server.
    expect(reach(`${S}/kube-system/services/kube-dns:9153/proxy/`)?.port?.name).toBe('metrics');
    expect(reach(`${S}/default/services/web/proxy/`)).toMatchObject({
      status: 'reaches',
      port: { number: 80, protocol: 'TCP' },
    });
    expect(reach(`${S}/default/pods/web-0:80/proxy/`)?.port).toEqual({
      name: 'http',
      number: 80,
      protocol: 'TCP',
    });
    expect(reach('/api/v1/nodes/node-1/proxy/metrics')).toMatchObject({
      status: 'reaches',
      port: { number: 10250 },
    });
  });

  it('counts the warnings that remain (an https: on a port that speaks http)', () => {
    expect(reach(`${S}/default/services/https:api:plain/proxy/`)).toMatchObject({
      status: 'reaches',
      port: { name: 'plain' },
      warnings: 1,
    });
  });

  it('says when a port is named that the proxy cannot reach', () => {
    expect(reach(`${S}/kube-system/services/kube-dns:metricz/proxy/`)).toEqual({
      status: 'fails',
      port: null,
      warnings: 0,
    });
    expect(reach(`${S}/kube-system/services/kube-dns/proxy/`)?.status).toBe('fails');
    expect(reach(`${S}/kube-system/services/kube-dns:dns/proxy/`)).toMatchObject({
      status: 'fails',
      port: { name: 'dns', protocol: 'UDP' },
    });
    expect(reach(`${S}/default/services/search/proxy/`)?.status).toBe('fails');
  });

  it('says when the object is not there, or the port not listed', () => {
    expect(reach(`${S}/default/services/nope/proxy/`)).toEqual({
      status: 'not-found',
      port: null,
      warnings: 0,
    });
    expect(reach(`${S}/default/pods/busybox/proxy/`)?.status).toBe('unlisted');
    expect(reach('/api/v1/nodes/node-1:9100/proxy/')?.status).toBe('unlisted');
  });

  it('says nothing about a URL that names no object', () => {
    expect(reach('https://example.com/')).toBeNull();
  });
});
