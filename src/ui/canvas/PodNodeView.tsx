import type { NodeProps } from '@xyflow/react';
import type { PodNode } from './flowTypes';

/** The pod: a frame labelled with the workload kind and name, holding the container nodes. */
export function PodNodeView({ data }: NodeProps<PodNode>) {
  return (
    <div className="pod-node">
      <div className="pod-node__header">
        <span className="pod-node__kind">{data.kind}</span>
        <span className="pod-node__name">{data.name}</span>
      </div>
      {data.empty && (
        <p className="pod-node__empty">
          This pod has no containers yet. Add a main container for your application, then the
          sidecars and init containers that help it.
        </p>
      )}
    </div>
  );
}
