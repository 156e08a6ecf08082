import { Handle, type NodeProps, Position } from '@xyflow/react';
import type { VolumeNode } from './flowTypes';

/** One pod volume: its name and its type. */
export function VolumeNodeView({ data, selected }: NodeProps<VolumeNode>) {
  return (
    <div className={`volume-node${selected ? ' is-selected' : ''}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="volume-node__name">{data.name}</div>
      <div className="volume-node__type">{data.type}</div>
    </div>
  );
}
