import { parseProxyUrl, type TemplateParseResult } from 'apiserver-proxy-url';
import { useMemo } from 'react';
import { urlInCommand } from './command-url.ts';
import { destinationOf, type KubectlVerdict, objectName } from './destination.ts';
import { shorten } from './excerpt.ts';
import { useI18n } from './i18n/context.ts';
import { diagnosticText } from './i18n/index.ts';
import { keepFor, keepLast } from './keep-last.ts';

/** Kept per parse: see keep-last.ts (each reading parses the URL again in another form). */
const destinationFor = keepFor((parsed: TemplateParseResult) =>
  keepLast((url: string) => destinationOf(url, parsed), 1),
);

/** What the panel shows of a long path (the whole of it is in the URL box). */
const shownMax = 400;

/** Where the request really goes: what the browser sends, what the backend gets, kubectl proxy's say. */
export function DestinationPanel({
  url: text,
  parsed: whole,
}: {
  url: string;
  parsed: TemplateParseResult;
}) {
  const { t, lang } = useI18n();
  // A pasted command: where the URL inside it goes (the command itself is no request at all).
  const command = useMemo(() => urlInCommand(text, whole), [text, whole]);
  const url = command ?? text;
  const parsed = useMemo(
    () => (command === null ? whole : parseProxyUrl(command)),
    [command, whole],
  );
  const d = useMemo(() => destinationFor(parsed)(url), [url, parsed]);
  const s = t.destination;
  // An error means the API server answers it itself (400, 404) instead of proxying.
  const refusal = parsed.diagnostics.find((x) => x.severity === 'error');
  // Green only where the base could be kubectl proxy and it lets the request through.
  const verdictClass: Record<KubectlVerdict, string> = {
    accepts: 'good',
    redirects: 'warn',
    refuses: 'bad',
    unreachable: 'bad',
    elsewhere: 'muted',
  };
  const verdictText: Record<KubectlVerdict, string> = {
    accepts: s.kubectlAccepts,
    redirects: s.kubectlRedirects,
    refuses: s.kubectlRefuses,
    unreachable: s.kubectlUnreachable,
    elsewhere: s.kubectlElsewhere,
  };

  return (
    <section className="card" aria-labelledby="destination-heading">
      <h2 id="destination-heading">{s.heading}</h2>
      {d === null ? (
        <p className="muted">{s.unknown}</p>
      ) : (
        <dl className="destination">
          <dt>{s.browserSends}</dt>
          <dd>
            {command !== null && <p className="note">{s.commandUrl}</p>}
            <code className="url-text request">GET {shorten(d.request, shownMax)}</code>
            <span className="muted">
              {' '}
              {s.to} {d.host === null ? s.pageHost : <code>{d.host}</code>}
              {s.toAfter}
            </span>
            {d.cleaned && !d.escapes && <p className="note">{s.cleaned}</p>}
          </dd>
          <dt>{s.backend}</dt>
          <dd>
            {d.escapes ? (
              <p className="bad">
                {s.escapes} {diagnosticText(d.escapes, lang).message}
              </p>
            ) : refusal ? (
              <p className="bad">
                {s.refused} {diagnosticText(refusal, lang).message}
              </p>
            ) : d.backend ? (
              <>
                <p>{s.backendWhat(d.backend.resource, objectName(d.backend))}</p>
                <ul className="facts">
                  <li>
                    {s.portLabel}:{' '}
                    {d.backend.port === '' ? (
                      <span className="muted">{s.defaultPort(d.backend.resource)}</span>
                    ) : (
                      <code>{d.backend.port}</code>
                    )}
                  </li>
                  <li>
                    {s.over}: <code>{d.over}</code>
                    {d.kubelet && <span className="muted"> ({s.kubeletScheme})</span>}
                  </li>
                  <li>
                    {s.backendPath}:{' '}
                    <code className="url-text">
                      {shorten(
                        `${d.backend.path || '/'}${d.backend.query && `?${d.backend.query}`}`,
                        shownMax,
                      )}
                    </code>
                  </li>
                </ul>
              </>
            ) : (
              <p className="muted">{s.unknown}</p>
            )}
            {d.fragment !== '' && <p className="note">{s.fragmentStays}</p>}
          </dd>
          <dt>{s.kubectl}</dt>
          <dd className={verdictClass[d.kubectl]} data-kubectl={d.kubectl}>
            {verdictText[d.kubectl]}
            {d.kubectl === 'redirects' && d.kubectlRejectsPath && ` ${s.kubectlThenRefuses}`}
            {d.kubectl === 'elsewhere' && d.kubectlRejectsPath && (
              <span className="muted"> {s.kubectlWouldRefuse}</span>
            )}
          </dd>
        </dl>
      )}
    </section>
  );
}
