import type { NodeProps } from '@xyflow/react';
import { FirstRun } from '../app/FirstRun';
import type { PodNode } from './flowTypes';

/**
 * The pod: a frame labelled with the workload kind and name, holding the container nodes. While
 * it has no containers it says so and offers the example.
 */
export function PodNodeView({ data }: NodeProps<PodNode>) {
  return (
    <div className="pod-node">
      <div className="pod-node__header">
        <span className="pod-node__kind">{data.kind}</span>
        <span className="pod-node__name">{data.name}</span>
      </div>
      {data.empty && (
        <div className="pod-node__empty">
          <p>
            This pod has no containers yet. Add a main container for your application, then the
            sidecars and init containers that help it.
          </p>
          <div className="pod-node__example nodrag nopan">
            <FirstRun place="pod" />
          </div>
        </div>
      )}
    </div>
  );
}
