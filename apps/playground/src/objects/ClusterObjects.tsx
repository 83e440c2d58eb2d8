import {
  joinSchemeNamePort,
  linksFromObjects,
  type ObjectLink,
  parseProxyUrl,
  resolveProxyTarget,
} from 'apiserver-proxy-url';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../i18n/context.ts';
import { diagnosticText } from '../i18n/index.ts';
import { objectsMessages } from '../i18n/objects.ts';
import { settleFrom, useSettled } from '../useSettled.ts';
import { useTextAreaValue } from '../useTextAreaValue.ts';
import { exampleObjects } from './example.ts';
import {
  countKinds,
  filterGroups,
  groupLinks,
  type ObjectGroup,
  objectPath,
  type PastedObjects,
  portText,
} from './model.ts';
import { ObjectsReach } from './ObjectsReach.tsx';
import { type ReadText, readObjectsText, type YamlReader } from './read-text.ts';

/** Objects shown at first, and added by each "Show more". */
const pageSize = 50;

// The last reading and links, kept outside React: a render that reads a big paste may be dropped
// and restarted (a key pressed meanwhile), and React drops its memos with it (as keep-last.ts does
// for the URL). Seconds for megabytes of YAML.
let lastRead: { text: string; yaml: YamlReader | null; read: ReadText } | null = null;
let lastLinks: { objects: unknown; base: string; links: ObjectLink[] } | null = null;

function readKept(text: string, yaml: YamlReader | null): ReadText {
  if (lastRead?.text === text && lastRead.yaml === yaml) return lastRead.read;
  const read = readObjectsText(text, yaml);
  lastRead = { text, yaml, read };
  return read;
}

function linksKept(objects: unknown, base: string): ObjectLink[] {
  if (lastLinks !== null && lastLinks.objects === objects && lastLinks.base === base) {
    return lastLinks.links;
  }
  const links = linksFromObjects(objects, { base });
  lastLinks = { objects, base, links };
  return links;
}

// The YAML reader is a chunk of its own, fetched as soon as this mode's code runs (the mode was
// opened): JSON never waits for it, YAML waits only for its first paste.
let yamlReader: YamlReader | null = null;
export const yamlLoaded: Promise<YamlReader> = import('./yaml-reader.ts').then((m) => {
  yamlReader = m.readYaml;
  return m.readYaml;
});

interface Props {
  /** The pasted text: held by the page (never in the address), so it survives a mode switch. */
  text: string;
  onText: (text: string) => void;
  /** The builder's current base field: every link starts with it. */
  base: string;
  /** The objects read from the text, for the URL mode to check against; `null` when none. */
  onObjects: (objects: PastedObjects | null) => void;
  /** Shows a mode: the URL mode, for a link opened in the builder. */
  onMode: (mode: 'url') => void;
  /** Puts a URL in the Proxy URL box (once the URL mode shows), with a message to announce. */
  onOpenUrl: (url: string, message: string) => void;
}

/** The id a link's URL names, with its namespace: `kube-system/kube-dns:metrics`, `node-1:10250`. */
function linkName(link: ObjectLink): string {
  const t = link.target;
  if (!t) return objectPath(link);
  const id = joinSchemeNamePort(t);
  return t.namespace === null ? id : `${t.namespace}/${id}`;
}

/**
 * "Cluster objects": `kubectl get … -o yaml|json` in, every Service port, container port and
 * kubelet out, each with the URL `linksFromObjects` builds for it and a button that opens it in the
 * builder. The objects never go into the address (annotations can hold secrets).
 */
