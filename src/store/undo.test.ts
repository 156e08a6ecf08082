import { describe, expect, it } from 'vitest';
import { emptyDesign, starterDesign } from '../model/create';
import { addContainer, setPosition } from '../model/ops';
import type { Design } from '../model/types';
import { createStudioStore } from './studioStore';

const rename =
  (name: string) =>
  (design: Design): Design => ({ ...design, metadata: { ...design.metadata, name } });

const moveApp = (x: number) => (design: Design) =>
  setPosition(design, 'container:app', { x, y: 0 });

describe('undo and redo in the store', () => {
  it('undoes and redoes a dispatched op', () => {
    const store = createStudioStore();
    const before = store.getState().design;
    store.getState().dispatch(rename('web'));
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(store.getState().design).toBe(before);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().canRedo).toBe(true);
    store.getState().redo();
    expect(store.getState().design.metadata.name).toBe('web');
    expect(store.getState().canRedo).toBe(false);
  });

  it('does not record a change dispatched with ignore', () => {
    const store = createStudioStore();
    store.getState().dispatch(rename('web'), { capture: 'ignore' });
    expect(store.getState().design.metadata.name).toBe('web');
    expect(store.getState().canUndo).toBe(false);
  });

  it('records nothing for an op that changes nothing or throws', () => {
    const store = createStudioStore();
    store.getState().dispatch((d) => d);
    expect(() =>
      store.getState().dispatch((d) => setPosition(d, 'container:ghost', { x: 1, y: 1 })),
    ).toThrow();
    expect(store.getState().canUndo).toBe(false);
  });

  it('makes one step of a drag and closes it with the final position', () => {
    const store = createStudioStore(starterDesign());
    const start = store.getState().design;
    const { dispatch } = store.getState();
    dispatch(moveApp(10), { coalesceKey: 'drag:app' });
    dispatch(moveApp(20), { coalesceKey: 'drag:app' });
    dispatch(moveApp(30), { coalesceKey: 'drag:app', final: true });
    dispatch(moveApp(40), { coalesceKey: 'drag:app', final: true });
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().design.positions['container:app']).toEqual({ x: 30, y: 0 });
    store.getState().undo();
    expect(store.getState().design).toBe(start);
  });

  it('goes back to the start of an abandoned drag without a redo step', () => {
    const store = createStudioStore(starterDesign());
    const start = store.getState().design;
    store.getState().mark('drag');
    store.getState().dispatch(moveApp(10), { coalesceKey: 'drag:app' });
    store.getState().dispatch(moveApp(20), { coalesceKey: 'drag:app' });
    store.getState().bailToMark('drag');
    expect(store.getState().design).toBe(start);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().canRedo).toBe(false);
  });

  it('replaces the whole design as one undo step', () => {
    const store = createStudioStore(starterDesign());
    store.getState().dispatch(moveApp(10), { coalesceKey: 'drag:app' });
    const moved = store.getState().design;
    store.getState().replaceDesign(emptyDesign('Job'), { label: 'Edit YAML' });
    expect(store.getState().design.kind).toBe('Job');
    expect(store.getState().history.past).toHaveLength(2);
    expect(store.getState().history.past.at(-1)?.label).toBe('Edit YAML');
    store.getState().undo();
    expect(store.getState().design).toBe(moved);
  });

  it('loads a design with a fresh history and no selection', () => {
    const store = createStudioStore();
    store.getState().dispatch(rename('web'));
    store.getState().select({ kind: 'container', name: 'app' });
    store.getState().loadDesign(starterDesign());
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().selection).toBeNull();
  });

  it('never records selection, and drops it when an undo removes what it names', () => {
    const store = createStudioStore();
    store.getState().dispatch((d) => addContainer(d, 'main', { name: 'app', image: 'nginx' }));
    store.getState().select({ kind: 'container', name: 'app' });
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().selection).toBeNull();
    store.getState().redo();
    expect(store.getState().design.containers.map((c) => c.name)).toEqual(['app']);
  });
});

describe('notices', () => {
  it('shows a notice and dismisses only the one named', () => {
    const store = createStudioStore();
    store.getState().showNotice({ id: 'saved', tone: 'info', message: 'Saved.' });
    store.getState().dismissNotice('other');
    expect(store.getState().notice?.id).toBe('saved');
    store.getState().dismissNotice('saved');
    expect(store.getState().notice).toBeNull();
  });

  it('keeps the design when a notice comes and goes', () => {
    const store = createStudioStore(emptyDesign());
    const before = store.getState().design;
    store.getState().showNotice({ id: 'x', tone: 'error', message: 'Oops.' });
    store.getState().dismissNotice();
    expect(store.getState().design).toBe(before);
    expect(store.getState().canUndo).toBe(false);
  });
});
