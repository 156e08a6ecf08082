/** The ids of the diagram's nodes and edges, shared by the layout, the canvas and the exports. */
export const POD_NODE_ID = 'pod';
export const containerNodeId = (name: string): string => `container:${name}`;
export const volumeNodeId = (name: string): string => `volume:${name}`;
export const mountEdgeId = (container: string, volume: string, mountPath: string): string =>
  `mount:${container}:${volume}:${mountPath}`;
export const linkEdgeId = (from: string, to: string, port: number): string =>
  `link:${from}:${to}:${port}`;
