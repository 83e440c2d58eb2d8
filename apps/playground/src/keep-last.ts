/**
 * `fn` with its last few results kept, by argument. The URL's analysis runs in a render React drops
 * when a key is pressed, and starts again once typing pauses: without this, each restart parsed a
 * long URL again from the start (a megabyte of escapes takes a second), so typing into one never
 * let the analysis finish. With it, a restarted render finds the parses already made.
 */
export function keepLast<R>(fn: (key: string) => R, size = 2): (key: string) => R {
  const keys: string[] = [];
  const values: R[] = [];
  return (key) => {
    const at = keys.indexOf(key);
    if (at >= 0) return values[at] as R;
    const value = fn(key);
    keys.unshift(key);
    values.unshift(value);
    if (keys.length > size) {
      keys.pop();
      values.pop();
    }
    return value;
  };
}

/** The same for results that depend on an object (a parse result): kept while the object lives. */
export function keepFor<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const kept = new WeakMap<K, R>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as R;
    const value = fn(key);
    kept.set(key, value);
    return value;
  };
}
