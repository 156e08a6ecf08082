import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../model/create';
import { addContainer } from '../model/ops';
import type { Design } from '../model/types';
import { manifestOf } from './manifest';
import { createStudioStore } from './studioStore';

const rename =
  (name: string) =>
  (design: Design): Design => ({ ...design, metadata: { ...design.metadata, name } });

describe('the studio store', () => {
  it('opens with an empty pod named my-pod', () => {
    const { design, selection } = createStudioStore().getState();
    expect(design.kind).toBe('Pod');
    expect(design.metadata.name).toBe('my-pod');
    expect(design.containers).toEqual([]);
    expect(selection).toBeNull();
  });

  it('applies a dispatched op to the design', () => {
    const store = createStudioStore();
    store.getState().dispatch(rename('web'));
    expect(store.getState().design.metadata.name).toBe('web');
  });

  it('keeps the same design when an op changes nothing', () => {
    const store = createStudioStore();
    const before = store.getState().design;
    let notified = 0;
    store.subscribe(() => {
      notified += 1;
    });
    store.getState().dispatch((design) => design);
    expect(store.getState().design).toBe(before);
    expect(notified).toBe(0);
  });

  it('remembers what is selected without touching the design', () => {
    const store = createStudioStore();
    const before = store.getState().design;
    store.getState().select({ kind: 'container', name: 'app' });
    expect(store.getState().selection).toEqual({ kind: 'container', name: 'app' });
    expect(store.getState().design).toBe(before);
  });
});

describe('the manifest of a design', () => {
  it('is computed once per design', () => {
    const design = emptyDesign();
    expect(manifestOf(design)).toBe(manifestOf(design));
  });

  it('is the YAML of the workload', () => {
    const view = manifestOf(emptyDesign());
    expect(view.ok).toBe(true);
    expect(view.text).toContain('kind: Pod');
    expect(view.text).toContain('name: my-pod');
  });

  it('follows the design through a dispatched op', () => {
    const store = createStudioStore();
    store.getState().dispatch((d) => addContainer(d, 'main', { name: 'app', image: 'nginx:1.27' }));
    expect(manifestOf(store.getState().design).text).toContain('image: nginx:1.27');
  });

  it('says why there is no text when the design cannot be written', () => {
    const broken = { ...emptyDesign(), containers: null } as unknown as Design;
    const view = manifestOf(broken);
    expect(view.ok).toBe(false);
    if (!view.ok) expect(view.error).toMatch(/^The manifest could not be generated: .+\.$/);
  });
});
