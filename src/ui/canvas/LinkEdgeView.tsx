import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { StudioEdge } from './flowTypes';
import { linkArc } from './linkArc';

/** A port link: an arrow arcing over the containers, labelled `localhost:PORT`. */
export function LinkEdgeView({
  sourceX,
  sourceY,
  targetX,
  targetY,
  label,
  markerEnd,
  style,
}: EdgeProps<StudioEdge>) {
  const { path, labelX, labelY } = linkArc(sourceX, sourceY, targetX, targetY);
  return (
    <BaseEdge
      path={path}
      labelX={labelX}
      labelY={labelY}
      label={label}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      {...(markerEnd !== undefined && { markerEnd })}
      {...(style !== undefined && { style })}
    />
  );
}
