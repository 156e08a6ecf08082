import { describe, expect, it } from 'vitest';
import { starterDesign } from '../model/create';
import { migrate } from './migrate';
import { parseSavedState } from './parse';

describe('migrating saved designs', () => {
  it('wraps a bare design (format 0) in an envelope', () => {
    const design = starterDesign();
    const result = parseSavedState(JSON.stringify(design));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.design).toEqual(design);
    expect(result.envelope).toMatchObject({ savedAt: null, tabId: '', revision: 0 });
  });

  it('leaves the current format as it is', () => {
    const value = { app: 'sidecar-studio', version: 1, design: {} };
    expect(migrate(value)).toEqual({ ok: true, value, from: 1 });
  });

  it('does not take an object without the design fields for a bare design', () => {
    expect(migrate({ kind: 'Pod' })).toEqual({
      ok: false,
      reason: 'The saved data is not a Sidecar Studio design.',
    });
  });

  it('checks a migrated design like any other', () => {
    const broken = { ...starterDesign(), sidecarMode: 'sometimes' };
    const result = parseSavedState(JSON.stringify(broken));
    expect(result.ok).toBe(false);
  });
});
