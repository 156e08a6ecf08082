import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';
import {
  type Box,
  firstOpaque,
  IMAGE_MARGIN,
  imageSizeFor,
  PNG_PIXEL_RATIO,
  readTransform,
  toDiagram,
  unionOf,
} from './imageFrame';

export type ImageFormat = 'png' | 'svg';

/** An image of the diagram, ready to download. */
export interface DiagramImage {
  blob: Blob;
  /** The size of the diagram with its margin, in pixels of the diagram. */
  width: number;
  height: number;
}

function boxOf(rect: DOMRect): Box {
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

/** The nodes drawn in `viewport`, where React Flow placed them, in the diagram's coordinates. */
function drawnNodes(viewport: HTMLElement): Node[] {
  return [...viewport.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => {
    const { x, y } = readTransform(element.style.transform);
    return {
      id: element.dataset.id ?? '',
      position: { x, y },
      data: {},
      measured: { width: element.offsetWidth, height: element.offsetHeight },
    };
  });
}

/** The links and their labels, which may reach beyond the nodes, in the diagram's coordinates. */
function drawnLinks(viewport: HTMLElement): Box[] {
  const origin = viewport.getBoundingClientRect();
  const { zoom } = readTransform(viewport.style.transform);
  const elements = viewport.querySelectorAll(
    '.react-flow__edge path, .react-flow__edgelabel-renderer > *',
  );
  return [...elements].map((element) =>
    toDiagram(boxOf(element.getBoundingClientRect()), origin, zoom),
  );
}

/** The colour behind the diagram in the current theme. */
function backgroundOf(canvas: HTMLElement): string {
  const colours: string[] = [];
  for (
    let element: HTMLElement | null = canvas;
    element !== null;
    element = element.parentElement
  ) {
    colours.push(getComputedStyle(element).backgroundColor);
  }
  return firstOpaque(colours, '#ffffff');
}

/** What the picture needs of the links' drawing, which the picture would otherwise lose. */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
] as const;

/**
 * Runs `draw` with the computed look of every drawn link written on the link itself, then takes
 * it off again: links take their colours from style sheet variables, which the picture cannot
 * follow.
 */
async function withLinkStylesInlined<T>(viewport: HTMLElement, draw: () => Promise<T>): Promise<T> {
  const elements = [...viewport.querySelectorAll<SVGElement>('svg *')];
  const before = elements.map((element) => element.getAttribute('style'));
  for (const element of elements) {
    const computed = getComputedStyle(element);
    for (const property of SVG_PROPERTIES) {
      element.style.setProperty(property, computed.getPropertyValue(property));
    }
  }
  try {
    return await draw();
  } finally {
    elements.forEach((element, index) => {
      const style = before[index];
      if (style === null || style === undefined) element.removeAttribute('style');
      else element.setAttribute('style', style);
    });
  }
}

/**
 * Draws the whole diagram, at its own size (not the canvas's zoom) with a margin, on the current
 * theme's background: React Flow's viewport is rendered with a transform that frames the nodes'
 * bounds exactly.
 */
export async function drawDiagram(root: ParentNode, format: ImageFormat): Promise<DiagramImage> {
  const canvas = root.querySelector<HTMLElement>('.react-flow');
  const viewport = canvas?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!canvas || !viewport) throw new Error('The diagram is not on the page.');
  const nodes = drawnNodes(viewport);
  const nodeBounds = nodes.length === 0 ? null : getNodesBounds(nodes);
  const bounds = unionOf([...(nodeBounds ? [nodeBounds] : []), ...drawnLinks(viewport)]);
  if (bounds === null) throw new Error('The diagram is empty.');
  const { width, height } = imageSizeFor(bounds, IMAGE_MARGIN);
  const frame = getViewportForBounds(bounds, width, height, 1, 1, 0);
  const options = {
    backgroundColor: backgroundOf(canvas),
    width,
    height,
    skipFonts: true,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${frame.x}px, ${frame.y}px) scale(${frame.zoom})`,
    },
  };
  if (format === 'png') {
    const blob = await withLinkStylesInlined(viewport, () =>
      toBlob(viewport, { ...options, pixelRatio: PNG_PIXEL_RATIO }),
    );
    if (blob === null) throw new Error('The browser could not draw the picture.');
    return { blob, width, height };
  }
  const dataUrl = await withLinkStylesInlined(viewport, () => toSvg(viewport, options));
  const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return { blob: new Blob([svg], { type: 'image/svg+xml' }), width, height };
}
