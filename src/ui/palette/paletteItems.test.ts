import { describe, expect, it } from 'vitest';
import { decodeItem, encodeItem, volumeTypesFor } from './paletteItems';

describe('palette items', () => {
  it('round-trip through a drag payload', () => {
    expect(decodeItem(encodeItem({ kind: 'container', role: 'sidecar' }))).toEqual({
      kind: 'container',
      role: 'sidecar',
    });
    expect(decodeItem(encodeItem({ kind: 'volume', type: 'secret' }))).toEqual({
      kind: 'volume',
      type: 'secret',
    });
  });

  it('ignore anything else', () => {
    expect(decodeItem('not json')).toBeUndefined();
    expect(decodeItem('{"kind":"container","role":"boss"}')).toBeUndefined();
    expect(decodeItem('{"kind":"volume","type":"other"}')).toBeUndefined();
  });

  it('offer volume claim templates only in a StatefulSet', () => {
    expect(volumeTypesFor({ kind: 'Deployment' })).not.toContain('volumeClaimTemplate');
    expect(volumeTypesFor({ kind: 'StatefulSet' })).toContain('volumeClaimTemplate');
  });
});
