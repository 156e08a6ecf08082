import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/json';
import {
  type Container,
  type Design,
  type KubernetesVersion,
  SIDECAR_PURPOSES,
  type Volume,
  WORKLOAD_KINDS,
} from '../model/types';
import { container, design, volume } from '../testing/build';
import { generateDesignYaml } from './generate';
import { parseDocuments } from './parse';
import { readYamlDocuments } from './yaml/read';

const name = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const SOURCE_TYPES = [
  'emptyDir',
  'configMap',
  'secret',
  'persistentVolumeClaim',
  'hostPath',
] as const;
const sources = {
  emptyDir: {},
  configMap: { name: 'settings', defaultMode: 256 },
  secret: { secretName: 'creds' },
  persistentVolumeClaim: { claimName: 'data' },
  hostPath: { path: '/var/log' },
} as const;

/** A random design that Kubernetes would accept: unique names, mounts of existing volumes. */
const validDesign = fc
  .record({
    kind: fc.constantFrom(...WORKLOAD_KINDS),
    target: fc.integer({ min: 24, max: 35 }).map((m) => `1.${m}` as KubernetesVersion),
    sidecarMode: fc.constantFrom('native' as const, 'legacy' as const),
    containerNames: fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
    volumeNames: fc.uniqueArray(name, { maxLength: 4 }),
    seed: fc.array(fc.nat(1000), { minLength: 40, maxLength: 40 }),
  })
  .map(({ kind, target, sidecarMode, containerNames, volumeNames, seed }): Design => {
    const pick = (i: number, n: number) => (seed[i % seed.length] ?? 0) % n;
    const volumes: Volume[] = volumeNames.map((v, i) => {
      const type = SOURCE_TYPES[pick(i, SOURCE_TYPES.length)] ?? 'emptyDir';
      return volume(`vol-${v}`, type, { ...sources[type] });
    });
    const containers: Container[] = containerNames.map((n, i) => {
      const role =
        i === 0 ? 'main' : ((['main', 'sidecar', 'init'] as const)[pick(i, 3)] ?? 'main');
      const mounts = volumes
        .filter((_, j) => pick(i + j + 7, 2) === 0)
        .map((v, j) => ({
          volume: v.name,
          mountPath: `/mnt/${j}`,
          readOnly: pick(i + j, 2) === 0,
        }));
      const c = container(`c-${n}`, {
        role,
        mounts,
        spec: { ports: [{ containerPort: 8000 + i }] },
      });
      if (role === 'sidecar') {
        c.purpose = SIDECAR_PURPOSES[pick(i + 3, SIDECAR_PURPOSES.length)];
        if (pick(i + 5, 3) === 0) c.mode = sidecarMode === 'native' ? 'legacy' : 'native';
      }
      return c;
    });
    const links =
      containers.length > 1
        ? [{ from: containers[1]?.name ?? '', to: containers[0]?.name ?? '', port: 8000 }]
        : [];
    const positions = Object.fromEntries(
      containers.map((c, i) => [`container:${c.name}`, { x: 40 * i, y: pick(i, 300) }]),
    );
    return { ...design({ kind, target, sidecarMode, containers, volumes, links }), positions };
  });

/** What a person sees of a design: everything but the placeholders inside raw objects. */
function visible(d: Design) {
  return {
    kind: d.kind,
    target: d.target,
    sidecarMode: d.sidecarMode,
    links: d.links,
    positions: d.positions,
    volumes: d.volumes.map((v) => [v.name, v.type]),
    containers: d.containers.map((c) => ({
      name: c.name,
      role: c.role,
      mode: c.mode,
      purpose: c.purpose,
      image: c.raw.image,
      ports: c.raw.ports,
      mounts: c.mounts.map((m) => [m.volume, m.mountPath, m.readOnly ?? false, m.subPath]),
    })),
  };
}

/** The design after the model's own declaration order: `containers` entries, then init ones. */
function inDeclarationOrder(d: Design): Design {
  const init = (c: Container) =>
    c.role === 'init' || (c.role === 'sidecar' && (c.mode ?? d.sidecarMode) === 'native');
  return {
    ...d,
    containers: [...d.containers.filter((c) => !init(c)), ...d.containers.filter(init)],
  };
}

describe('generate then parse', () => {
  it('gives back every random valid design unchanged', () => {
    fc.assert(
      fc.property(validDesign, (original) => {
        const text = generateDesignYaml(original);
        const { file } = parseDocuments(readYamlDocuments(text) as JsonValue[]);
        const [doc] = file.documents;
        expect(doc?.type).toBe('workload');
        if (doc?.type !== 'workload') return;
        expect(visible(doc.design)).toEqual(visible(inDeclarationOrder(original)));
        expect(generateDesignYaml(doc.design)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
