import { useEffect, useRef } from 'react';
import { addressHash, hashFor, readHash } from './hash-state.ts';

/**
 * Keeps `#url=...` in the address in step with the URL box (credentials dropped), and follows the
 * address when it changes (a shared link pasted into this tab). `replaceState`, so typing does not
 * fill the history; debounced, so fast typing does not flood the browser with history updates.
 */
export function useHashSync(url: string, onUrl: (url: string) => void): void {
  const current = useRef(url);
  current.current = url;

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const hash = addressHash(url);
      const { pathname, search } = window.location;
      if (window.location.hash !== hash)
        window.history.replaceState(null, '', hash || `${pathname}${search}`);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [url]);

  useEffect(() => {
    const follow = () => {
      const shared = readHash(window.location.hash);
      if (shared !== null && hashFor(shared) !== hashFor(current.current)) onUrl(shared);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [onUrl]);
}
