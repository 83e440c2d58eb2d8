// Credentials never leave the page: the address (#url=…), Copy link and Copy URL go through
// withoutCredentials. It scans the text itself and does not depend on the URL parsing: a URL the
// parser stops early on (no scheme, the legacy form, not a proxy URL, a tab in the scheme) must lose
// its credentials too. Every pass is a forward scan with indexOf and bounded look-arounds: linear
// time on any input, no regular expression over the input.

/** What a secret is replaced with. */
export const REDACTED = 'REDACTED';

// Tab, line feed and carriage return: browsers delete them anywhere in a URL, so they never end
// anything here (`ht<TAB>tps://ad<LF>min:pw@h` is `https://admin:pw@h` to a browser).
const isIgnored = (c: string | undefined): boolean => c === '\t' || c === '\n' || c === '\r';
const isSlash = (c: string | undefined): boolean => c === '/' || c === '\\';
const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isQuote = (c: string | undefined): boolean => c === "'" || c === '"' || c === '`';
// Where an authority ends (WHATWG, with `\` as a slash whatever the scheme).
const endsAuthority = (c: string | undefined): boolean =>
  c === '/' || c === '\\' || c === '?' || c === '#';
// Where a word that may start with `user:password@host` begins (besides the start of the text).
const startsWord = (c: string | undefined): boolean =>
  isSpace(c) ||
  isQuote(c) ||
  c === '<' ||
  c === '>' ||
  c === '(' ||
  c === '[' ||
  c === '{' ||
  c === '|';
// Schemes a browser reads an authority after even without `//` (`http:u:p@h/`).
const SPECIAL = new Set(['http', 'https', 'ws', 'wss', 'ftp']);

/** The next index at or after `i` that is not a tab, LF or CR. */
function skipIgnored(text: string, i: number): number {
  let j = i;
  while (j < text.length && isIgnored(text[j])) j++;
  return j;
}

/** The scheme letters just before the `:` at `colon`, tabs and newlines skipped; at most 5. */
function schemeBefore(text: string, colon: number): string {
  let letters = '';
  for (let j = colon - 1; j >= 0 && letters.length <= 5; j--) {
    const c = text[j] as string;
    if (isIgnored(c)) continue;
    if (!/^[A-Za-z]$/.test(c)) break;
    letters = c.toLowerCase() + letters;
  }
  return letters;
}

/** Whether a special scheme and its `:` start at `i` (`http:`, `HT<TAB>TPS:`): a look-ahead of 6 letters. */
function specialSchemeAt(text: string, i: number): boolean {
  let letters = '';
  for (let j = i; j < text.length && letters.length <= 5; j++) {
    const c = text[j] as string;
    if (isIgnored(c)) continue;
    if (c === ':') return SPECIAL.has(letters);
    if (!/^[A-Za-z]$/.test(c)) return false;
    letters += c.toLowerCase();
  }
  return false;
}

interface Scan {
  /** Where the scanned region ends (exclusive). */
  end: number;
  /** The last `@` in it, or -1. */
  at: number;
}

/**
 * From `start`, up to where an authority ends: `/`, `\`, `?`, `#` or the end, and for a word
 * without a scheme also a space, a quote or `<`, `>` (a command's next word), and `=` in a word
 * that starts with `-`. Tabs and newlines
 * never end it.
 */
function scanAuthority(text: string, start: number, inWord: boolean): Scan {
  let at = -1;
  let i = start;
  // `--url=u:p@h`: the flag's value is scanned as a word of its own.
  const flag = inWord && text[start] === '-';
  for (; i < text.length; i++) {
    const c = text[i];
    if (endsAuthority(c) || (flag && c === '=')) break;
    if (inWord && (c === ' ' || c === '\f' || c === '\v' || isQuote(c) || c === '<' || c === '>')) {
      break;
    }
    if (c === '@') at = i;
  }
  return { end: i, at };
}

/** Whether `text[from, to)` holds anything but tabs and newlines. */
function hasText(text: string, from: number, to: number): boolean {
  return skipIgnored(text, from) < to;
}

/**
 * Pass 1: `userinfo@` in an authority, wherever one starts: after `scheme://` (any scheme, `\` as a
 * slash, tabs and newlines anywhere), after `http:` and the other special schemes with or without
 * slashes, after `//` at the start of a word, and at the start of a word with no scheme at all
 * (`admin:s3cret@10.0.0.1:6443/api/...`, `curl -k u:p@h/…`, `--url=u:p@h/`).
 */
