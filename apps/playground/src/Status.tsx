import { useCallback, useEffect, useRef, useState } from 'react';

/** A short message ("Copied.") announced politely and shown for a few seconds. */
export function useStatus(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const announce = useCallback((next: string) => {
    window.clearTimeout(timer.current);
    // Cleared first, so the same message twice is announced twice.
    setMessage('');
    window.setTimeout(() => setMessage(next), 30);
    timer.current = window.setTimeout(() => setMessage(''), 4000);
  }, []);
  return [message, announce];
}

export function Status({ message }: { message: string }) {
  return (
    <div className="toast" role="status" data-visible={message !== ''}>
      {message}
    </div>
  );
}
