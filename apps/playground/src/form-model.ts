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

const resources: readonly string[] = ['services', 'pods', 'nodes'];
const schemes: readonly string[] = ['', 'http', 'https'];

/** The form with one field changed; the choice fields take only their own values. */
export function withField(form: FormState, field: FormField, value: string): FormState {
  if (field === 'resource') {
    return resources.includes(value) ? { ...form, resource: value as ProxyResource } : form;
  }
  if (field === 'scheme') {
    return schemes.includes(value) ? { ...form, scheme: value as IdScheme } : form;
  }
  return { ...form, [field]: value };
}
