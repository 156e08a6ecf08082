import { describe, expect, it } from 'vitest';
import {
  firstOpaque,
  imageFileName,
  imageSizeFor,
  readTransform,
  toDiagram,
  unionOf,
} from './imageFrame';

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

describe('readTransform', () => {
  it('reads React Flow viewport and node transforms', () => {
    expect(readTransform('translate(12.5px, -40px) scale(0.75)')).toEqual({
      x: 12.5,
      y: -40,
      zoom: 0.75,
    });
    expect(readTransform('translate(80px,120px)')).toEqual({ x: 80, y: 120, zoom: 1 });
    expect(readTransform('')).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});

describe('toDiagram', () => {
  it('undoes the pan and zoom of the canvas', () => {
    expect(
      toDiagram({ x: 150, y: 60, width: 50, height: 20 }, { left: 100, top: 40 }, 0.5),
    ).toEqual({ x: 100, y: 40, width: 100, height: 40 });
  });
});

describe('imageFileName', () => {
  it('names the image after the YAML export', () => {
    expect(imageFileName('web.yaml', 'png')).toBe('web.png');
    expect(imageFileName('workload.yaml', 'svg')).toBe('workload.svg');
  });
});

describe('firstOpaque', () => {
  it('finds the first colour that shows', () => {
    expect(firstOpaque(['rgba(0, 0, 0, 0)', 'transparent', 'rgb(29, 32, 38)'], '#fff')).toBe(
      'rgb(29, 32, 38)',
    );
    expect(firstOpaque(['rgba(0, 0, 0, 0)'], '#fff')).toBe('#fff');
  });
});
