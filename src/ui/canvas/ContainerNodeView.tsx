import { Handle, type NodeProps, Position, useConnection } from '@xyflow/react';
import { type ContainerNode, HANDLES } from './flowTypes';

/**
 * One container: its name, a badge saying how it runs and, in `initContainers`, its order. The
 * dot at its bottom starts a connection: onto a volume to mount it, onto another container to say
 * this one talks to it. While a connection is being drawn, the whole node accepts its end.
 */
export function ContainerNodeView({ data, selected, isConnectable }: NodeProps<ContainerNode>) {
  const connecting = useConnection((connection) => connection.inProgress);
  return (
    <div
      className={`container-node container-node--${data.placement}${selected ? ' is-selected' : ''}`}
    >
      <Handle
        type="target"
        id={HANDLES.in}
        position={Position.Top}
        className={`studio-handle-drop${connecting ? ' is-armed' : ''}`}
        isConnectableStart={false}
        isConnectableEnd={isConnectable}
      />
      <div className="container-node__top">
        <span className="container-node__badge">{data.badge}</span>
        {data.kubectlDefault && (
          <span
            className="container-node__kubectl"
            role="img"
            aria-label="kubectl default: kubectl logs and exec reach this container without -c"
            title="kubectl logs and kubectl exec reach this container when no -c is given"
          >
            kubectl default
          </span>
        )}
        {data.initOrder !== undefined && (
          <span className="container-node__order" title="Start order among init containers">
            #{data.initOrder}
          </span>
        )}
      </div>
      <div className="container-node__name">{data.name}</div>
      {data.image && <div className="container-node__image">{data.image}</div>}
      <Handle
        type="source"
        id={HANDLES.linkOut}
        position={Position.Top}
        className="studio-handle-anchor"
        isConnectable={false}
      />
      <Handle
        type="target"
        id={HANDLES.linkIn}
        position={Position.Top}
        className="studio-handle-anchor"
        isConnectable={false}
      />
      <Handle
        type="source"
        id={HANDLES.connect}
        position={Position.Bottom}
        className="studio-handle-connect"
        isConnectable={isConnectable}
        isConnectableEnd={false}
        title={`Drag from ${data.name} to a volume to mount it, or to a container to link to it`}
      />
    </div>
  );
}
