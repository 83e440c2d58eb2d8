import { type Example, examples } from './examples.ts';
import { useI18n } from './i18n/context.ts';

/** Starting points: the docs page's own URLs, then the mistakes people make with them. */
export function Examples({ onPick }: { onPick: (url: string) => void }) {
  const { t } = useI18n();
  const group = (name: Example['group'], heading: string) => (
    <div className="example-group">
      <h3>{heading}</h3>
      <ul className="examples">
        {examples
          .filter((e) => e.group === name)
          .map((e) => (
            <li key={e.id}>
              <button type="button" className="example" onClick={() => onPick(e.url)}>
                <span className="example-title">{t.examples.items[e.id]}</span>
                <span className="example-url" aria-hidden="true">
                  {e.url}
                </span>
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
  return (
    <section className="card" aria-labelledby="examples-heading">
      <h2 id="examples-heading">{t.examples.heading}</h2>
      <div className="example-groups">
        {group('docs', t.examples.fromDocs)}
        {group('mistakes', t.examples.mistakes)}
      </div>
    </section>
  );
}
