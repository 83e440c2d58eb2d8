import type { IdScheme, ProxyResource, ProxyTarget, ProxyTargetInput } from 'apiserver-proxy-url';

/** The form's fields as typed. The fragment has no field but is kept, so a rebuild keeps it. */
export interface FormState {
  base: string;
  resource: ProxyResource;
  namespace: string;
  name: string;
  scheme: IdScheme;
  port: string;
  path: string;
  query: string;
  fragment: string;
}

export type FormField = Exclude<keyof FormState, 'fragment'>;

export const emptyForm: FormState = {
  base: '',
  resource: 'services',
  namespace: 'default',
  name: '',
  scheme: '',
  port: '',
  path: '/',
  query: '',
  fragment: '',
};

/** The fields for a parsed URL: the parser's target, as written. */
export function formFromTarget(target: ProxyTarget): FormState {
  return { ...target, namespace: target.namespace ?? '' };
}

/** What the builder gets. A node has no namespace, whatever the (kept) field says. */
export function formToInput(form: FormState): ProxyTargetInput {
  return {
    base: form.base,
    resource: form.resource,
    namespace: form.resource === 'nodes' ? null : form.namespace,
    name: form.name,
    scheme: form.scheme,
    port: form.port,
    path: form.path,
    query: form.query,
    fragment: form.fragment,
  };
}

/** A builder diagnostic's field, when the form has it (every input but the fragment). */
export const isFormField = (field: keyof ProxyTargetInput | undefined): field is FormField =>
  field !== undefined && field !== 'fragment';

/** The choices of the two select fields, in the order the form offers them. */
export const resources: readonly ProxyResource[] = ['services', 'pods', 'nodes'];
export const schemes: readonly IdScheme[] = ['', 'http', 'https'];

const isOneOf = <T extends string>(choices: readonly T[], value: string): value is T =>
  (choices as readonly string[]).includes(value);

/** The form with one field changed; the choice fields take only their own values. */
export function withField(form: FormState, field: FormField, value: string): FormState {
  if (field === 'resource') {
    return isOneOf(resources, value) ? { ...form, resource: value } : form;
  }
  if (field === 'scheme') {
    return isOneOf(schemes, value) ? { ...form, scheme: value } : form;
  }
  return { ...form, [field]: value };
}
