import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { restoreManifest } from '../manifest/restore/index';
import { designsOf } from '../manifest/workloads';
import type { Design } from '../model/types';
import { container, design, volume } from '../testing/build';
import { readCorpusFile } from '../testing/corpus';
import { containerNodeId, mountEdgeId, volumeNodeId } from './ids';
import { layoutPod, withLayout } from './layoutPod';
import { CONTAINER_SIZE, labelSize, POD_ORIGIN, VOLUME_SIZE } from './sizes';

const elk = new ELK();

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function corpusDesign(file: string, index = 0): Design {
  const result = restoreManifest(readCorpusFile(file));
  if (!result.ok) throw new Error(result.error.message);
  const found = designsOf(result.file)[index];
  if (!found) throw new Error(`${file} has no workload ${index}`);
  return found;
}

function boxes(d: Design, positions: Record<string, { x: number; y: number }>): Rect[] {
  return [
    ...d.containers.map((c) => ({
      ...(positions[containerNodeId(c.name)] ?? { x: Number.NaN, y: Number.NaN }),
      ...CONTAINER_SIZE,
    })),
    ...d.volumes.map((v) => ({
      ...(positions[volumeNodeId(v.name)] ?? { x: Number.NaN, y: Number.NaN }),
      ...VOLUME_SIZE,
    })),
  ];
}

describe('the automatic layout of a pod', () => {
  it('puts init containers in start order, then the app containers, then the volumes', async () => {
    const d = design({
      containers: [
        container('app', { mounts: [{ volume: 'data', mountPath: '/data' }] }),
        container('logs', { role: 'sidecar', mounts: [{ volume: 'data', mountPath: '/logs' }] }),
        container('migrate', { role: 'init' }),
        container('setup', { role: 'init' }),
      ],
      volumes: [volume('data')],
      sidecarMode: 'legacy',
    });
    const { positions } = await layoutPod(elk, d);
    const at = (id: string) => positions[id] ?? { x: Number.NaN, y: Number.NaN };
    expect(at('container:migrate').x).toBe(at('container:setup').x);
    expect(at('container:migrate').y).toBeLessThan(at('container:setup').y);
    expect(at('container:app').x).toBeGreaterThan(at('container:migrate').x);
    expect(at('container:logs').x).toBe(at('container:app').x);
    expect(at('volume:data').x).toBeGreaterThan(at('container:app').x);
    for (const position of Object.values(positions)) {
      expect(position.x).toBeGreaterThanOrEqual(POD_ORIGIN.x);
      expect(position.y).toBeGreaterThanOrEqual(POD_ORIGIN.y);
    }
  });

  it('routes every mount and keeps its label clear of nodes and other labels', async () => {
    const d = corpusDesign('istio/multi-init.yaml.injected');
    const layout = await layoutPod(elk, d);
    const nodes = boxes(d, layout.positions);
    const labels: Rect[] = [];
    for (const c of d.containers) {
      for (const mount of c.mounts) {
        const route = layout.routes[mountEdgeId(c.name, mount.volume, mount.mountPath)];
        expect(route?.points.length).toBeGreaterThanOrEqual(2);
        expect(route?.label).toBeDefined();
        if (route?.label) labels.push({ ...route.label, ...labelSize('x'.repeat(10)) });
      }
    }
    for (const label of labels) {
      for (const node of nodes) expect(overlap(label, node)).toBe(false);
    }
  });

  it.each([
    'istio/multi-init.yaml.injected',
    'istio/statefulset.yaml.injected',
    'linkerd2/inject_contour.golden.yml',
    'gke-samples/online-shop.yaml',
  ])('overlaps no two nodes of %s', async (file) => {
    const d = corpusDesign(file);
    const laidOut = withLayout(d, await layoutPod(elk, d));
    const rects = boxes(d, laidOut.positions);
    for (const rect of rects) expect(Number.isFinite(rect.x)).toBe(true);
    rects.forEach((a, i) => {
      for (const b of rects.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    });
  });

  it('lays out a pod with no volumes and no mounts', async () => {
    const d = design({ containers: [container('app')] });
    const { positions, routes } = await layoutPod(elk, d);
    expect(positions).toEqual({ 'container:app': POD_ORIGIN });
    expect(routes).toEqual({});
  });
});
