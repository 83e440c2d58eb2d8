import {
  type Diagnostic,
  parseProxyUrl,
  safeBuildProxyUrl,
  type TemplateParseResult,
} from 'apiserver-proxy-url';
import {
  emptyForm,
  type FormField,
  type FormState,
  formFromTarget,
  formToInput,
  withField,
} from './form-model.ts';
import { keepLast } from './keep-last.ts';

/**
 * One source of truth each way: the Proxy URL box holds what the user typed (never rewritten under
 * them); the form holds what they typed in the form. Editing one derives the other through the
 * library: the parser fills the form, the builder writes the URL.
 */
export interface PageState {
  url: string;
  /** The parser's reading of `url`, made once per URL here and passed down to every panel. */
  parsed: TemplateParseResult;
  form: FormState;
  /** The builder's refusal of the form, shown instead of the URL's diagnostics until fixed. */
  refused: Diagnostic[];
}

export type Action =
  | { type: 'url'; url: string }
  | { type: 'field'; field: FormField; value: string };

/**
 * The parser as the URL box reads: placeholders (`<service>`, `{{ .Release.Namespace }}`, `$NS`)
 * are unknown values, not invalid names, as in the docs they are pasted from.
 */
const read = keepLast(
  (url: string): TemplateParseResult => parseProxyUrl(url, { placeholders: true }),
);

export function stateForUrl(url: string, previous: FormState = emptyForm): PageState {
  const parsed = read(url);
  const { target } = parsed;
  if (!target) return { url, parsed, form: previous, refused: [] };
  const form = formFromTarget(target);
  // A node has no namespace: keep the last one for a switch back to services or pods.
  if (target.namespace === null) form.namespace = previous.namespace;
  return { url, parsed, form, refused: [] };
}

function rebuild(state: PageState, form: FormState): PageState {
  const built = safeBuildProxyUrl(formToInput(form));
  return built.ok
    ? { url: built.url, parsed: read(built.url), form, refused: [] }
    : { ...state, form, refused: built.diagnostics };
}

export function reducer(state: PageState, action: Action): PageState {
  switch (action.type) {
    case 'url':
      return action.url === state.url && state.refused.length === 0
        ? state
        : stateForUrl(action.url, state.form);
    case 'field':
      return rebuild(state, withField(state.form, action.field, action.value));
  }
}
