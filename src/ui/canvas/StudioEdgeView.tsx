import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { StudioEdge } from './flowTypes';

/**
 * A mount or a port link, drawn where the canvas placed it (see edgeGeometry). Its label sits in
 * the room kept for it; a label that found no free room is folded into a small marker that shows
 * the full text when hovered.
 */
export function StudioEdgeView({ data, markerEnd }: EdgeProps<StudioEdge>) {
  const geometry = data?.geometry;
  if (!data || !geometry) return null;
  const full = data.kind === 'mount' ? data.mountPath : data.label;
  const kind = data.kind === 'link' ? 'link' : data.readOnly ? 'read-only' : 'mount';
  const { label, marker } = geometry;
  return (
    <>
      <BaseEdge path={geometry.path} {...(markerEnd !== undefined && { markerEnd })} />
      <EdgeLabelRenderer>
        {label ? (
          <div
            className={`studio-edge-label studio-edge-label--${kind}`}
            style={{
              transform: `translate(${label.x}px, ${label.y}px)`,
              width: label.width,
              height: label.height,
            }}
            title={data.kind === 'mount' && data.readOnly ? `${full} (read-only)` : full}
            data-full={full}
          >
            {data.label}
          </div>
        ) : (
          <div
            className={`studio-edge-marker studio-edge-label--${kind}`}
            style={{ transform: `translate(${marker.x - 5}px, ${marker.y - 5}px)` }}
            data-label={data.label}
            title={full}
          />
        )}
      </EdgeLabelRenderer>
    </>
  );
}