function dropUserinfo(text: string): string {
  if (!text.includes('@')) return text;
  let out = '';
  let from = 0;
  // No word that starts before this index can hold an `@` (its scan already ended here).
  let scannedTo = 0;
  let authorityScannedTo = 0;
  let wordStart = 0;
  let sawEquals = false;
  const remove = (start: number, at: number) => {
    out += text.slice(from, start);
    from = at + 1;
  };
  /**
   * Removes the user info of the authority after the slashes at `slashes`, unless a scan already
   * covered it (an authority that starts inside one scanned ends where it did: no `@` there).
   * Returns where to go on after its last `@`, where a `scheme://` may start another, or -1.
   */
  const dropAfterSlashes = (slashes: number): number => {
    let start = slashes;
    while (start < text.length && (isSlash(text[start]) || isIgnored(text[start]))) start++;
    if (start < authorityScannedTo) return -1;
    const scan = scanAuthority(text, start, false);
    authorityScannedTo = scan.end;
    if (scan.at < 0 || !hasText(text, start, scan.at)) return -1;
    remove(start, scan.at);
    return scan.at + 1;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    const wordBegins = i === 0 || startsWord(text[i - 1]);
    if (wordBegins) {
      wordStart = i;
      sawEquals = false;
    }
    // `--flag=value`: the value is a word of its own (once per word, so this stays linear).
    const afterEquals = !wordBegins && text[i - 1] === '=' && text[wordStart] === '-' && !sawEquals;
    if (afterEquals) sawEquals = true;
    if ((wordBegins || afterEquals) && i >= scannedTo && !startsWord(c)) {
      const first = skipIgnored(text, i);
      if (isSlash(text[first])) {
        const second = skipIgnored(text, first + 1);
        if (isSlash(text[second])) {
          // `//host` or `\\host`: an authority follows the slashes.
          const next = dropAfterSlashes(second + 1);
          if (next >= 0) {
            i = next;
            continue;
          }
        }
      } else if (!specialSchemeAt(text, i)) {
        // (`http:u:p@h` is left to the scheme's colon below, which keeps `http:`.)
        const scan = scanAuthority(text, i, true);
        scannedTo = scan.end;
        if (scan.at >= 0 && hasText(text, i, scan.at)) {
          remove(i, scan.at);
          i = scan.at + 1;
          continue;
        }
      }
    }
    if (c === ':') {
      const first = skipIgnored(text, i + 1);
      const second = isSlash(text[first]) ? skipIgnored(text, first + 1) : first;
      // Any special scheme the letters end with: `xhttp:` too (with a tab, `x<TAB>http:` is two
      // words to a shell), which at worst removes more.
      const letters = schemeBefore(text, i);
      let special = false;
      for (const name of SPECIAL) if (letters.endsWith(name)) special = true;
      if ((isSlash(text[first]) && isSlash(text[second])) || special) {
        const next = dropAfterSlashes(first);
        if (next >= 0) {
          i = next;
          continue;
        }
      }
    }
    i++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Where a header value or a flag's value ends: the quote it opened with, or a space. */
function valueEnd(text: string, start: number, quote: string | undefined): number {
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined ? c === quote || c === '\n' || c === '\r' : isSpace(c) || isQuote(c)) {
      break;
    }
  }
  return i;
}

/** Whether a value is a shell expansion (`$TOKEN`, `$(cat token)`) rather than a secret. */
const isExpansion = (value: string): boolean => value.startsWith('$') || value === REDACTED;

// Authorization schemes: a value that is one of these alone holds no secret.
const AUTH_SCHEMES = new Set(['bearer', 'basic', 'digest', 'negotiate', 'token', 'ntlm']);

/**
 * Pass 2: `Authorization:` (and `Proxy-Authorization:`) header values, as `-H`/`--header` write
 * them: `Bearer <token>` keeps `Bearer`, a value without a scheme word goes whole.
 */
