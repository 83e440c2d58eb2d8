// Kubernetes' name rules (k8s.io/apimachinery/pkg/util/validation), written as scans, not regexes.

const isLowerAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** `[a-z0-9]([-a-z0-9]*[a-z0-9])?` over `s[start, end)`, ignoring length. */
function isLabelText(s: string, start: number, end: number): boolean {
  if (start >= end || !isLowerAlnum(s.charCodeAt(start)) || !isLowerAlnum(s.charCodeAt(end - 1))) {
    return false;
  }
  for (let i = start + 1; i < end - 1; i++) {
    const c = s.charCodeAt(i);
    if (c !== 45 && !isLowerAlnum(c)) return false;
  }
  return true;
}

/** DNS-1123 label: namespaces, Service port names. At most 63 characters. */
export function isDns1123Label(s: string): boolean {
  return s.length <= 63 && isLabelText(s, 0, s.length);
}

/** DNS-1035 label: Service names on clusters without RelaxedServiceNameValidation. */
export function isDns1035Label(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 && isDns1123Label(s);
}

/** DNS-1123 subdomain: pod and node names. Labels joined by `.`, at most 253 characters. */
export function isDns1123Subdomain(s: string): boolean {
  if (s.length === 0 || s.length > 253) return false;
  let start = 0;
  for (;;) {
    const dot = s.indexOf('.', start);
    const end = dot < 0 ? s.length : dot;
    if (!isLabelText(s, start, end)) return false;
    if (dot < 0) return true;
    start = dot + 1;
  }
}

/**
 * The port as the API server reads it: `strconv.ParseInt(port, 10, 64)` succeeds for an optional
 * sign and decimal digits. Returns the value (possibly out of range), or `undefined` for a port name.
 */
export function portNumber(port: string): number | undefined {
  const first = port.charCodeAt(0);
  const start = first === 43 || first === 45 ? 1 : 0;
  if (start >= port.length) return undefined;
  let value = 0;
  for (let i = start; i < port.length; i++) {
    const digit = port.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return first === 45 ? -value : value;
}
