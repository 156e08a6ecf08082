/** An SVG path and where its label goes. */
export interface EdgePath {
  path: string;
  labelX: number;
  labelY: number;
}

/**
 * The arc of a port link: from the top of one container up and over to the top of the other, so
 * that it passes above the containers between them. Links drawn right to left arc higher than
 * those drawn left to right, so a link each way between two containers shows as two arcs.
 */
export function linkArc(sourceX: number, sourceY: number, targetX: number, targetY: number) {
  const rising = sourceX <= targetX ? 0 : 28;
  const lift = 36 + rising + Math.min(80, Math.abs(targetX - sourceX) * 0.12);
  const top = Math.min(sourceY, targetY) - lift;
  const path = `M ${sourceX},${sourceY} C ${sourceX},${top} ${targetX},${top} ${targetX},${targetY}`;
  // The middle of a cubic Bézier: (P0 + 3·P1 + 3·P2 + P3) / 8.
  const labelX = (sourceX + targetX) / 2;
  const labelY = (sourceY + 3 * top + 3 * top + targetY) / 8;
  const result: EdgePath = { path, labelX, labelY };
  return result;
}
