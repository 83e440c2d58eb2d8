// Kubernetes' name rules (k8s.io/apimachinery/pkg/util/validation), written as scans, not regexes.
import { DIGIT_0, DIGIT_9, DOT, LOWER_A, LOWER_Z, MINUS, PLUS } from './chars.js';

/**
 * Labels `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, joined by `.` when `dots` is set, ignoring length. One
 * pass: a `-` or `.` is wrong only next to the start or end of a label.
 */
function isLabels(s: string, dots: boolean): boolean {
  let previous = DOT; // as if after a '.': a label starts
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A letter or digit fits anywhere; '-' not first in a label, '.' not after '.' or '-'.
    const ok =
      c >= LOWER_A
        ? c <= LOWER_Z
        : (c >= DIGIT_0 && c <= DIGIT_9) ||
          (c === MINUS
            ? previous !== DOT
            : c === DOT && dots && previous !== DOT && previous !== MINUS);
    if (!ok) return false;
    previous = c;
  }
  return previous !== DOT && previous !== MINUS;
}

/** DNS-1123 label: namespaces, Service port names. At most 63 characters. */
export const isDns1123Label = (s: string): boolean => s.length <= 63 && isLabels(s, false);

/** DNS-1035 label: Service names on clusters without RelaxedServiceNameValidation. */
export function isDns1035Label(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= LOWER_A && c <= LOWER_Z && isDns1123Label(s);
}

/** DNS-1123 subdomain: pod and node names. Labels joined by `.`, at most 253 characters. */
export const isDns1123Subdomain = (s: string): boolean => s.length <= 253 && isLabels(s, true);

/**
 * The port as the API server reads it: `strconv.ParseInt(port, 10, 64)` succeeds for an optional
 * sign and decimal digits. Returns the value (possibly out of range), or `undefined` for a port name.
 */
export function portNumber(port: string): number | undefined {
  const first = port.charCodeAt(0);
  const start = first === PLUS || first === MINUS ? 1 : 0;
  if (start >= port.length) return undefined;
  let value = 0;
  for (let i = start; i < port.length; i++) {
    const digit = port.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return first === MINUS ? -value : value;
}
