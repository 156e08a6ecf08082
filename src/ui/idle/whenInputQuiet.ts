/** Input that says a person is at work on the page right now. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/** How long the page must have had no input before heavy work may start. */
export const QUIET_MS = 300;
/** The longest heavy work waits for quiet, however busy the person is. */
export const LONGEST_WAIT_MS = 3000;

let lastInput = Number.NEGATIVE_INFINITY;
let listening = false;

function noteInput(event: Event): void {
  // A pointer moving with no button pressed is not yet a gesture.
  if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
  lastInput = performance.now();
}

function listen(): void {
  if (listening) return;
  listening = true;
  for (const type of INPUT_EVENTS) {
    window.addEventListener(type, noteInput, { capture: true, passive: true });
  }
}

/**
 * Resolves in a task of its own once the person has given the page no input for `quiet` ms, or
 * after `latest` ms at the most. Heavy work that follows (evaluating the editor's code, creating
 * it) then neither lands in the middle of a gesture nor holds up the answer to one, and each
 * piece of it runs in a task of its own, so that input waiting in between is handled first.
 */
export function whenInputQuiet(quiet = QUIET_MS, latest = LONGEST_WAIT_MS): Promise<void> {
  listen();
  const start = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const waited = now - lastInput;
      if (waited >= quiet || now - start >= latest) resolve();
      else setTimeout(check, Math.min(quiet - waited, latest - (now - start)));
    };
    setTimeout(check, 0);
  });
}
