// Kubernetes' name rules (k8s.io/apimachinery/pkg/util/validation).
import { DIGIT_0, DOT, LOWER_A, LOWER_Z, MINUS, PLUS } from './chars.js';

// Only lower-case letters, digits, '-' and '.': one native scan each (anchored, one character class,
// so linear). Here it costs what a charCodeAt loop does (73 against 84 ns on a 16-character name),
// and it leaves only the ends and the dots to look at.
const LABEL_CHARS = /^[a-z0-9-]*$/;
const SUBDOMAIN_CHARS = /^[a-z0-9.-]*$/;

/** Whether a text of only `a-z0-9.-` starts and ends with a letter or digit. */
function hasAlphanumericEnds(s: string): boolean {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return s !== '' && first !== MINUS && first !== DOT && last !== MINUS && last !== DOT;
}

/**
 * DNS-1123 label `[a-z0-9]([-a-z0-9]*[a-z0-9])?`: namespaces, Service port names. At most 63
 * characters. `plain` says the caller already knows `s` holds only `a-z0-9.-` (the parser's
 * common-case regex shows it), so only the ends and the dots need a look.
 */
export const isDns1123Label = (s: string, plain = false): boolean =>
  s.length <= 63 && (plain ? !s.includes('.') : LABEL_CHARS.test(s)) && hasAlphanumericEnds(s);

/** DNS-1035 label: Service names on clusters without RelaxedServiceNameValidation. */
export function isDns1035Label(s: string, plain = false): boolean {
  const c = s.charCodeAt(0);
  return c >= LOWER_A && c <= LOWER_Z && isDns1123Label(s, plain);
}

/**
 * DNS-1123 subdomain: pod and node names. Labels joined by `.`, at most 253 characters: in a text
 * of only `a-z0-9.-`, a label is wrong exactly where a `-` or `.` starts or ends the text or
 * touches a `.`.
 */
export function isDns1123Subdomain(s: string, plain = false): boolean {
  if (s.length > 253 || !(plain || SUBDOMAIN_CHARS.test(s)) || !hasAlphanumericEnds(s)) {
    return false;
  }
  for (let dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) {
    const before = s.charCodeAt(dot - 1);
    const after = s.charCodeAt(dot + 1);
    if (before === DOT || before === MINUS || after === DOT || after === MINUS) return false;
  }
  return true;
}

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
