import { describe, expect, it } from 'vitest';
import { linkArc } from './linkArc';

describe('the arc of a port link', () => {
  it('runs from the top of one container over to the top of the other', () => {
    const arc = linkArc(100, 200, 500, 200);
    expect(arc.path.startsWith('M 100,200 C 100,')).toBe(true);
    expect(arc.path.endsWith(' 500,200')).toBe(true);
    expect(arc.labelX).toBe(300);
    expect(arc.labelY).toBeLessThan(200 - 30);
  });

  it('draws the way back higher, so that two links between the same containers both show', () => {
    expect(linkArc(500, 200, 100, 200).labelY).toBeLessThan(linkArc(100, 200, 500, 200).labelY);
  });
});
