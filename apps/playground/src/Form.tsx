import type { Diagnostic } from 'apiserver-proxy-url';
import { BasePresets } from './BasePresets.tsx';
import type { FormField, FormState } from './form-model.ts';
import { useI18n } from './i18n/context.ts';
import { diagnosticText } from './i18n/index.ts';

interface Props {
  form: FormState;
  refused: Diagnostic[];
  onField: (field: FormField, value: string) => void;
  onBase: (base: string) => void;
}

type TextField = 'base' | 'namespace' | 'name' | 'port' | 'path' | 'query';

/** The URL's parts as fields: editing one rebuilds the URL with the library's builder. */
export function Form({ form, refused, onField, onBase }: Props) {
  const { t, lang } = useI18n();
  const f = t.form;
  const problem = (field: FormField) => refused.find((d) => d.field === field);

  const text = (field: TextField, label: string, extra: { placeholder?: string } = {}) => {
    const d = problem(field);
    const id = `field-${field}`;
    return (
      <div className={`field field-${field}`}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          value={form[field]}
          placeholder={extra.placeholder}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          autoCorrect="off"
          aria-invalid={d ? true : undefined}
          aria-describedby={d ? `${id}-problem` : undefined}
          onChange={(e) => onField(field, e.currentTarget.value)}
        />
        {d && (
          <p id={`${id}-problem`} className="field-problem">
            {diagnosticText(d, lang).message}
          </p>
        )}
      </div>
    );
  };

  const nodes = form.resource === 'nodes';

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
            {(['services', 'pods', 'nodes'] as const).map((r) => (
              <option key={r} value={r}>
                {f.resources[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-namespace">
          <label htmlFor="field-namespace">{f.namespace}</label>
          <input
            id="field-namespace"
            type="text"
            value={nodes ? '' : form.namespace}
            disabled={nodes}
            spellCheck={false}
            autoCapitalize="none"
            autoComplete="off"
            autoCorrect="off"
            aria-invalid={problem('namespace') ? true : undefined}
            aria-describedby={
              nodes
                ? 'field-namespace-nodes'
                : problem('namespace')
                  ? 'field-namespace-problem'
                  : undefined
            }
            onChange={(e) => onField('namespace', e.currentTarget.value)}
          />
          {nodes && (
            <p id="field-namespace-nodes" className="help">
              {f.namespaceForNodes}
            </p>
          )}
          {!nodes && problem('namespace') && (
            <p id="field-namespace-problem" className="field-problem">
              {diagnosticText(problem('namespace') as Diagnostic, lang).message}
            </p>
          )}
        </div>
        {text('name', f.name)}
        <div className="field field-scheme">
          <label htmlFor="field-scheme">{f.scheme}</label>
          <select
            id="field-scheme"
            value={form.scheme}
            aria-describedby="field-scheme-hint"
            onChange={(e) => onField('scheme', e.currentTarget.value)}
          >
            <option value="">{f.schemes.none}</option>
            <option value="http">{f.schemes.http}</option>
            <option value="https">{f.schemes.https}</option>
          </select>
          <p id="field-scheme-hint" className="help">
            {f.schemeHint}
          </p>
        </div>
        {text('port', f.port, { placeholder: f.portPlaceholder })}
        {text('path', f.path)}
        {text('query', f.query)}
      </div>
      {refused.length > 0 && <p className="note">{f.refused}</p>}
    </section>
  );
}
