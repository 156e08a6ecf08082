import { useEffect, useState } from 'react';

/**
 * `value`, shown a frame late when it changes: what reads it is drawn after the frame that shows
 * the rest of an edit, as React's useDeferredValue would (Preact's returns the value at once).
 * The first value is shown at once.
 */
export function useFrameLate<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run before it is painted; the timer then runs once it has been.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
