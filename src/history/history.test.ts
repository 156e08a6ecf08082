import { describe, expect, it } from 'vitest';
import {
  bailToMark,
  canRedo,
  canUndo,
  clearMark,
  closeStep,
  createHistory,
  type History,
  mark,
  record,
  redo,
  undo,
} from './index';

/** A little editor over numbers: applies `next` to `present`, recording as told. */
function change(
  state: { present: number; history: History<number> },
  next: number,
  options: { coalesceKey?: string; label?: string } = {},
) {
  return { present: next, history: record(state.history, state.present, options) };
}

function start(present = 0) {
  return { present, history: createHistory<number>() };
}

describe('undo and redo', () => {
  it('has nothing to undo or redo at first', () => {
    const { history } = start();
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(history, 0)).toBeNull();
    expect(redo(history, 0)).toBeNull();
  });

  it('undoes and redoes steps in order', () => {
    let state = change(change(start(0), 1), 2);
    const back = undo(state.history, state.present);
    expect(back?.present).toBe(1);
    if (!back) return;
    const further = undo(back.history, back.present);
    expect(further?.present).toBe(0);
    if (!further) return;
    expect(canUndo(further.history)).toBe(false);
    const again = redo(further.history, further.present);
    expect(again?.present).toBe(1);
    if (!again) return;
    state = again;
    expect(redo(state.history, state.present)?.present).toBe(2);
  });

  it('forgets the redo steps when a new change is recorded', () => {
    const state = change(start(0), 1);
    const back = undo(state.history, state.present);
    if (!back) throw new Error('expected a step');
    const branched = change(back, 5);
    expect(canRedo(branched.history)).toBe(false);
    expect(undo(branched.history, branched.present)?.present).toBe(0);
  });

  it('keeps the label of a step for both directions', () => {
    const state = change(start(0), 1, { label: 'Move app' });
    expect(state.history.past[0]?.label).toBe('Move app');
    const back = undo(state.history, state.present);
    expect(back?.history.future[0]).toEqual({ snapshot: 1, label: 'Move app' });
  });

  it('keeps at most its limit of steps, forgetting the oldest', () => {
    let state = { present: 0, history: createHistory<number>(3) };
    for (let i = 1; i <= 5; i++) state = change(state, i);
    expect(state.history.past.map((s) => s.snapshot)).toEqual([2, 3, 4]);
  });

  it('keeps 200 steps by default', () => {
    let state = start(0);
    for (let i = 1; i <= 250; i++) state = change(state, i);
    expect(state.history.past).toHaveLength(200);
    expect(state.history.past[0]?.snapshot).toBe(50);
  });
});

describe('coalescing', () => {
  it('makes one step of the changes of one drag', () => {
    let state = change(start(0), 10);
    for (const x of [11, 12, 13]) state = change(state, x, { coalesceKey: 'drag' });
    expect(state.history.past).toHaveLength(2);
    expect(undo(state.history, state.present)?.present).toBe(10);
  });

  it('starts a new step once the open one is closed', () => {
    let state = change(start(0), 1, { coalesceKey: 'drag' });
    state = { ...state, history: closeStep(state.history) };
    state = change(state, 2, { coalesceKey: 'drag' });
    expect(state.history.past.map((s) => s.snapshot)).toEqual([0, 1]);
  });

  it('starts a new step for a change with another key or none', () => {
    let state = change(start(0), 1, { coalesceKey: 'a' });
    state = change(state, 2, { coalesceKey: 'b' });
    state = change(state, 3);
    state = change(state, 4, { coalesceKey: 'b' });
    expect(state.history.past.map((s) => s.snapshot)).toEqual([0, 1, 2, 3]);
  });

  it('closes the open step on undo', () => {
    const state = change(change(start(0), 1), 2, { coalesceKey: 'drag' });
    const back = undo(state.history, state.present);
    if (!back) throw new Error('expected a step');
    const next = change(back, 3, { coalesceKey: 'drag' });
    expect(next.history.past.map((s) => s.snapshot)).toEqual([0, 1]);
  });
});

describe('marks', () => {
  it('goes back to the mark without leaving a redo step', () => {
    let state = change(start(0), 1);
    state = { ...state, history: mark(state.history, 'drag', state.present) };
    state = change(state, 2, { coalesceKey: 'drag' });
    state = change(state, 3, { coalesceKey: 'drag' });
    const bailed = bailToMark(state.history, 'drag');
    expect(bailed?.present).toBe(1);
    expect(bailed?.history.past.map((s) => s.snapshot)).toEqual([0]);
    expect(bailed && canRedo(bailed.history)).toBe(false);
    expect(bailed?.history.marks).toEqual([]);
  });

  it('keeps redo steps when nothing was recorded since the mark', () => {
    const state = change(start(0), 1);
    const back = undo(state.history, state.present);
    if (!back) throw new Error('expected a step');
    const marked = mark(back.history, 'drag', back.present);
    const bailed = bailToMark(marked, 'drag');
    expect(bailed?.present).toBe(0);
    expect(bailed && canRedo(bailed.history)).toBe(true);
  });

  it('returns to the newest mark of that name and drops marks set after it', () => {
    let history = mark(createHistory<number>(), 'a', 0);
    history = record(history, 0);
    history = mark(history, 'a', 1);
    history = mark(history, 'b', 1);
    const bailed = bailToMark(history, 'a');
    expect(bailed?.present).toBe(1);
    expect(bailed?.history.marks.map((m) => m.name)).toEqual(['a']);
  });

  it('does nothing for a mark that was never set', () => {
    expect(bailToMark(createHistory<number>(), 'drag')).toBeNull();
  });

  it('can be cleared while keeping the steps', () => {
    let history = mark(createHistory<number>(), 'drag', 0);
    history = record(history, 0);
    history = clearMark(history, 'drag');
    expect(history.marks).toEqual([]);
    expect(history.past).toHaveLength(1);
    expect(bailToMark(history, 'drag')).toBeNull();
  });

  it('forgets a mark whose steps fell off the bounded stack', () => {
    let history = mark(createHistory<number>(2), 'drag', 0);
    for (let i = 0; i < 3; i++) history = record(history, i);
    expect(history.marks).toEqual([]);
  });
});
