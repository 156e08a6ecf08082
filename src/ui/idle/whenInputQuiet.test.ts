import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const target = new EventTarget();
let whenInputQuiet: typeof import('./whenInputQuiet').whenInputQuiet;
let QUIET_MS: number;
let LONGEST_WAIT_MS: number;

function input(type: string, buttons = 0): void {
  const event = new Event(type);
  Object.defineProperty(event, 'buttons', { value: buttons });
  target.dispatchEvent(event);
}

/** Whether `promise` has settled once the timers have run for `ms`. */
async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

beforeAll(async () => {
  vi.stubGlobal('window', target);
  ({ whenInputQuiet, QUIET_MS, LONGEST_WAIT_MS } = await import('./whenInputQuiet'));
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('whenInputQuiet', () => {
  it('resolves in a task of its own when there has been no input', async () => {
    const quiet = whenInputQuiet();
    expect(await settledAfter(quiet, 0)).toBe(true);
  });

  it('waits until a key or a click is the quiet time old', async () => {
    const quiet = whenInputQuiet();
    input('keydown');
    expect(await settledAfter(quiet, QUIET_MS - 1)).toBe(false);
    expect(await settledAfter(quiet, 1)).toBe(true);

    input('pointerdown');
    const again = whenInputQuiet();
    expect(await settledAfter(again, QUIET_MS - 1)).toBe(false);
    expect(await settledAfter(again, 1)).toBe(true);
  });

  it('counts a wheel turn and a drag, but not a pointer moving with no button pressed', async () => {
    input('wheel');
    const afterWheel = whenInputQuiet();
    expect(await settledAfter(afterWheel, QUIET_MS / 2)).toBe(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS);

    input('pointermove', 0);
    expect(await settledAfter(whenInputQuiet(), 0)).toBe(true);

    input('pointermove', 1);
    expect(await settledAfter(whenInputQuiet(), 0)).toBe(false);
  });

  it('resolves at the latest time however busy the person is', async () => {
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    const quiet = whenInputQuiet();
    let elapsed = 0;
    let settled = false;
    void quiet.then(() => {
      settled = true;
    });
    while (!settled && elapsed < 2 * LONGEST_WAIT_MS) {
      input('keydown');
      await vi.advanceTimersByTimeAsync(50);
      elapsed += 50;
    }
    expect(settled).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(LONGEST_WAIT_MS);
    expect(elapsed).toBeLessThanOrEqual(LONGEST_WAIT_MS + 50);
  });
});
