import type { EdgeRoute } from '../../layout/podLayout';
import { labelSize } from '../../layout/sizes';
import type { Position } from '../../model/types';
import type { Box } from './reveal';

/** An edge as the geometry needs it: its ends, its label text, and ELK's route if it has one. */
export interface EdgeInput {
  id: string;
  source: string;
  target: string;
  label: string;
  /** The route of the last automatic layout, when both ends are still where it put them. */
  route?: EdgeRoute;
}

/** Where an edge is drawn and where its label goes (its top-left corner), or that it is folded. */
export interface EdgeGeometry {
  path: string;
  /** The label's box, or null when no free place was found: then only a marker is drawn. */
  label: Box | null;
  /** Where the marker of a folded label goes. */
  marker: Position;
}

const overlaps = (a: Box, b: Box, margin = 2) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

/** A polyline with rounded corners, as an SVG path. */
export function roundedPath(points: readonly Position[], radius = 8): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let path = `M ${first.x},${first.y}`;
  rest.forEach((point, index) => {
    const next = rest[index + 1];
    const previous = index === 0 ? first : (rest[index - 1] as Position);
    if (!next) {
      path += ` L ${point.x},${point.y}`;
      return;
    }
    const inLength = Math.hypot(point.x - previous.x, point.y - previous.y);
    const outLength = Math.hypot(next.x - point.x, next.y - point.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    const before = {
      x: point.x - ((point.x - previous.x) / (inLength || 1)) * r,
      y: point.y - ((point.y - previous.y) / (inLength || 1)) * r,
    };
    const after = {
      x: point.x + ((next.x - point.x) / (outLength || 1)) * r,
      y: point.y + ((next.y - point.y) / (outLength || 1)) * r,
    };
    path += ` L ${before.x},${before.y} Q ${point.x},${point.y} ${after.x},${after.y}`;
  });
  return path;
}

interface Curve {
  from: Position;
  c1: Position;
  c2: Position;
  to: Position;
}

/** A curve from the side of `source` facing `target` to the facing side of `target`. */
function curveBetween(source: Box, target: Box): Curve {
  const forward = source.x + source.width / 2 <= target.x + target.width / 2;
  const from = {
    x: forward ? source.x + source.width : source.x,
    y: source.y + source.height / 2,
  };
  const to = { x: forward ? target.x : target.x + target.width, y: target.y + target.height / 2 };
  const pull = Math.max(40, Math.abs(to.x - from.x) / 2) * (forward ? 1 : -1);
  return { from, c1: { x: from.x + pull, y: from.y }, c2: { x: to.x - pull, y: to.y }, to };
}

function pointOn(curve: Curve, t: number): Position {
  const u = 1 - t;
  const at = (a: number, b: number, c: number, d: number) =>
    u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
  return {
    x: at(curve.from.x, curve.c1.x, curve.c2.x, curve.to.x),
    y: at(curve.from.y, curve.c1.y, curve.c2.y, curve.to.y),
  };
}

/** Places along a curve a label may go, best first. */
const LABEL_STOPS = [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72, 0.2, 0.8, 0.12, 0.88];
/** How far above or below its curve a label may move, nearest first. */
const LABEL_SHIFTS = [0, -14, 14, -28, 28, -42, 42, -56, 56, -70, 70];

/**
 * The paths and label places of the edges among `nodes`. An edge with a route follows it and
 * puts its label where the layout reserved room; any other edge is a curve between the facing
 * sides of its ends, its label at the first place along it that touches no node and no label
 * already placed. A label with no free place is folded into a marker (shown in full on hover).
 */
export function edgeGeometry(
  nodes: ReadonlyMap<string, Box>,
  edges: readonly EdgeInput[],
): Map<string, EdgeGeometry> {
  const result = new Map<string, EdgeGeometry>();
  const placed: Box[] = [];
  const nodeBoxes = [...nodes.values()];
  const free = (box: Box, margin = 2) =>
    !nodeBoxes.some((n) => overlaps(box, n, margin)) &&
    !placed.some((l) => overlaps(box, l, margin));
  const routed = edges.filter((e) => e.route);
  const curved = edges.filter((e) => !e.route);
  for (const edge of routed) {
    const route = edge.route as EdgeRoute;
    const size = labelSize(edge.label);
    const label = route.label ? { ...route.label, ...size } : null;
    const fits = label !== null && free(label, 0);
    if (fits) placed.push(label);
    const middle = route.points[Math.floor(route.points.length / 2)] ?? { x: 0, y: 0 };
    result.set(edge.id, {
      path: roundedPath(route.points),
      label: fits ? label : null,
      marker: middle,
    });
  }
  for (const edge of curved) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) continue;
    const curve = curveBetween(source, target);
    const size = labelSize(edge.label);
    let label: Box | null = null;
    search: for (const shift of LABEL_SHIFTS) {
      for (const t of LABEL_STOPS) {
        const at = pointOn(curve, t);
        const box = { x: at.x - size.width / 2, y: at.y - size.height / 2 + shift, ...size };
        if (free(box)) {
          label = box;
          break search;
        }
      }
    }
    if (label) placed.push(label);
    const { from, c1, c2, to } = curve;
    result.set(edge.id, {
      path: `M ${from.x},${from.y} C ${c1.x},${c1.y} ${c2.x},${c2.y} ${to.x},${to.y}`,
      label,
      marker: pointOn(curve, 0.5),
    });
  }
  return result;
}
