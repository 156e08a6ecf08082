import { useEffect } from 'react';

/** Time between two events while playing. */
export const PLAY_INTERVAL_MS = 1400;

interface PlaybackClock {
  playing: boolean;
  /** The event shown now. */
  cursor: number;
  /** True when the event shown is the last one. */
  atEnd: boolean;
  /** Shows the event at `next`. */
  advance: (next: number) => void;
  /** Stops playing (the last event was reached). */
  stop: () => void;
}

/**
 * While playing, shows the next event every {@link PLAY_INTERVAL_MS} until the last one, then
 * stops. The timer is armed again after every step (it depends on the cursor), so play goes on
 * to the end; pausing clears it, and playing again resumes from the event shown.
 */
export function usePlaybackClock({ playing, cursor, atEnd, advance, stop }: PlaybackClock): void {
  useEffect(() => {
    if (!playing) return;
    if (atEnd) {
      stop();
      return;
    }
    const timer = window.setTimeout(() => advance(cursor + 1), PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, cursor, atEnd, advance, stop]);
}
