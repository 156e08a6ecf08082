import type { EdgeGeometry } from '../canvas/edgeGeometry';
import type { ContainerNode, StudioEdge, StudioNode, VolumeNode } from '../canvas/flowTypes';
import { type Box, IMAGE_MARGIN, unionOf } from './imageFrame';

/** The colours of the current theme, read from the canvas' style sheet variables. */
export interface DiagramTheme {
  background: string;
  text: string;
  textMuted: string;
  podBg: string;
  podBorder: string;
  chipBg: string;
  chipText: string;
  nodeBg: string;
  volume: string;
  mountEdge: string;
  readOnlyEdge: string;
  link: string;
  accent: string;
  roles: Record<
    ContainerNode['data']['placement'],
    { line: string; badgeBg: string; badgeText: string }
  >;
}

const SANS = 'DejaVu Sans, Verdana, Arial, sans-serif';
const MONO = 'DejaVu Sans Mono, Menlo, Consolas, monospace';

/** Text made safe inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `text` cut with an ellipsis so that it fits `width` pixels at `charWidth` pixels a character. */
export function fitText(text: string, width: number, charWidth: number): string {
  const room = Math.max(1, Math.floor(width / charWidth));
  return text.length <= room ? text : `${text.slice(0, Math.max(0, room - 1))}…`;
}

const n = (value: number) => Math.round(value * 10) / 10;

function textAt(
  x: number,
  y: number,
  text: string,
  attributes: { size: number; fill: string; weight?: number; mono?: boolean; anchor?: string },
): string {
  const weight = attributes.weight ? ` font-weight="${attributes.weight}"` : '';
  const anchor = attributes.anchor ? ` text-anchor="${attributes.anchor}"` : '';
  return `<text x="${n(x)}" y="${n(y)}" font-family="${attributes.mono ? MONO : SANS}" font-size="${attributes.size}"${weight}${anchor} fill="${escapeXml(attributes.fill)}">${escapeXml(text)}</text>`;
}

function rect(box: Box, attributes: string): string {
  return `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" ${attributes}/>`;
}

const boxOf = (node: StudioNode, origin: { x: number; y: number }): Box => ({
  x: origin.x + node.position.x,
  y: origin.y + node.position.y,
  width: node.width ?? 0,
  height: node.height ?? 0,
});

function containerShape(node: ContainerNode, box: Box, theme: DiagramTheme): string {
  const role = theme.roles[node.data.placement];
  const dashed = node.data.placement === 'legacy-sidecar' ? ' stroke-dasharray="6 4"' : '';
  const badgeWidth = node.data.badge.length * 6.4 + 10;
  const parts = [
    rect(box, `rx="8" fill="${theme.nodeBg}" stroke="${role.line}" stroke-width="2"${dashed}`),
    rect({ x: box.x, y: box.y, width: 6, height: box.height }, `fill="${role.line}"`),
    rect(
      { x: box.x + 14, y: box.y + 7, width: badgeWidth, height: 16 },
      `rx="4" fill="${role.badgeBg}"`,
    ),
    textAt(box.x + 19, box.y + 19, node.data.badge, {
      size: 11,
      fill: role.badgeText,
      weight: 600,
    }),
  ];
  if (node.data.initOrder !== undefined) {
    const order = `#${node.data.initOrder}`;
    parts.push(
      rect(
        {
          x: box.x + box.width - 14 - order.length * 7 - 8,
          y: box.y + 7,
          width: order.length * 7 + 8,
          height: 16,
        },
        `rx="4" fill="${role.badgeBg}"`,
      ),
      textAt(box.x + box.width - 18, box.y + 19, order, {
        size: 11,
        fill: role.badgeText,
        weight: 600,
        anchor: 'end',
      }),
    );
  }
  parts.push(
    textAt(box.x + 14, box.y + 44, fitText(node.data.name, box.width - 24, 10), {
      size: 16,
      fill: theme.text,
      weight: 700,
    }),
  );
  if (node.data.image) {
    parts.push(
      textAt(box.x + 14, box.y + 62, fitText(node.data.image, box.width - 24, 6.7), {
        size: 11,
        fill: theme.textMuted,
        mono: true,
      }),
    );
  }
  if (node.data.kubectlDefault) {
    const text = 'kubectl default';
    const width = text.length * 6.1 + 10;
    const pill = {
      x: box.x + box.width - width - 6,
      y: box.y + box.height - 20,
      width,
      height: 15,
    };
    parts.push(
      rect(pill, `rx="7.5" fill="${theme.background}" stroke="${theme.accent}"`),
      textAt(pill.x + 5, pill.y + 11, text, {
        size: 10,
        fill: theme.accent,
        weight: 600,
        mono: true,
      }),
    );
  }
  return `<g>${parts.join('')}</g>`;
}

