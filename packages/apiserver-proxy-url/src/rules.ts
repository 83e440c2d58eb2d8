// The checks on decoded values that the parser and the builder share, so no rule is written twice.
// They return findings rather than call back, so the common case (nothing to say) allocates nothing.
import type { DiagnosticCode } from './diagnostics.js';
import * as messages from './messages.js';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, portNumber } from './names.js';
import type { IdScheme, ProxyResource } from './types.js';

export type TargetField = 'namespace' | 'name' | 'scheme' | 'port';

export interface Finding {
  code: DiagnosticCode;
  field: TargetField;
  message: string;
  /** The field's corrected value, when there is one. */
  replacement?: string;
}

export function checkNamespace(namespace: string): Finding | undefined {
  if (isDns1123Label(namespace)) return undefined;
  return {
    code: 'invalid-namespace',
    field: 'namespace',
    message: messages.invalidNamespace,
  };
}

export function checkName(resource: ProxyResource, name: string): Finding | undefined {
  if (resource !== 'services') {
    if (isDns1123Subdomain(name)) return undefined;
  } else if (isDns1035Label(name)) {
    return undefined;
  } else if (isDns1123Label(name)) {
    return {
      code: 'service-name-leading-digit',
      field: 'name',
      message: messages.leadingDigit,
    };
  }
  return { code: 'invalid-name', field: 'name', message: messages.invalidName(resource) };
}

function addFinding(
  findings: Finding[] | undefined,
  code: DiagnosticCode,
  field: TargetField,
  message: string,
  replacement?: string,
): Finding[] {
  const finding: Finding = { code, field, message };
  if (replacement !== undefined) finding.replacement = replacement;
  if (!findings) return [finding];
  findings.push(finding);
  return findings;
}

const isDigits = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) - 48) >>> 0 > 9) return false;
  return s !== '';
};

/**
 * The port, and how it fits the id's scheme (spec §4). At most two findings. Services read the port
 * with `strconv.ParseInt` (a sign works); pods and nodes put it into the host as written, so only
 * plain digits work there (anything else fails in `url.Parse`: 500).
 */
export function checkPort(
  resource: ProxyResource,
  scheme: IdScheme,
  port: string,
): Finding[] | undefined {
  let found: Finding[] | undefined;
  const value = resource === 'services' || isDigits(port) ? portNumber(port) : undefined;
  if (port === '') {
    if (resource === 'services') {
      found = addFinding(found, 'empty-port-unnamed-only', 'port', messages.emptyPort);
    }
  } else if (value === undefined) {
    if (resource === 'pods') {
      found = addFinding(found, 'named-pod-port', 'port', messages.namedPodPort);
    } else if (resource === 'nodes') {
      found = addFinding(found, 'invalid-port', 'port', messages.nodePortName);
    } else if (!isDns1123Label(port)) {
      found = addFinding(found, 'invalid-port', 'port', messages.servicePortName);
    }
  } else if (!(value >= 1 && value <= 65535)) {
    return addFinding(found, 'invalid-port', 'port', messages.portRange);
  } else if (port.charCodeAt(0) === 43 || (port.charCodeAt(0) === 48 && port.length > 1)) {
    // '+443' or '0443': a sign or a leading zero.
    const message = messages.portFormat(value);
    found = addFinding(found, 'port-number-format', 'port', message, String(value));
  }
  // node/strategy.go compares the port as a string with the kubelet's.
  if (resource === 'nodes' && scheme !== '' && (port === '' || port === '10250')) {
    found = addFinding(found, 'kubelet-port-scheme-ignored', 'scheme', messages.kubeletScheme);
  } else if (
    scheme === 'https'
      ? value === 80 || port === 'http'
      : value === 443 || value === 8443 || port === 'https'
  ) {
    found = addFinding(found, 'scheme-port-mismatch', 'port', messages.schemePort);
  }
  return found;
}
