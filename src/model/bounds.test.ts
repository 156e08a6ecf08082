import { describe, expect, it } from 'vitest';
import { DESIGN_ANNOTATION, readDesignFacts } from '../manifest/annotation';
import { restoreManifest } from '../manifest/restore/index';
import { designsOf } from '../manifest/workloads';
import { createEnvelope, serialiseEnvelope } from '../persist/envelope';
import { parseSavedState } from '../persist/parse';
import { decodeShareLink, encodeShareLink } from '../persist/shareLink';
import { clampPosition, MAX_COORDINATE } from './bounds';
import { starterDesign } from './create';
import type { Design } from './types';

const FAR = 9_000_000;

function crafted(): Design {
  const design = starterDesign();
  const [first, second] = Object.keys(design.positions);
  return {
    ...design,
    positions: {
      ...design.positions,
      ...(first && { [first]: { x: FAR, y: -FAR } }),
      ...(second && { [second]: { x: 12.5, y: 40 } }),
    },
  };
}

function expectInside(design: Design): void {
  for (const p of Object.values(design.positions)) {
    expect(Math.abs(p.x)).toBeLessThanOrEqual(MAX_COORDINATE);
    expect(Math.abs(p.y)).toBeLessThanOrEqual(MAX_COORDINATE);
  }
}

describe('positions from outside are clamped', () => {
  it('keeps sane coordinates and pulls far ones to the bound', () => {
    expect(clampPosition({ x: 12.5, y: -40 })).toEqual({ x: 12.5, y: -40 });
    expect(clampPosition({ x: FAR, y: -FAR })).toEqual({ x: MAX_COORDINATE, y: -MAX_COORDINATE });
    expect(clampPosition({ x: Number.NaN, y: Number.POSITIVE_INFINITY })).toEqual({ x: 0, y: 0 });
  });

  it('in a design annotation', () => {
    const facts = readDesignFacts(
      JSON.stringify({ v: 1, positions: { 'container:app': [FAR, 3e300], 'volume:v': [5, 6] } }),
    );
    expect(facts?.positions).toEqual({
      'container:app': { x: MAX_COORDINATE, y: MAX_COORDINATE },
      'volume:v': { x: 5, y: 6 },
    });
  });

  it('in an imported manifest', () => {
    const facts = JSON.stringify({ v: 1, positions: { 'container:app': [-FAR, FAR] } });
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    ${DESIGN_ANNOTATION}: '${facts}'
spec:
  containers:
    - name: app
      image: nginx:1.27
`;
    const result = restoreManifest(text);
    if (!result.ok) throw new Error(result.error.message);
    const [design] = designsOf(result.file);
    expect(design?.positions['container:app']).toEqual({ x: -MAX_COORDINATE, y: MAX_COORDINATE });
  });

  it('in saved state', () => {
    const text = serialiseEnvelope(
      createEnvelope(crafted(), { tabId: 't', revision: 1 }, new Date()),
    );
    const result = parseSavedState(text);
    if (!result.ok) throw new Error(result.reason);
    expectInside(result.design);
    expect(Object.values(result.design.positions)).toContainEqual({ x: 12.5, y: 40 });
  });

  it('in a share link', () => {
    const result = decodeShareLink(encodeShareLink(crafted()));
    if (!result.ok) throw new Error(result.reason);
    expectInside(result.design);
    expect(Object.values(result.design.positions)).toContainEqual({
      x: MAX_COORDINATE,
      y: -MAX_COORDINATE,
    });
  });
});
