import type { Design } from '../../model/types';
import { layoutStore } from '../canvas/layoutState';
import { toFlow } from '../canvas/toFlow';
import { withGeometry } from '../canvas/useEdgeGeometry';
import { PNG_PIXEL_RATIO } from './imageFrame';
import { type DiagramTheme, svgDiagram } from './svgDiagram';

export type ImageFormat = 'png' | 'svg';

/** An image of the diagram, ready to download. */
export interface DiagramImage {
  blob: Blob;
  /** The size of the diagram with its margin, in pixels of the diagram. */
  width: number;
  height: number;
}

/** The colours of the canvas in the current theme. */
function themeOf(canvas: Element): DiagramTheme {
  const style = getComputedStyle(canvas);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const role = (name: string) => ({
    line: v(`--${name}`, '#1d4ed8'),
    badgeBg: v(`--${name}-badge-bg`, '#dbeafe'),
    badgeText: v(`--${name}-badge-text`, '#1e3a8a'),
  });
  return {
    background: v('--surface', '#ffffff'),
    text: v('--text', '#1b1f24'),
    textMuted: v('--text-muted', '#57606a'),
    podBg: v('--pod-bg', '#edf2f7'),
    podBorder: v('--pod-border', '#8b98a9'),
    chipBg: v('--pod-chip-bg', '#4b5563'),
    chipText: v('--pod-chip-text', '#ffffff'),
    nodeBg: v('--node-bg', '#ffffff'),
    volume: v('--volume', '#4b5563'),
    mountEdge: v('--mount-edge', '#475569'),
    readOnlyEdge: v('--read-only-edge', '#0369a1'),
    link: v('--link', '#be185d'),
    accent: v('--accent', '#0b5cad'),
    roles: {
      main: role('main'),
      'native-sidecar': role('native'),
      'legacy-sidecar': role('legacy'),
      init: role('init'),
    },
  };
}

/** Draws an SVG document on a canvas `ratio` times its size and returns it as a PNG. */
async function toPng(svg: string, width: number, height: number, ratio: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not draw the picture.');
  context.scale(ratio, ratio);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('The browser could not draw the picture.');
  return blob;
}

/**
 * Draws the whole diagram of `design` at its own size with a margin, in the colours of the
 * canvas found in `root`: an SVG of shapes and text, or a PNG of it at twice the size.
 */
export async function drawDiagram(
  root: ParentNode,
  format: ImageFormat,
  design: Design,
): Promise<DiagramImage> {
  const canvas = root.querySelector('.pod-canvas') ?? document.querySelector('.pod-canvas');
  if (!canvas) throw new Error('The diagram is not on the page.');
  const flow = toFlow(design);
  const edges = withGeometry(flow.nodes, flow.edges, layoutStore.getState().last);
  const { svg, width, height } = svgDiagram(flow.nodes, edges, themeOf(canvas));
  if (format === 'svg') {
    return { blob: new Blob([svg], { type: 'image/svg+xml' }), width, height };
  }
  return { blob: await toPng(svg, width, height, PNG_PIXEL_RATIO), width, height };
}
