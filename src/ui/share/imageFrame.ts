/** A rectangle in the diagram's own coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The space left around the diagram in an exported image, in pixels of the diagram. */
export const IMAGE_MARGIN = 24;

/** Pixels of the PNG per pixel of the diagram, so that text stays sharp when zoomed. */
export const PNG_PIXEL_RATIO = 2;

/** The smallest box holding every box given; null when none has an area. */
export function unionOf(boxes: readonly Box[]): Box | null {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    const values = [box.x, box.y, box.width, box.height];
    if (!values.every(Number.isFinite) || box.width <= 0 || box.height <= 0) continue;
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  if (left === Number.POSITIVE_INFINITY) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The size of an image of a diagram that fills `bounds`, with `margin` on every side. */
export function imageSizeFor(bounds: Box, margin: number = IMAGE_MARGIN) {
  return {
    width: Math.ceil(bounds.width + 2 * margin),
    height: Math.ceil(bounds.height + 2 * margin),
  };
}

/**
 * The file name of an image of a design: the `.yaml` export's name with the image's extension.
 */
export function imageFileName(yamlFileName: string, format: 'png' | 'svg' | 'mmd'): string {
  return `${yamlFileName.replace(/\.yaml$/, '')}.${format}`;
}
