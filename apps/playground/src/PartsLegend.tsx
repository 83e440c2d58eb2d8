import type { TemplateParseResult } from 'apiserver-proxy-url';
import { shorten } from './excerpt.ts';
import { useI18n } from './i18n/context.ts';
import type { PartName } from './i18n/en.ts';
import { partNames } from './segments.ts';

interface Props {
  value: string;
  parsed: TemplateParseResult;
  focused: PartName | null;
}

/** Each part found, in its colour, and the plain-words explanation of the part under the caret. */
export function PartsLegend({ value, parsed, focused }: Props) {
  const { t } = useI18n();
  const { parts, target } = parsed;
  // The id only when the parser could not split it into scheme, name and port.
  const split = parts.name !== undefined;
  const present = partNames
    .filter((name) => parts[name] !== undefined && !(name === 'id' && split))
    .sort((a, b) => (parts[a]?.[0] ?? 0) - (parts[b]?.[0] ?? 0));
  // `https:name:`: a scheme and an empty port. The id's parts say why the last colon is there.
  const colonEnds =
    parts.scheme !== undefined &&
    target?.port === '' &&
    parts.id !== undefined &&
    value[parts.id[1] - 1] === ':';
  // On the trailing colon itself (the id's alone, no part of its own) the id explains it.
  const shown = focused === 'id' && split && !colonEnds ? null : focused;
  const span = shown ? parts[shown] : undefined;
  const text = span ? value.slice(span[0], span[1]) : '';
  const context = { resource: target?.resource ?? null, text };
  const trailingColon =
    colonEnds && (shown === 'id' || shown === 'scheme' || shown === 'name' || shown === 'port');

  return (
    <div className="parts">
      <h2 className="sr-only">{t.url.partsHeading}</h2>
      {present.length === 0 ? (
        <p className="muted">{t.url.noParts}</p>
      ) : (
        <ul className="chips">
          {present.map((name) => {
            const [start, end] = parts[name] ?? [0, 0];
            return (
              <li
                key={name}
                className={`chip part-${name}`}
                aria-current={name === shown ? 'true' : undefined}
              >
                <span className="chip-name">{t.parts[name]}</span>
                <code className="chip-value">{shorten(value.slice(start, end), 80)}</code>
              </li>
            );
          })}
        </ul>
      )}
      <p id="proxy-url-part" className="explain">
        {shown ? (
          <>
            <strong className={`explain-name part-${shown}`}>{t.parts[shown]}</strong>{' '}
            {t.explain[shown](context)}
            {trailingColon && ` ${t.trailingColon}`}
          </>
        ) : (
          <span className="muted">{t.url.caretHint}</span>
        )}
      </p>
    </div>
  );
}