function volumeShape(node: VolumeNode, box: Box, theme: DiagramTheme): string {
  const middle = box.x + box.width / 2;
  return `<g>${[
    rect(box, `rx="20" fill="${theme.nodeBg}" stroke="${theme.volume}" stroke-width="2"`),
    textAt(middle, box.y + 20, fitText(node.data.name, box.width - 24, 8.6), {
      size: 14,
      fill: theme.text,
      weight: 700,
      anchor: 'middle',
    }),
    textAt(middle, box.y + 35, node.data.type, {
      size: 11,
      fill: theme.textMuted,
      mono: true,
      anchor: 'middle',
    }),
  ].join('')}</g>`;
}

function edgeShape(edge: StudioEdge, geometry: EdgeGeometry, theme: DiagramTheme): string {
  const data = edge.data;
  if (!data) return '';
  const kind = data.kind === 'link' ? 'link' : data.readOnly ? 'read-only' : 'mount';
  const colour =
    kind === 'link' ? theme.link : kind === 'read-only' ? theme.readOnlyEdge : theme.mountEdge;
  const dash =
    kind === 'link'
      ? ' stroke-dasharray="2 5" stroke-linecap="round"'
      : kind === 'read-only'
        ? ' stroke-dasharray="7 4"'
        : '';
  const marker = kind === 'link' ? ' marker-end="url(#link-arrow)"' : '';
  const parts = [
    `<path d="${geometry.path}" fill="none" stroke="${colour}" stroke-width="${kind === 'link' ? 2.5 : 1.75}"${dash}${marker}/>`,
  ];
  const label = geometry.label;
  if (label) {
    parts.push(
      rect(label, `rx="3" fill="${theme.background}"`),
      textAt(label.x + 5, label.y + 13, data.label, {
        size: 12,
        fill: kind === 'mount' ? theme.text : colour,
        mono: true,
        ...(kind === 'link' && { weight: 600 }),
      }),
    );
  } else {
    parts.push(
      `<circle cx="${n(geometry.marker.x)}" cy="${n(geometry.marker.y)}" r="5" fill="${colour}"/>`,
    );
  }
  return `<g>${parts.join('')}</g>`;
}

/**
 * The diagram as a standalone SVG document: shapes and text only (no HTML, no foreignObject),
 * so that any SVG renderer draws it as the canvas does. Edges must carry their geometry.
 */
export function svgDiagram(
  nodes: readonly StudioNode[],
  edges: readonly StudioEdge[],
  theme: DiagramTheme,
): { svg: string; width: number; height: number } {
  const pod = nodes.find((node) => node.type === 'pod');
  const origin = pod?.position ?? { x: 0, y: 0 };
  const podBox = pod ? boxOf(pod, { x: 0, y: 0 }) : null;
  const labelBoxes = edges.flatMap((e) => (e.data?.geometry?.label ? [e.data.geometry.label] : []));
  const bounds = unionOf([...(podBox ? [podBox] : []), ...labelBoxes]) ?? {
    x: 0,
    y: 0,
    width: 1,
    height: 1,
  };
  const width = Math.ceil(bounds.width + 2 * IMAGE_MARGIN);
  const height = Math.ceil(bounds.height + 2 * IMAGE_MARGIN);
  const shift = `translate(${n(IMAGE_MARGIN - bounds.x)} ${n(IMAGE_MARGIN - bounds.y)})`;
  const body: string[] = [];
  if (pod?.type === 'pod' && podBox) {
    const kindWidth = pod.data.kind.length * 8 + 12;
    body.push(
      rect(podBox, `rx="12" fill="${theme.podBg}" stroke="${theme.podBorder}" stroke-width="2"`),
      `<line x1="${n(podBox.x)}" y1="${n(podBox.y + 44)}" x2="${n(podBox.x + podBox.width)}" y2="${n(podBox.y + 44)}" stroke="${theme.podBorder}" stroke-dasharray="4 3"/>`,
      rect(
        { x: podBox.x + 12, y: podBox.y + 13, width: kindWidth, height: 19 },
        `rx="4" fill="${theme.chipBg}"`,
      ),
      textAt(podBox.x + 18, podBox.y + 27, pod.data.kind.toUpperCase(), {
        size: 11,
        fill: theme.chipText,
        weight: 700,
      }),
      textAt(podBox.x + 22 + kindWidth, podBox.y + 28, pod.data.name, {
        size: 15,
        fill: theme.text,
        weight: 700,
      }),
    );
  }
  for (const edge of edges) {
    if (edge.data?.geometry) body.push(edgeShape(edge, edge.data.geometry, theme));
  }
  for (const node of nodes) {
    if (node.type === 'container') body.push(containerShape(node, boxOf(node, origin), theme));
    if (node.type === 'volume') body.push(volumeShape(node, boxOf(node, origin), theme));
  }
  const defs = `<defs><marker id="link-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${theme.link}"/></marker></defs>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${defs}<rect width="100%" height="100%" fill="${theme.background}"/><g transform="${shift}">${body.join('')}</g></svg>`;
  return { svg, width, height };
}