function dropAuthorization(text: string): string {
  const lower = text.toLowerCase();
  const name = 'authorization';
  let out = '';
  let from = 0;
  // Past every value looked at, kept or not, so no text is scanned twice.
  let resume = 0;
  for (let k = lower.indexOf(name); k >= 0; k = lower.indexOf(name, Math.max(k + 1, resume))) {
    let j = k + name.length;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] !== ':') continue;
    j++;
    while (text[j] === ' ' || text[j] === '\t') j++;
    // Inside quotes, the value runs to the closing quote; bare, to the next space.
    const opened = isQuote(text[k - 1]) ? text[k - 1] : undefined;
    const firstEnd = valueEnd(text, j, undefined);
    let start = j;
    let end = opened === undefined ? firstEnd : valueEnd(text, j, opened);
    let second = firstEnd;
    while (text[second] === ' ' || text[second] === '\t') second++;
    const schemeWord = /^[A-Za-z][A-Za-z0-9-]*$/.test(text.slice(j, firstEnd));
    if (schemeWord && second > firstEnd && second < text.length && !isQuote(text[second])) {
      start = second;
      end =
        opened === undefined ? valueEnd(text, second, undefined) : valueEnd(text, second, opened);
    } else if (AUTH_SCHEMES.has(text.slice(j, firstEnd).toLowerCase())) {
      // `Bearer ` and the token in another word (`'Bearer '"$(cat token)"`): nothing secret here.
      resume = Math.max(resume, firstEnd);
      continue;
    }
    resume = Math.max(resume, end);
    if (end <= start || isExpansion(text.slice(start, end))) continue;
    out += `${text.slice(from, start)}${REDACTED}`;
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

// Flags whose value is a secret, whole: curl's --oauth2-bearer and --pass, kubectl's --token and
// --password. And those whose value is `user:password` (curl's -u, -U and their long forms).
const SECRET_FLAGS = new Set([
  '--token',
  '--password',
  '--oauth2-bearer',
  '--pass',
  '--proxy-pass',
]);
const USER_FLAGS = new Set(['--user', '--proxy-user']);

interface Word {
  start: number;
  end: number;
}

/** The next index at or after `i` that is not whitespace. */
function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text[j])) j++;
  return j;
}

/** The index of the next whitespace at or after `i` (or the end). */
function toSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isSpace(text[j])) j++;
  return j;
}

/**
 * A flag's value from `start`, as a shell reads one word: `'a b'` or `"a b"` up to the closing
 * quote, else up to the next whitespace. A quote never closed is a literal character (after it
 * there is no other of its kind, so the look-ahead runs to the end at most once per kind: linear).
 * The returned span holds the value without its surrounding quotes.
 */
function readValue(text: string, start: number): { value: Word; next: number } {
  const q = text[start];
  if (q === "'" || q === '"') {
    const close = text.indexOf(q, start + 1);
    if (close >= 0) return { value: { start: start + 1, end: close }, next: close + 1 };
  }
  const end = toSpace(text, start);
  return { value: { start, end }, next: end };
}

/**
 * Pass 3: command-line flags: `-u user:pass`, `-uuser:pass`, `-ku user:pass`, `--user user:pass`,
 * `--user=user:pass` (the password goes), `--token=…`, `--password …`, `--oauth2-bearer …` (the
 * whole value goes). Flags are found among whitespace-separated words whatever the quotes around
 * them (a stray quote must not hide one); values are read as a shell reads them.
 */
function dropFlagSecrets(text: string): string {
  if (!text.includes('-')) return text;
  // [start, end, replacement], in order, not overlapping.
  const edits: Array<[number, number, string]> = [];
  const secret = (v: Word, userPass: boolean) => {
    const raw = text.slice(v.start, v.end);
    if (raw === '' || isExpansion(raw)) return;
    if (!userPass) {
      edits.push([v.start, v.end, REDACTED]);
      return;
    }
    const colon = raw.indexOf(':');
    if (colon >= 0 && colon < raw.length - 1 && !isExpansion(raw.slice(colon + 1))) {
      edits.push([v.start + colon + 1, v.end, REDACTED]);
    }
  };
  /** The value after a flag word ending at `end`: in the rest of the word, or the next word. */
  // The words of the value are looked at again as flags: a stray quote must not hide one.
  const valueAfter = (from: number, wordEnd: number, userPass: boolean): void => {
    if (from < wordEnd) {
      secret(readValue(text, from).value, userPass);
      return;
    }
    const at = skipSpace(text, wordEnd);
    // A flag next is read as a flag (it may be `--token=…` itself).
    if (at >= text.length || text[at] === '-') return;
    secret(readValue(text, at).value, userPass);
  };
  let i = skipSpace(text, 0);
  while (i < text.length) {
    // A quote just in front of a flag (`"-u`) does not hide it.
    const start = isQuote(text[i]) && text[i + 1] === '-' ? i + 1 : i;
    const end = toSpace(text, start);
    if (text[start] === '-' && text[start + 1] === '-') {
      const eq = text.indexOf('=', start);
      const flag = text.slice(start, eq >= 0 && eq < end ? eq : end);
      const userPass = USER_FLAGS.has(flag);
      if (userPass || SECRET_FLAGS.has(flag)) {
        valueAfter(eq >= 0 && eq < end ? eq + 1 : end, end, userPass);
      }
    } else if (text[start] === '-') {
      // Short options: letters; `u` or `U` takes the rest of the word or the next one.
      for (let j = start + 1; j < end; j++) {
        const c = text[j] as string;
        if (!/^[A-Za-z]$/.test(c)) break;
        if (c === 'u' || c === 'U') {
          valueAfter(j + 1, end, true);
          break;
        }
      }
    }
    i = skipSpace(text, Math.max(end, start + 1));
  }
  if (edits.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end, replacement] of edits) {
    if (start < from) {
      // Overlaps the secret before: what runs past it is part of a secret too.
      from = Math.max(from, end);
      continue;
    }
    out += text.slice(from, start) + replacement;
    from = end;
  }
  return out + text.slice(from);
}

