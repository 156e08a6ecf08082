import { describe, expect, it } from 'vitest';
import { emptyDesign, starterDesign } from '../../model/create';
import { phaseAfter } from './shareState';

const own = emptyDesign();
const shared = starterDesign();
const edited = { ...shared, metadata: { name: 'edited' } };

describe('phaseAfter', () => {
  it('keeps looking while the shared design is shown', () => {
    expect(phaseAfter('looking', shared, shared, own)).toBe('looking');
  });
  it('makes the shared design theirs at the first edit, or any other design', () => {
    expect(phaseAfter('looking', edited, shared, own)).toBe('kept');
  });
  it('goes back when the own design returns (undo), and looks again on redo', () => {
    expect(phaseAfter('looking', own, shared, own)).toBe('back');
    expect(phaseAfter('back', shared, shared, own)).toBe('looking');
  });
  it('puts the shared design out of reach once the own design is edited', () => {
    expect(phaseAfter('back', edited, shared, own)).toBe('none');
  });
  it('never looks again once kept, nor without a shared design', () => {
    expect(phaseAfter('kept', shared, shared, own)).toBe('kept');
    expect(phaseAfter('none', shared, null, null)).toBe('none');
    expect(phaseAfter('looking', shared, null, own)).toBe('none');
  });
});