export default function ClusterObjects({
  text,
  onText,
  base,
  onObjects,
  onMode,
  onOpenUrl,
}: Props) {
  const { lang } = useI18n();
  const o = objectsMessages[lang];
  const [yaml, setYaml] = useState<YamlReader | null>(() => yamlReader);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const area = useRef<HTMLTextAreaElement>(null);

  // Uncontrolled, written only when code sets it (on mount, the example, Clear): see the hook.
  useTextAreaValue(area, text);

  useEffect(() => {
    let live = true;
    void yamlLoaded.then((reader) => {
      if (live) setYaml(() => reader);
    });
    return () => {
      live = false;
    };
  }, []);

  // A pasted megabyte is read after the paste has rendered, not in the keystroke's own render.
  const settled = useDeferredValue(useSettled(text));
  const read = useMemo(() => readKept(settled, yaml), [settled, yaml]);
  const objects = read.kind === 'objects' ? read.objects : null;
  const links = useMemo(() => (objects === null ? [] : linksKept(objects, base)), [objects, base]);
  const groups = useMemo(() => groupLinks(links), [links]);
  const shown = useMemo(() => filterGroups(groups, query), [groups, query]);
  const counts = useMemo(() => countKinds(groups), [groups]);

  // The URL mode checks its URL against these objects; nothing readable, nothing to check against.
  useEffect(() => {
    if (read.kind === 'pending') return;
    if (objects === null || groups.length === 0) {
      onObjects(null);
      return;
    }
    onObjects({
      objects,
      count: groups.length,
      resolve: (url) => resolveProxyTarget(url, objects),
      Reach: ObjectsReach,
    });
  }, [read.kind, objects, groups.length, onObjects]);

  // A new paste or filter starts at the first page again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when these change
  useEffect(() => setLimit(pageSize), [groups, query]);

  const open = (url: string, name: string) => {
    // The URL mode shows first (synchronously), so the URL box can take the focus.
    flushSync(() => onMode('url'));
    onOpenUrl(url, o.opened(name));
  };

  const status =
    // Said only while a long text waits for a pause: short text is read within a frame.
    text.length >= settleFrom && settled !== text
      ? o.reading
      : read.kind === 'empty'
        ? o.empty
        : read.kind === 'pending'
          ? o.loadingReader
          : read.kind === 'error'
            ? null
            : groups.length === 0
              ? o.none
              : o.found(counts, links.filter((l) => l.url !== null).length);

  return (
    <section className="card objects-card" aria-labelledby="objects-heading">
      <h2 id="objects-heading">{o.heading}</h2>
      <label htmlFor="cluster-objects">{o.label}</label>
      <p id="cluster-objects-help" className="help">
        {o.help}
      </p>
      <p id="cluster-objects-privacy" className="objects-privacy">
        {o.privacy}
      </p>
      <textarea
        id="cluster-objects"
        className="objects-input"
        rows={10}
        ref={area}
        wrap="off"
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        autoCorrect="off"
        aria-describedby="cluster-objects-help cluster-objects-privacy"
        placeholder={o.placeholder}
        onChange={(e) => onText(e.currentTarget.value)}
      />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => onText(exampleObjects)}>
          {o.useExample}
        </button>
        {text !== '' && (
          <button type="button" className="secondary" onClick={() => onText('')}>
            {o.clear}
          </button>
        )}
      </div>
      <p className="objects-base">
        {o.base} <code className="url-text">{base === '' ? o.noBase : base}</code>{' '}
        <span className="help">{o.baseHelp}</span>
      </p>
      <div aria-live="polite" className="objects-status">
        {status !== null && <p>{status}</p>}
        {read.kind === 'error' && (
          <p className="bad" data-read-error={read.format}>
            {o.readError(read.format, read.line, read.column)} <code lang="en">{read.message}</code>
          </p>
        )}
      </div>
      {groups.length > 0 && (
        <>
          <div className="field objects-filter">
            <label htmlFor="objects-filter">{o.filter}</label>
            <input
              id="objects-filter"
              type="text"
              value={query}
              spellCheck={false}
              autoCapitalize="none"
              autoComplete="off"
              aria-describedby="objects-filter-help"
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
            <p id="objects-filter-help" className="help">
              {o.filterHelp}
            </p>
          </div>
          <h3 id="objects-list-heading">{o.listHeading}</h3>
          {shown.length === 0 ? (
            <p className="muted">{o.noMatch}</p>
          ) : (
            <>
              {shown.length > pageSize && (
                <p className="muted">{o.shown(Math.min(limit, shown.length), shown.length)}</p>
              )}
              <ul className="objects" aria-labelledby="objects-list-heading">
                {shown.slice(0, limit).map((g, index) => (
                  <ObjectItem key={g.key} group={g} index={index} onOpen={open} />
                ))}
              </ul>
              {limit < shown.length && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    // The first object added takes the focus (the button may be gone).
                    flushSync(() => setLimit(limit + pageSize));
                    document.getElementById(`object-${limit}`)?.focus();
                  }}
                >
                  {o.showMore}
                </button>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

interface ItemProps {
  group: ObjectGroup;
  index: number;
  onOpen: (url: string, name: string) => void;
}

/** One object: its kind and name, then each port with its link (or why it has none). */
function ObjectItem({ group, index, onOpen }: ItemProps) {
  const { lang } = useI18n();
  const o = objectsMessages[lang];
  return (
    <li className="object" data-kind={group.kind}>
      <h4 className="object-head" id={`object-${index}`} tabIndex={-1}>
        <span className={`kind kind-${group.kind.toLowerCase()}`}>{o.kinds[group.kind]}</span>{' '}
        <span className="object-name">{objectPath(group)}</span>
      </h4>
      <ul className="object-ports">
        {group.links.map((link, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an object's ports keep their order
          <PortItem key={i} link={link} onOpen={onOpen} />
        ))}
      </ul>
    </li>
  );
}

function PortItem({
  link,
  onOpen,
}: {
  link: ObjectLink;
  onOpen: (url: string, name: string) => void;
}) {
  const { t, lang } = useI18n();
  const o = objectsMessages[lang];
  const { url } = link;
  const name = linkName(link);
  return (
    <li className="object-port" data-port={link.port?.name ?? link.port?.number ?? ''}>
      <p className="port-head">
        <span className="port-name">{link.port ? portText(link.port) : o.noPort}</span>
        {url !== null && <span className="muted"> · {o.over(link.scheme || 'http')}</span>}
      </p>
      {url === null ? (
        <p className="muted">{o.noLink}</p>
      ) : (
        <div className="port-link">
          <code className="url-text">{url}</code>
          <button
            type="button"
            className="small"
            aria-label={o.openLabel(name)}
            onClick={() => onOpen(url, name)}
          >
            {o.open}
          </button>
        </div>
      )}
      {link.diagnostics.length > 0 && (
        <ul className="diagnostics">
          {link.diagnostics.map((d) => {
            const { title, message } = diagnosticText(d, lang);
            return (
              <li key={d.code} data-code={d.code} className={`diagnostic sev-${d.severity}`}>
                <p className="diagnostic-head">
                  <span className={`badge badge-${d.severity}`}>
                    {t.diagnostics.severity[d.severity]}
                  </span>{' '}
                  <strong>{title}</strong>
                </p>
                <p className="diagnostic-message">{message}</p>
              </li>
            );
          })}
        </ul>
      )}
      {link.examples && link.examples.length > 0 && (
        <div className="kubelet-paths">
          <p className="port-head">{o.kubeletPaths}</p>
          <ul className="object-examples">
            {link.examples.map((example) => {
              const path = parseProxyUrl(example).target?.path ?? '';
              return (
                <li key={example} className="port-link">
                  <code className="url-text">{example}</code>
                  <button
                    type="button"
                    className="small secondary"
                    aria-label={o.openLabel(`${name}${path}`)}
                    onClick={() => onOpen(example, `${name}${path}`)}
                  >
                    {o.open}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
}
