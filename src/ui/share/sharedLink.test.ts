import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDesign, starterDesign } from '../../model/create';
import { documentStore } from '../../store/document';
import { studioStore } from '../../store/studioStore';
import { backToOwnDesign, keepSharedDesign, showSharedDesign } from './sharedLink';
import { isLookingAtSharedDesign, shareStore } from './shareState';

const rename = (name: string) => () => {
  studioStore.getState().dispatch((d) => ({ ...d, metadata: { name } }));
};

beforeEach(() => {
  studioStore.getState().loadDesign(emptyDesign());
  shareStore.setState({ phase: 'none', shared: null, own: null, notes: [], linkToCopy: null });
});

describe('a shared design', () => {
  it('is shown beside the own design, standing alone, while looking', () => {
    const own = studioStore.getState().design;
    const shared = starterDesign();
    showSharedDesign(shared, []);
    expect(studioStore.getState().design).toBe(shared);
    expect(documentStore.getState().open).toBeNull();
    expect(isLookingAtSharedDesign()).toBe(true);
    expect(shareStore.getState().own).toBe(own);
  });

  it('becomes theirs at the first edit, one undo step after their own design', () => {
    const own = studioStore.getState().design;
    showSharedDesign(starterDesign(), []);
    rename('mine-now')();
    expect(isLookingAtSharedDesign()).toBe(false);
    expect(shareStore.getState().phase).toBe('kept');
    studioStore.getState().undo();
    studioStore.getState().undo();
    expect(studioStore.getState().design).toBe(own);
  });

  it('is kept with the button as one undo step', () => {
    const own = studioStore.getState().design;
    const shared = starterDesign();
    showSharedDesign(shared, []);
    keepSharedDesign();
    expect(studioStore.getState().design).toBe(shared);
    expect(shareStore.getState().phase).toBe('kept');
    studioStore.getState().undo();
    expect(studioStore.getState().design).toBe(own);
    expect(studioStore.getState().canUndo).toBe(false);
  });

  it('goes back to the own design, and redo looks at the shared one again', () => {
    const own = studioStore.getState().design;
    const shared = starterDesign();
    showSharedDesign(shared, []);
    backToOwnDesign();
    expect(studioStore.getState().design).toBe(own);
    expect(shareStore.getState().phase).toBe('back');
    studioStore.getState().redo();
    expect(isLookingAtSharedDesign()).toBe(true);
  });

  it('replaces a first shared design, keeping the own design to go back to', () => {
    const own = studioStore.getState().design;
    showSharedDesign(starterDesign(), []);
    const second = { ...starterDesign(), metadata: { name: 'second' } };
    showSharedDesign(second, ['a note']);
    expect(studioStore.getState().design).toBe(second);
    expect(shareStore.getState().notes).toEqual(['a note']);
    backToOwnDesign();
    expect(studioStore.getState().design).toBe(own);
  });
});
