// The checks on decoded values that the parser and the builder share, so no rule is written twice.
// They return findings rather than call back, so the common case (nothing to say) allocates nothing.
import { DIGIT_0, PLUS } from './chars.js';
import type { DiagnosticParams, ParserCode } from './diagnostics.js';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, portNumber } from './names.js';
import type { IdScheme, ProxyResource } from './types.js';

export type TargetField = 'namespace' | 'name' | 'scheme' | 'port';

export interface Finding {
  code: ParserCode;
  field: TargetField;
  /** The facts for the code's message. */
  params?: DiagnosticParams;
  /** The field's corrected value, when there is one. */
  replacement?: string;
}

/** A naming rule as the messages state it: its name, the characters it allows, its length. */
const ruleParams = (rule: string): DiagnosticParams => {
  const subdomain = rule.endsWith('subdomain');
  return { rule, allowed: `a-z, 0-9, "-"${subdomain ? ', "."' : ''}`, max: subdomain ? 253 : 63 };
};

/** The naming rule a resource's names follow, as `invalid-name`'s params. */
const nameRule = (resource: ProxyResource): DiagnosticParams =>
  ruleParams(resource === 'services' ? 'DNS-1035 label' : 'DNS-1123 subdomain');

/** `plain`: the caller knows the text holds only `a-z0-9.-` (see `isDns1123Label`). */
export function checkNamespace(namespace: string, plain = false): Finding | undefined {
  if (isDns1123Label(namespace, plain)) return undefined;
  return { code: 'invalid-namespace', field: 'namespace', params: ruleParams('DNS-1123 label') };
}

export function checkName(
  resource: ProxyResource,
  name: string,
  plain = false,
): Finding | undefined {
  if (resource !== 'services') {
    if (isDns1123Subdomain(name, plain)) return undefined;
  } else if (isDns1035Label(name, plain)) {
    return undefined;
  } else if (isDns1123Label(name, plain)) {
    return { code: 'service-name-leading-digit', field: 'name' };
  }
  return { code: 'invalid-name', field: 'name', params: nameRule(resource) };
}

function addFinding(
  findings: Finding[] | undefined,
  code: ParserCode,
  field: TargetField,
  params?: DiagnosticParams,
  replacement?: string,
): Finding[] {
  const finding: Finding = { code, field };
  if (params !== undefined) finding.params = params;
  if (replacement !== undefined) finding.replacement = replacement;
  if (!findings) return [finding];
  findings.push(finding);
  return findings;
}

const isDigits = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) - DIGIT_0) >>> 0 > 9) return false;
  return s !== '';
};

/**
 * The port, and how it fits the id's scheme (the `ResourceLocation` functions in
 * pkg/registry/core/service/storage/storage.go, pod/strategy.go and node/strategy.go). At most two findings. Services read the port
 * with `strconv.ParseInt` (a sign works); pods and nodes put it into the host as written, so only
 * plain digits work there (anything else fails in `url.Parse`: 500). `plain` as for
 * {@link checkNamespace}.
 */
export function checkPort(
  resource: ProxyResource,
  scheme: IdScheme,
  port: string,
  plain = false,
): Finding[] | undefined {
  let found: Finding[] | undefined;
  const value = resource === 'services' || isDigits(port) ? portNumber(port) : undefined;
  if (port === '') {
    if (resource === 'services') {
      found = addFinding(found, 'empty-port-unnamed-only', 'port');
    }
  } else if (value === undefined) {
    if (resource === 'pods') {
      found = addFinding(found, 'named-pod-port', 'port');
    } else if (resource === 'nodes') {
      found = addFinding(found, 'invalid-port', 'port', { reason: 'node' });
    } else if (!isDns1123Label(port, plain)) {
      found = addFinding(found, 'invalid-port', 'port', {
        reason: 'name',
        ...ruleParams('DNS-1123 label'),
      });
    }
  } else if (!(value >= 1 && value <= 65535)) {
    return addFinding(found, 'invalid-port', 'port');
  } else if (port.charCodeAt(0) === PLUS || (port.charCodeAt(0) === DIGIT_0 && port.length > 1)) {
    // '+443' or '0443': a sign or a leading zero.
    const params = { port: value };
    found = addFinding(found, 'port-number-format', 'port', params, String(value));
  }
  // node/strategy.go compares the port as a string with the kubelet's.
  if (resource === 'nodes' && scheme !== '' && (port === '' || port === '10250')) {
    found = addFinding(found, 'kubelet-port-scheme-ignored', 'scheme');
  } else if (
    scheme === 'https'
      ? value === 80 || port === 'http'
      : value === 443 || value === 8443 || port === 'https'
  ) {
    found = addFinding(found, 'scheme-port-mismatch', 'port');
  }
  return found;
}
