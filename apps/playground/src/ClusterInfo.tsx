import { parseClusterInfo } from 'apiserver-proxy-url';
import { useMemo, useState } from 'react';
import { docsClusterInfo } from './examples.ts';
import { useI18n } from './i18n/context.ts';
import { diagnosticText } from './i18n/index.ts';

/** `kubectl cluster-info` output in, a table of its services out, each one openable in the builder. */
export function ClusterInfo({ onOpen }: { onOpen: (url: string) => void }) {
  const { t, lang } = useI18n();
  const c = t.clusterInfo;
  const [text, setText] = useState('');
  const entries = useMemo(() => parseClusterInfo(text), [text]);

  return (
    <section className="card" aria-labelledby="cluster-info-heading">
      <h2 id="cluster-info-heading">{c.heading}</h2>
      <label htmlFor="cluster-info">{c.label}</label>
      <p id="cluster-info-help" className="help">
        {c.help}
      </p>
      <textarea
        id="cluster-info"
        className="cluster-input"
        rows={5}
        value={text}
        spellCheck={false}
        autoCapitalize="none"
        autoComplete="off"
        autoCorrect="off"
        aria-describedby="cluster-info-help"
        placeholder="kube-dns is running at https://…/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy"
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setText(docsClusterInfo)}>
          {c.useExample}
        </button>
        {text !== '' && (
          <button type="button" className="secondary" onClick={() => setText('')}>
            {c.clear}
          </button>
        )}
      </div>
      {text.trim() !== '' && entries.length === 0 && <p className="muted">{c.empty}</p>}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table className="services">
            <thead>
              <tr>
                <th scope="col">{c.service}</th>
                <th scope="col">{c.link}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">
                  <span className="sr-only">{c.action}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => {
                // Named, not counted: "No slash after /proxy" says what to fix, "1 warning" does not.
                const findings = e.diagnostics.filter((d) => d.severity !== 'info');
                const errors = findings.some((d) => d.severity === 'error');
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a line may repeat a name and a link
                  <tr key={i}>
                    <th scope="row">
                      {e.name}
                      {/* On a narrow screen the link sits under the name (its column is hidden):
                          two rows with the same name stay apart. */}
                      <code className="url-text row-link">{e.url}</code>
                    </th>
                    <td className="link-cell">
                      <code className="url-text">{e.url}</code>
                    </td>
                    <td>
                      {e.target === null ? (
                        <span className="muted">{c.notProxy}</span>
                      ) : findings.length === 0 ? (
                        c.ok
                      ) : (
                        <span className={errors ? 'bad' : 'warn'}>
                          {findings.map((d) => diagnosticText(d, lang).title).join('; ')}
                        </span>
                      )}
                    </td>
                    <td>
                      {e.target !== null && (
                        <button
                          type="button"
                          className="small"
                          aria-label={c.open(e.name)}
                          onClick={() => onOpen(e.url)}
                        >
                          {c.action}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
