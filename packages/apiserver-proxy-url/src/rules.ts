// The checks on decoded values that the parser and the builder share, so no rule is written twice.
import type { DiagnosticCode } from './diagnostics.js';
import { messages } from './messages.js';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, portNumber } from './names.js';
import type { IdScheme, ProxyResource } from './types.js';

export type TargetField = 'namespace' | 'name' | 'scheme' | 'port';

/** Receives one finding; `replacement` is the field's corrected value, when there is one. */
export type Report = (
  code: DiagnosticCode,
  field: TargetField,
  message: string,
  replacement?: string,
) => void;

export function checkNamespace(namespace: string, report: Report): void {
  if (!isDns1123Label(namespace)) {
    report('invalid-namespace', 'namespace', messages.invalidNamespace(namespace));
  }
}

export function checkName(resource: ProxyResource, name: string, report: Report): void {
  if (resource !== 'services') {
    if (!isDns1123Subdomain(name))
      report('invalid-name', 'name', messages.invalidName(resource, name));
  } else if (!isDns1035Label(name)) {
    if (isDns1123Label(name)) {
      report('service-name-leading-digit', 'name', messages.leadingDigit(name));
    } else {
      report('invalid-name', 'name', messages.invalidName(resource, name));
    }
  }
}

/** The port, and how it fits the id's scheme (spec §4). */
export function checkPort(
  resource: ProxyResource,
  scheme: IdScheme,
  port: string,
  report: Report,
): void {
  const value = portNumber(port);
  if (port === '') {
    if (resource === 'services') report('empty-port-unnamed-only', 'port', messages.emptyPort());
  } else if (value === undefined) {
    if (resource === 'pods') report('named-pod-port', 'port', messages.namedPodPort(port));
    else if (resource === 'nodes') report('invalid-port', 'port', messages.nodePortName(port));
    else if (!isDns1123Label(port)) report('invalid-port', 'port', messages.servicePortName(port));
  } else if (!(value >= 1 && value <= 65535)) {
    report('invalid-port', 'port', messages.portRange(port));
    return;
  } else if (port !== String(value)) {
    report('port-number-format', 'port', messages.portFormat(port, value), String(value));
  }
  if (resource === 'nodes' && scheme !== '' && (port === '' || value === 10250)) {
    report('kubelet-port-scheme-ignored', 'scheme', messages.kubeletScheme(scheme));
  } else if (
    scheme === 'https'
      ? value === 80 || port === 'http'
      : value === 443 || value === 8443 || port === 'https'
  ) {
    report('scheme-port-mismatch', 'port', messages.schemePort(scheme, port));
  }
}
