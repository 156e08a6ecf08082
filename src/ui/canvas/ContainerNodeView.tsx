import { Handle, type NodeProps, Position } from '@xyflow/react';
import type { ContainerNode } from './flowTypes';

/** One container: its name, a badge saying how it runs and, in `initContainers`, its order. */
export function ContainerNodeView({ data, selected }: NodeProps<ContainerNode>) {
  return (
    <div
      className={`container-node container-node--${data.placement}${selected ? ' is-selected' : ''}`}
    >
      <div className="container-node__top">
        <span className="container-node__badge">{data.badge}</span>
        {data.initOrder !== undefined && (
          <span className="container-node__order" title="Start order among init containers">
            #{data.initOrder}
          </span>
        )}
      </div>
      <div className="container-node__name">{data.name}</div>
      {data.image && <div className="container-node__image">{data.image}</div>}
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}
