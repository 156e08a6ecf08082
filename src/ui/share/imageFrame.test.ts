import { describe, expect, it } from 'vitest';
import { imageFileName, imageSizeFor, unionOf } from './imageFrame';

describe('unionOf', () => {
  it('holds every box', () => {
    expect(
      unionOf([
        { x: 10, y: 20, width: 100, height: 50 },
        { x: -5, y: 60, width: 20, height: 40 },
      ]),
    ).toEqual({ x: -5, y: 20, width: 115, height: 80 });
  });
  it('skips boxes without an area or with broken numbers', () => {
    expect(
      unionOf([
        { x: 0, y: 0, width: 0, height: 10 },
        { x: Number.NaN, y: 0, width: 5, height: 5 },
        { x: 1, y: 2, width: 3, height: 4 },
      ]),
    ).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(unionOf([])).toBeNull();
  });
});

describe('imageSizeFor', () => {
  it('adds the margin on every side and rounds up to whole pixels', () => {
    expect(imageSizeFor({ x: 3, y: 4, width: 100.2, height: 50 }, 24)).toEqual({
      width: 149,
      height: 98,
    });
  });
});

describe('imageFileName', () => {
  it('names the image after the YAML export', () => {
    expect(imageFileName('web.yaml', 'png')).toBe('web.png');
    expect(imageFileName('workload.yaml', 'svg')).toBe('workload.svg');
  });
});
