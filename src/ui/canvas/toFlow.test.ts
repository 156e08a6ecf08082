import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { container, design, volume } from '../../testing/build';
import type { ContainerNode, PodNode, StudioNode } from './flowTypes';
import { POD_NODE_ID, toFlow } from './toFlow';

function pod(nodes: StudioNode[]): PodNode {
  const node = nodes.find((n) => n.id === POD_NODE_ID);
  if (node?.type !== 'pod') throw new Error('no pod node');
  return node;
}

function containerNodes(nodes: StudioNode[]): ContainerNode[] {
  return nodes.filter((n): n is ContainerNode => n.type === 'container');
}

function withSidecars(sidecarMode: Design['sidecarMode']): Design {
  return design({
    name: 'web',
    kind: 'Deployment',
    sidecarMode,
    containers: [
      container('app', { image: 'nginx:1.27' }),
      container('proxy', { role: 'sidecar', purpose: 'proxy' }),
      container('migrate', { role: 'init' }),
      container('logs', { role: 'sidecar' }),
    ],
  });
}

describe('the canvas of a design', () => {
  it('shows an empty pod, labelled with its kind and name, when there are no containers', () => {
    const { nodes, edges } = toFlow(design({ name: 'my-pod', containers: [] }));
    expect(nodes).toHaveLength(1);
    expect(edges).toEqual([]);
    const node = pod(nodes);
    expect(node.ariaLabel).toBe('Pod my-pod');
    expect(node.data).toEqual({ kind: 'Pod', name: 'my-pod', empty: true });
    expect(node.width).toBeGreaterThan(0);
    expect(node.height).toBeGreaterThan(0);
  });

  it('labels each container node with the container name and keeps it inside the pod', () => {
    const { nodes } = toFlow(withSidecars('native'));
    const children = containerNodes(nodes);
    expect(children.map((n) => n.ariaLabel).sort()).toEqual(['app', 'logs', 'migrate', 'proxy']);
    for (const node of children) {
      expect(node.parentId).toBe(POD_NODE_ID);
      expect(node.extent).toBe('parent');
    }
    expect(nodes[0]?.id).toBe(POD_NODE_ID);
    expect(pod(nodes).data.empty).toBe(false);
  });

  it('tells native sidecars, init containers and main containers apart, with init order', () => {
    const { nodes } = toFlow(withSidecars('native'));
    const byName = new Map(containerNodes(nodes).map((n) => [n.data.name, n.data]));
    expect(byName.get('app')).toMatchObject({
      placement: 'main',
      badge: 'Main',
      image: 'nginx:1.27',
    });
    expect(byName.get('app')?.initOrder).toBeUndefined();
    expect(byName.get('proxy')).toMatchObject({ placement: 'native-sidecar', initOrder: 1 });
    expect(byName.get('migrate')).toMatchObject({ placement: 'init', badge: 'Init', initOrder: 2 });
    expect(byName.get('logs')).toMatchObject({ placement: 'native-sidecar', initOrder: 3 });
  });

  it('shows legacy sidecars as sidecars without an init order', () => {
    const { nodes } = toFlow(withSidecars('legacy'));
    const byName = new Map(containerNodes(nodes).map((n) => [n.data.name, n.data]));
    expect(byName.get('proxy')).toMatchObject({ placement: 'legacy-sidecar' });
    expect(byName.get('proxy')?.initOrder).toBeUndefined();
    expect(byName.get('migrate')).toMatchObject({ placement: 'init', initOrder: 1 });
  });

  it('marks the one container kubectl logs and exec pick by default', () => {
    const defaults = (d: Design) =>
      containerNodes(toFlow(d).nodes)
        .filter((n) => n.data.kubectlDefault)
        .map((n) => n.data.name);
    expect(defaults(withSidecars('legacy'))).toEqual(['app']);
    const proxyFirst = design({
      containers: [container('proxy', { role: 'sidecar', mode: 'legacy' }), container('app')],
    });
    expect(defaults(proxyFirst)).toEqual(['proxy']);
    const annotated = {
      ...proxyFirst,
      metadata: { annotations: { 'kubectl.kubernetes.io/default-container': 'app' } },
    };
    expect(defaults(annotated)).toEqual(['app']);
  });

  it('puts init containers on the row above the containers they run before', () => {
    const { nodes } = toFlow(withSidecars('native'));
    const y = new Map(containerNodes(nodes).map((n) => [n.data.name, n.position.y]));
    expect(y.get('migrate')).toBe(y.get('proxy'));
    expect(y.get('app') ?? 0).toBeGreaterThan(y.get('migrate') ?? 0);
  });

  it('draws a volume node per volume and an edge per mount', () => {
    const { nodes, edges } = toFlow(
      design({
        containers: [
          container('app', { mounts: [{ volume: 'data', mountPath: '/data' }] }),
          container('logs', {
            role: 'sidecar',
            mounts: [{ volume: 'data', mountPath: '/var/log', readOnly: true }],
          }),
        ],
        volumes: [volume('data')],
      }),
    );
    const volumeNode = nodes.find((n) => n.type === 'volume');
    expect(volumeNode).toMatchObject({
      ariaLabel: 'Volume data',
      parentId: POD_NODE_ID,
      data: { name: 'data', type: 'emptyDir' },
    });
    expect(edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['container:app', 'volume:data', '/data'],
      ['container:logs', 'volume:data', '/var/log (read-only)'],
    ]);
    expect(edges[1]?.ariaLabel).toBe('logs mounts data at /var/log, read-only');
  });

  it('draws read-only mounts unlike writable ones', () => {
    const { edges } = toFlow(
      design({
        containers: [
          container('app', { mounts: [{ volume: 'data', mountPath: '/data' }] }),
          container('logs', {
            mounts: [{ volume: 'data', mountPath: '/var/log', readOnly: true }],
          }),
        ],
        volumes: [volume('data')],
      }),
    );
    expect(edges.map((e) => e.className)).toEqual([
      'studio-edge studio-edge--mount',
      'studio-edge studio-edge--read-only',
    ]);
    expect(edges.map((e) => e.data)).toEqual([
      { kind: 'mount', mountPath: '/data', readOnly: false },
      { kind: 'mount', mountPath: '/var/log', readOnly: true },
    ]);
  });

  it('draws an arrow labelled localhost:PORT for each port link', () => {
    const { edges } = toFlow(
      design({
        containers: [container('app'), container('cache')],
        links: [
          { from: 'app', to: 'cache', port: 6379 },
          { from: 'app', to: 'gone', port: 80 },
        ],
      }),
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      source: 'container:app',
      target: 'container:cache',
      type: 'link',
      label: 'localhost:6379',
      ariaLabel: 'app talks to cache on localhost:6379',
      className: 'studio-edge studio-edge--link',
      data: { kind: 'link', port: 6379 },
    });
    expect(edges[0]?.markerEnd).toMatchObject({ type: 'arrowclosed' });
  });

  it('lists nodes in keyboard order: pod, containers as declared, then volumes', () => {
    const { nodes } = toFlow({ ...withSidecars('native'), volumes: [volume('data')] });
    expect(nodes.map((n) => n.id)).toEqual([
      POD_NODE_ID,
      'container:app',
      'container:proxy',
      'container:migrate',
      'container:logs',
      'volume:data',
    ]);
  });

  it('draws no edge for a mount of a volume the pod does not declare', () => {
    const { edges } = toFlow(
      design({ containers: [container('app', { mounts: [{ volume: 'gone', mountPath: '/x' }] })] }),
    );
    expect(edges).toEqual([]);
  });

  it('uses saved canvas positions and grows the pod around its children', () => {
    const base = design({ containers: [container('app')] });
    const { nodes } = toFlow({ ...base, positions: { 'container:app': { x: 600, y: 400 } } });
    const app = containerNodes(nodes)[0];
    expect(app?.position).toEqual({ x: 600, y: 400 });
    const size = pod(nodes);
    expect(size.width ?? 0).toBeGreaterThan(600 + (app?.width ?? 0));
    expect(size.height ?? 0).toBeGreaterThan(400 + (app?.height ?? 0));
  });

  it('derives the same canvas from the same design', () => {
    const d = withSidecars('native');
    expect(toFlow(d)).toEqual(toFlow(d));
  });
});
