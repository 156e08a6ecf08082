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

/** The pan and zoom of a viewport transform such as `translate(10px, -4px) scale(0.8)`. */
export function readTransform(transform: string): { x: number; y: number; zoom: number } {
  const number = '(-?[\\d.]+(?:e-?\\d+)?)';
  const translate = new RegExp(`translate(?:3d)?\\(\\s*${number}px,\\s*${number}px`).exec(
    transform,
  );
  const scale = new RegExp(`scale\\(\\s*${number}`).exec(transform);
  const x = Number(translate?.[1] ?? 0);
  const y = Number(translate?.[2] ?? 0);
  const zoom = Number(scale?.[1] ?? 1);
  return {
    x: Number.isFinite(x) ? x : 0,
    y: Number.isFinite(y) ? y : 0,
    zoom: Number.isFinite(zoom) && zoom > 0 ? zoom : 1,
  };
}

/** A box on screen, in the diagram's coordinates, given where the diagram's origin is and its zoom. */
export function toDiagram(screen: Box, origin: { left: number; top: number }, zoom: number): Box {
  return {
    x: (screen.x - origin.left) / zoom,
    y: (screen.y - origin.top) / zoom,
    width: screen.width / zoom,
    height: screen.height / zoom,
  };
}

/**
 * The file name of an image of a design: the `.yaml` export's name with the image's extension.
 */
export function imageFileName(yamlFileName: string, format: 'png' | 'svg'): string {
  return `${yamlFileName.replace(/\.yaml$/, '')}.${format}`;
}

/** The first colour that is not transparent, or `fallback`. */
export function firstOpaque(colours: readonly string[], fallback: string): string {
  const transparent = /^(transparent|rgba\(.*,\s*0\)|rgb\(.*\/\s*0\))$/i;
  return colours.find((c) => c.trim() !== '' && !transparent.test(c.trim())) ?? fallback;
}
