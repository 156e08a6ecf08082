import { useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * `value`, shown a frame late when it changes: what reads it is drawn after the frame that shows
 * the rest of an edit, as React's useDeferredValue would (Preact's returns the value at once).
 * The first value is shown at once.
 */
export function useFrameLate<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
