import { Handle, type NodeProps, Position, useConnection } from '@xyflow/react';
import { HANDLES, type VolumeNode } from './flowTypes';

/** One pod volume: its name and its type. A connection from a container can end anywhere on it. */
export function VolumeNodeView({ data, selected, isConnectable }: NodeProps<VolumeNode>) {
  const connecting = useConnection((connection) => connection.inProgress);
  return (
    <div className={`volume-node${selected ? ' is-selected' : ''}`}>
      <Handle
        type="target"
        id={HANDLES.in}
        position={Position.Top}
        className={`studio-handle-drop${connecting ? ' is-armed' : ''}`}
        isConnectableStart={false}
        isConnectableEnd={isConnectable}
      />
      <div className="volume-node__name">{data.name}</div>
      <div className="volume-node__type">{data.type}</div>
    </div>
  );
}
