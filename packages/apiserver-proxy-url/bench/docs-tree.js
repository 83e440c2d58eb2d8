// A generated docs tree for the lint benchmark: Markdown pages in language and section folders,
// Helm charts (NOTES.txt, values.yaml), shell scripts and a few images, mostly prose, with proxy
// URLs where docs put them (in prose, inline code, links, code blocks, cluster-info quotes,
// templates), some right, some wrong as real docs get them wrong. Seeded: the same tree each run.
//
// How many URLs: real trees have few. helm/charts holds 10 proxy URLs in 38 MB (5,689 files),
// kubernetes/examples 6 in 2.8 MB. The default tree has about one per 80 kB (some 1,300 in 100 MB),
// still many times denser than those, so that parsing is not left out of the measure; `dense`
// (about one per 11 kB, 9,000 in 100 MB) is the worst case of a tree about reaching services.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded generator (mulberry32): the same tree for the same seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `the a of to and in is for that on with as by this it be are from or an can you your
cluster node pod service container namespace deployment kubectl api server proxy port address
network request response client token access control plane scheduler controller volume storage
configuration label selector endpoint ingress load balancer traffic route secure certificate
authentication authorization role binding account secret config map resource limit quota
replica set stateful daemon job cron log metric monitor dashboard health check probe readiness
liveness restart policy image registry pull version upgrade release chart template value
default custom object field spec status condition event watch list get create update delete
patch apply run expose forward connect reach outside inside local remote machine workstation
browser command line output example following shows similar when if not only also each every
use using used need needs must should may might will would first then after before between`.split(
  /\s+/,
);

const SERVICES = [
  'elasticsearch-logging',
  'kibana-logging',
  'kube-dns',
  'monitoring-grafana',
  'heapster',
  'kubernetes-dashboard',
  'prometheus',
  'alertmanager',
  'my-release-kube-ops-view',
  'web',
];
const NAMESPACES = ['kube-system', 'default', 'monitoring', 'logging', 'kubernetes-dashboard'];
const BASES = [
  'http://localhost:8001',
  'http://localhost:8080',
  'https://104.197.5.247',
  'https://kubernetes.default.svc',
  '',
];

/** The writers of one tree: prose, URLs and whole files from one generator. */
function writers(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = () => {
    const n = 6 + Math.floor(next() * 18);
    const words = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    const s = words.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  /** A paragraph wrapped at 100 columns, as docs sources are. */
  const paragraph = () => {
    const n = 3 + Math.floor(next() * 6);
    let text = '';
    let line = '';
    for (let i = 0; i < n; i++) {
      for (const word of sentence().split(' ')) {
        if (line.length + word.length + 1 > 100) {
          text += `${line}\n`;
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
    }
    return `${text}${line}\n`;
  };
  /** A proxy URL as docs write them: mostly right, some of the well-known mistakes. */
  const url = () => {
    const base = pick(BASES);
    const ns = pick(NAMESPACES);
    const svc = pick(SERVICES);
    const r = next();
    if (r < 0.1) return `${base}/api/v1/proxy/namespaces/${ns}/services/${svc}/`;
    if (r < 0.2) return `${base}/api/v1/namespaces/${ns}/services/https:${svc}/proxy/`;
    if (r < 0.3) return `${base}/api/v1/namespaces/${ns}/services/${svc}/proxy`;
    if (r < 0.4)
      return `${base}/api/v1/namespaces/<namespace>/services/<service-name>:<port>/proxy/`;
    if (r < 0.45) return `${base}/api/v1/namespaces/$NAMESPACE/services/\${SERVICE}:http/proxy/`;
    if (r < 0.5) return `/api/v1/nodes/node-${Math.floor(next() * 9)}/proxy/stats/summary`;
    return `${base}/api/v1/namespaces/${ns}/services/${svc}:${pick(['http', '80', '9200', 'web'])}/proxy/`;
  };
  /** A place in a page where a URL goes. */
  const withUrl = () => {
    const u = url();
    const r = next();
    if (r < 0.3) return `To reach it through the API server, open ${u} in a browser.\n`;
    if (r < 0.5) return `The address is \`${u}\` while \`kubectl proxy\` runs.\n`;
    if (r < 0.65) return `See [${u}](${u}).\n`;
    if (r < 0.8) return `\n\`\`\`shell\nkubectl proxy --port=8001 &\ncurl -s ${u}\n\`\`\`\n`;
    const svc = pick(SERVICES);
    return `\n\`\`\`\nKubernetes control plane is running at https://104.197.5.247\n${svc} is running at https://104.197.5.247/api/v1/namespaces/kube-system/services/${svc}/proxy\n\`\`\`\n`;
  };
  /** A Markdown page of about `bytes`; `urls` of its paragraphs hold a URL. */
  const page = (bytes, urls) => {
    let text = `---\ntitle: ${sentence()}\nweight: ${Math.floor(next() * 100)}\n---\n\n`;
    while (text.length < bytes) {
      if (next() < 0.15) text += `\n## ${sentence()}\n\n`;
      text += paragraph();
      if (next() < urls) text += withUrl();
      if (next() < 0.1) {
        text += `\n\`\`\`yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${pick(SERVICES)}\n  namespace: ${pick(NAMESPACES)}\nspec:\n  ports:\n  - name: http\n    port: 80\n\`\`\`\n`;
      }
      text += '\n';
    }
    return text;
  };
  /** A chart's NOTES.txt; with `url`, the one that opens the UI through kubectl proxy. */
  const notes = (url) => {
    const open = !url
      ? '  kubectl port-forward svc/{{ template "chart.fullname" . }} 8080:80\n  Then open http://localhost:8080/'
      : next() < 0.5
        ? '  kubectl proxy\n  Then open http://localhost:8001/api/v1/proxy/namespaces/{{ .Release.Namespace }}/services/{{ template "chart.fullname" . }}/'
        : '  kubectl proxy\n  Then open http://localhost:8001/api/v1/namespaces/{{ .Release.Namespace }}/services/{{ template "chart.fullname" . }}:http/proxy/';
    return `Thank you for installing {{ .Chart.Name }}.\n\n{{- if .Values.ingress.enabled }}\n  http://{{ .Values.ingress.hostname }}\n{{- else }}\n${open}\n{{- end }}\n`;
  };
  /** A chart's values.yaml of about `bytes`; `urls`: the share of its keys holding a URL. */
  const values = (bytes, urls) => {
    let text = `# Default values.\nreplicaCount: 1\nimage:\n  repository: example/app\n  tag: "1.0.0"\n`;
    while (text.length < bytes) {
      text += `# ${sentence()}\n${pick(WORDS)}${Math.floor(next() * 1000)}:\n  enabled: ${next() < 0.5}\n  port: ${Math.floor(next() * 65535)}\n`;
      if (next() < urls) text += `  url: "${url()}"\n`;
    }
    return text;
  };
  /** A shell script of 20 commands; `urls`: the share that curl a proxy URL. */
  const script = (urls) => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion
    let text = '#!/bin/sh\nset -eu\nNAMESPACE="${NAMESPACE:-default}"\n';
    for (let i = 0; i < 20; i++) {
      text += `# ${sentence()}\n`;
      text +=
        next() < urls ? `curl -fsS "${url()}"\n` : `kubectl get ${pick(WORDS)} -n "$NAMESPACE"\n`;
    }
    return text;
  };
  return { next, page, notes, values, script };
}

