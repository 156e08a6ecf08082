/** Sizes and spacing of the diagram, in diagram units (pixels at 100% zoom). */
export const CONTAINER_SIZE = { width: 200, height: 72 };
export const VOLUME_SIZE = { width: 200, height: 44 };
/** The space between the pod's frame and what it holds. */
export const POD_PADDING = 24;
/** The height of the pod's header (its kind and name). */
export const POD_HEADER = 44;
export const EMPTY_POD_SIZE = { width: 440, height: 220 };
export const MIN_POD_SIZE = { width: 320, height: 160 };

/** Edge labels are set in a 12 px monospace font: every character is about 0.6 em wide. */
export const LABEL_FONT_SIZE = 12;
export const LABEL_CHAR_WIDTH = 7.3;
export const LABEL_PADDING_X = 5;
export const LABEL_HEIGHT = 18;

/** Where the first child of the pod sits, relative to the pod's corner. */
export const POD_ORIGIN = { x: POD_PADDING, y: POD_HEADER + POD_PADDING / 2 };

/** The drawn size of an edge label holding `text`. */
export function labelSize(text: string): { width: number; height: number } {
  return {
    width: Math.ceil(text.length * LABEL_CHAR_WIDTH + 2 * LABEL_PADDING_X),
    height: LABEL_HEIGHT,
  };
}