/** Whether a query key names a secret: `access_token`, `token`, `id_token`, `password`, … */
function isSecretKey(key: string): boolean {
  const k = key.toLowerCase();
  return (
    k.endsWith('token') ||
    k === 'password' ||
    k === 'passwd' ||
    k === 'pwd' ||
    k === 'secret' ||
    k === 'client_secret' ||
    k === 'api_key' ||
    k === 'apikey' ||
    k === 'sig' ||
    k === 'signature' ||
    k === 'x-amz-signature' ||
    k === 'x-amz-credential'
  );
}

// Where a query key starts (after it) and where a value ends.
const startsKey = (c: string | undefined): boolean =>
  c === '?' || c === '&' || c === ';' || c === '#' || c === '=' || isSpace(c) || isQuote(c);
const endsValue = (c: string | undefined): boolean =>
  c === '&' || c === '#' || c === ';' || c === ' ' || c === '<' || c === '>' || isQuote(c);

/** Pass 4: `?access_token=…`, `&token=…`, `#id_token=…` and the like: the value goes. */
function dropQuerySecrets(text: string): string {
  if (!text.includes('=')) return text;
  let out = '';
  let from = 0;
  for (let eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
    if (eq < from) continue;
    let k = eq;
    while (k > 0 && !startsKey(text[k - 1])) k--;
    // `--token=…` is a flag (pass 3), not a query.
    if (text[k] === '-' || !isSecretKey(text.slice(k, eq).replace(/[\t\n\r]/g, ''))) continue;
    let end = eq + 1;
    while (end < text.length && !endsValue(text[end])) end++;
    const value = text.slice(eq + 1, end);
    if (value === '' || isExpansion(value)) continue;
    out += `${text.slice(from, eq + 1)}${REDACTED}`;
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The text without credentials, for anything that leaves the page (the address, copies): any
 * `user:password@` in an authority is removed (with or without a scheme, tabs and newlines
 * anywhere, `\` as a slash), and in a pasted command the secrets are replaced with `REDACTED`:
 * `Authorization:` header values (`Bearer` and the like are kept), `-u`/`--user` passwords,
 * `--token`, `--password`, `--oauth2-bearer`, and query values such as `access_token=` and
 * `token=`. Shell expansions (`$TOKEN`) are kept. Everything else is kept verbatim. This does not
 * depend on the text parsing as a proxy URL. Linear time.
 *
 * @example
 * withoutCredentials('admin:s3cret@10.0.0.1:6443/api/v1/nodes/n/proxy/');
 * // '10.0.0.1:6443/api/v1/nodes/n/proxy/'
 * withoutCredentials("curl -H 'Authorization: Bearer abc' https://h/api/v1/nodes/n/proxy/");
 * // "curl -H 'Authorization: Bearer REDACTED' https://h/api/v1/nodes/n/proxy/"
 */
export function withoutCredentials(text: string): string {
  const scanned = dropQuerySecrets(dropFlagSecrets(dropAuthorization(dropUserinfo(String(text)))));
  // The platform's URL parser as a last check; the scan above should leave it nothing to find.
  try {
    const platform = new URL(scanned.trim(), 'http://h');
    if (platform.username !== '' || platform.password !== '') {
      platform.username = '';
      platform.password = '';
      return platform.href;
    }
  } catch {
    // not a URL the platform reads: nothing more to check
  }
  return scanned;
}