/** How often URLs come: the share of pages about services, of their paragraphs with a URL, etc. */
const DENSITY = {
  realistic: { servicePages: 0.05, pageUrls: 0.08, notes: 0.2, values: 0.002, scripts: 0.01 },
  dense: { servicePages: 1 / 3, pageUrls: 0.08, notes: 1, values: 0.05, scripts: 0.3 },
};

/**
 * Writes a tree of about `megabytes` MB under `root` and says what it holds.
 *
 * @param {string} root
 * @param {number} megabytes
 * @param {'realistic' | 'dense'} density
 * @returns {{ files: number, bytes: number }}
 */
export function writeDocsTree(root, megabytes, density = 'realistic', seed = 9) {
  const rate = DENSITY[density];
  const w = writers(random(seed));
  const target = megabytes * 1e6;
  let bytes = 0;
  let files = 0;
  const put = (path, text) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  const image = Buffer.alloc(4096);
  image.write('\x89PNG\r\n\x1a\n', 'latin1');
  let n = 0;
  while (bytes < target) {
    const lang = ['en', 'ko', 'ja', 'zh-cn', 'fr'][n % 5];
    const section = `section-${Math.floor(n / 40) % 50}`;
    const r = w.next();
    if (r < 0.8) {
      // A docs page, 4 to 40 kB; some are about reaching services.
      const size = 4000 + Math.floor(w.next() * 36000);
      const urls = w.next() < rate.servicePages ? rate.pageUrls : 0;
      put(`content/${lang}/docs/${section}/page-${n}.md`, w.page(size, urls));
    } else if (r < 0.9) {
      put(`charts/chart-${n}/templates/NOTES.txt`, w.notes(w.next() < rate.notes));
      put(
        `charts/chart-${n}/values.yaml`,
        w.values(2000 + Math.floor(w.next() * 8000), rate.values),
      );
    } else if (r < 0.98) {
      put(`scripts/${section}/run-${n}.sh`, w.script(rate.scripts));
    } else {
      const dir = join(root, `content/${lang}/images`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `diagram-${n}.png`), image);
      bytes += image.length;
      files++;
    }
    n++;
  }
  return { files, bytes };
}
