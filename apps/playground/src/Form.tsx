import type { Diagnostic } from 'apiserver-proxy-url';
import { BasePresets } from './BasePresets.tsx';
import { type FormField, type FormState, resources, schemes } from './form-model.ts';
import { useI18n } from './i18n/context.ts';
import { diagnosticText } from './i18n/index.ts';

interface Props {
  form: FormState;
  refused: Diagnostic[];
  onField: (field: FormField, value: string) => void;
  onBase: (base: string) => void;
}

type TextField = 'base' | 'namespace' | 'name' | 'port' | 'path' | 'query';

interface TextOptions {
  placeholder?: string | undefined;
  /** Disables the field (shown empty) and says why, instead of any problem with it. */
  disabledNote?: string | undefined;
  /** A sentence under the field about what its value does to the URL. */
  hint?: string | undefined;
}

/** The URL's parts as fields: editing one rebuilds the URL with the library's builder. */
export function Form({ form, refused, onField, onBase }: Props) {
  const { t, lang } = useI18n();
  const f = t.form;

  const text = (
    field: TextField,
    label: string,
    { placeholder, disabledNote, hint }: TextOptions = {},
  ) => {
    const id = `field-${field}`;
    const disabled = disabledNote !== undefined;
    const problem = disabled ? undefined : refused.find((d) => d.field === field);
    return (
      <div className={`field field-${field}`}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          value={disabled ? '' : form[field]}
          disabled={disabled}
          placeholder={placeholder}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={
            disabled
              ? `${id}-note`
              : [problem && `${id}-problem`, hint && `${id}-hint`].filter(Boolean).join(' ') ||
                undefined
          }
          onChange={(e) => onField(field, e.currentTarget.value)}
        />
        {disabled && (
          <p id={`${id}-note`} className="help">
            {disabledNote}
          </p>
        )}
        {!disabled && hint && (
          <p id={`${id}-hint`} className="help field-hint">
            {hint}
          </p>
        )}
        {problem && (
          <p id={`${id}-problem`} className="field-problem">
            {diagnosticText(problem, lang).message}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="card" aria-labelledby="form-heading">
      <h2 id="form-heading">{f.heading}</h2>
      <p className="help">{f.help}</p>
      <BasePresets base={form.base} onBase={onBase} />
      <div className="fields">
        {text('base', f.base, { placeholder: f.basePlaceholder })}
        <div className="field field-resource">
          <label htmlFor="field-resource">{f.resource}</label>
          <select
            id="field-resource"
            value={form.resource}
            onChange={(e) => onField('resource', e.currentTarget.value)}
          >
            {resources.map((r) => (
              <option key={r} value={r}>
                {f.resources[r]}
              </option>
            ))}
          </select>
        </div>
        {text('namespace', f.namespace, {
          // A node has no namespace: the field keeps its text for a switch back.
          disabledNote: form.resource === 'nodes' ? f.namespaceForNodes : undefined,
        })}
        {text('name', f.name)}
        <div className="field field-scheme">
          <label htmlFor="field-scheme">{f.scheme}</label>
          <select
            id="field-scheme"
            value={form.scheme}
            aria-describedby="field-scheme-hint"
            onChange={(e) => onField('scheme', e.currentTarget.value)}
          >
            {schemes.map((s) => (
              <option key={s} value={s}>
                {f.schemes[s || 'none']}
              </option>
            ))}
          </select>
          <p id="field-scheme-hint" className="help">
            {f.schemeHint}
          </p>
        </div>
        {text('port', f.port, {
          placeholder: f.portPlaceholder,
          // The builder writes `https:name:`: say why, next to the field that is empty.
          hint: form.scheme !== '' && form.port === '' ? f.trailingColon(form.scheme) : undefined,
        })}
        {text('path', f.path)}
        {text('query', f.query)}
      </div>
      {refused.length > 0 && <p className="note">{f.refused}</p>}
    </section>
  );
}
