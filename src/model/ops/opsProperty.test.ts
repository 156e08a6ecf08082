import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { emptyDesign, starterDesign } from '../create';
import { checkInvariants } from '../invariants';
import type { JsonValue } from '../json';
import { initContainersOf } from '../placement';
import {
  CONTAINER_ROLES,
  type Design,
  SIDECAR_PURPOSES,
  VOLUME_TYPES,
  WORKLOAD_KINDS,
} from '../types';
import { updateContainerSpec } from './containerSpec';
import { addContainer, duplicateContainer, removeContainer, renameContainer } from './containers';
import { deepFreeze } from './freeze';
import { addPortLink, removePortLink } from './links';
import { connectMount, disconnectMount, updateMount } from './mounts';
import { OpError } from './opError';
import { moveBefore, moveContainer } from './order';
import { setPosition } from './positions';
import { setContainerPurpose, setContainerRole } from './roles';
import { setContainerSidecarMode, setSidecarMode } from './sidecarMode';
import { setTarget } from './target';
import { addVolume, removeVolume, updateVolume } from './volumes';
import { setWorkloadKind } from './workloadKind';

const statefulSet = design({
  kind: 'StatefulSet',
  name: 'db',
  sidecarMode: 'legacy',
  containers: [
    container('db', {
      mounts: [
        { volume: 'data', mountPath: '/var/lib/db' },
        { volume: 'conf', mountPath: '/etc/db', readOnly: true },
      ],
    }),
    container('migrate', { role: 'init', mounts: [{ volume: 'data', mountPath: '/data' }] }),
    container('backup', { role: 'sidecar', mode: 'native', purpose: 'other' }),
    container('wait', { role: 'init' }),
  ],
  volumes: [
    volume('conf', 'configMap', { name: 'db-conf' }),
    volume('data', 'volumeClaimTemplate'),
  ],
  links: [{ from: 'db', to: 'backup', port: 9000 }],
});

const seeds: Design[] = [emptyDesign(), starterDesign(), statefulSet].map((d) => deepFreeze(d));

/** A step: an op with arguments chosen against the current design. */
interface Step {
  label: string;
  /** True for ops allowed to change the relative order of init containers. */
  reorders: boolean;
  apply: (d: Design) => Design;
}

const containerRef = fc.nat(20);
const pick = (names: string[], n: number): string => names[n % (names.length + 1)] ?? 'ghost';
const cname = (d: Design, n: number) =>
  pick(
    d.containers.map((c) => c.name),
    n,
  );
const vname = (d: Design, n: number) =>
  pick(
    d.volumes.map((v) => v.name),
    n,
  );
const newName = fc.oneof(
  fc.constantFrom('app', 'sidecar', 'init', 'logs', 'data', 'web', 'Bad_Name', '', '-x'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,6}[a-z0-9]$/),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const path = fc.constantFrom('/a', '/b', '/data', '/var/log/app', 'relative');
const subPath = maybe(fc.constantFrom('x', 'a/b', '../up', '/abs', ''));
const specValue: fc.Arbitrary<JsonValue | undefined> = fc.constantFrom(
  'busybox:1.36',
  'Always',
  'Never',
  undefined,
  ['sh', '-c'],
  [{ containerPort: 80 }],
);

const step = (label: string, reorders: boolean, apply: (d: Design) => Design): Step => ({
  label,
  reorders,
  apply,
});

const steps: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...CONTAINER_ROLES), maybe(newName))
      .map(([role, name]) =>
        step(`add ${role} ${name}`, true, (d) =>
          addContainer(d, role, name === undefined ? {} : { name }),
        ),
      ),
  },
  containerRef.map((n) => step('remove', true, (d) => removeContainer(d, cname(d, n)))),
  fc
    .tuple(containerRef, newName)
    .map(([n, name]) =>
      step(`rename to ${name}`, false, (d) => renameContainer(d, cname(d, n), name)),
    ),
  containerRef.map((n) => step('duplicate', true, (d) => duplicateContainer(d, cname(d, n)))),
  fc
    .tuple(
      containerRef,
      fc.constantFrom(...CONTAINER_ROLES),
      maybe(fc.constantFrom('native' as const, 'legacy' as const)),
      maybe(fc.constantFrom(...SIDECAR_PURPOSES)),
    )
    .map(([n, role, mode, purpose]) =>
      step(`role ${role}`, false, (d) => setContainerRole(d, cname(d, n), role, { mode, purpose })),
    ),
  fc
    .tuple(containerRef, maybe(fc.constantFrom(...SIDECAR_PURPOSES)))
    .map(([n, purpose]) =>
      step('purpose', false, (d) => setContainerPurpose(d, cname(d, n), purpose)),
    ),
  fc
    .tuple(
      containerRef,
      fc.constantFrom('image', 'args', 'ports', 'restartPolicy', 'name', 'volumeMounts'),
      specValue,
    )
    .map(([n, field, value]) =>
      step(`spec ${field}`, false, (d) => updateContainerSpec(d, cname(d, n), { [field]: value })),
    ),
  fc
    .tuple(containerRef, fc.integer({ min: -1, max: 8 }))
    .map(([n, to]) => step(`move to ${to}`, true, (d) => moveContainer(d, cname(d, n), to))),
  fc
    .tuple(containerRef, containerRef)
    .map(([a, b]) => step('move before', true, (d) => moveBefore(d, cname(d, a), cname(d, b)))),
  fc
    .constantFrom('native' as const, 'legacy' as const)
    .map((mode) => step(`mode ${mode}`, false, (d) => setSidecarMode(d, mode))),
  fc
    .tuple(containerRef, maybe(fc.constantFrom('native' as const, 'legacy' as const)))
    .map(([n, mode]) =>
      step('own mode', false, (d) => setContainerSidecarMode(d, cname(d, n), mode)),
    ),
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...VOLUME_TYPES), maybe(newName))
      .map(([type, name]) =>
        step(`add volume ${type}`, false, (d) =>
          addVolume(d, type, name === undefined ? {} : { name }),
        ),
      ),
  },
  fc
    .tuple(containerRef, maybe(fc.constantFrom(...VOLUME_TYPES)), maybe(newName))
    .map(([n, type, rename]) =>
      step('update volume', false, (d) => updateVolume(d, vname(d, n), { type, rename })),
    ),
  fc
    .tuple(containerRef, fc.boolean())
    .map(([n, disconnect]) =>
      step('remove volume', false, (d) => removeVolume(d, vname(d, n), { disconnect })),
    ),
  {
    weight: 3,
    arbitrary: fc
      .tuple(containerRef, containerRef, path, fc.boolean(), subPath)
      .map(([c, v, p, ro, sp]) =>
        step('connect', false, (d) =>
          connectMount(d, cname(d, c), {
            volume: vname(d, v),
            mountPath: p,
            readOnly: ro,
            subPath: sp,
          }),
        ),
      ),
  },
  fc
    .tuple(containerRef, fc.nat(3), containerRef, maybe(path), subPath)
    .map(([c, i, v, p, sp]) =>
      step('update mount', false, (d) =>
        updateMount(d, cname(d, c), i, { volume: vname(d, v), mountPath: p, subPath: sp }),
      ),
    ),
  fc
    .tuple(containerRef, fc.nat(3))
    .map(([c, i]) => step('disconnect', false, (d) => disconnectMount(d, cname(d, c), i))),
  {
    weight: 2,
    arbitrary: fc
      .tuple(containerRef, containerRef, fc.constantFrom(0, 80, 8080, 70000))
      .map(([a, b, port]) =>
        step('link', false, (d) => addPortLink(d, cname(d, a), cname(d, b), port)),
      ),
  },
  fc.nat(5).map((i) =>
    step('unlink', false, (d) => {
      const link = d.links[i] ?? { from: 'a', to: 'b', port: 1 };
      return removePortLink(d, link.from, link.to, link.port);
    }),
  ),
  fc
    .constantFrom(...WORKLOAD_KINDS)
    .map((kind) => step(`kind ${kind}`, false, (d) => setWorkloadKind(d, kind))),
  fc
    .constantFrom('1.27', '1.35', '2.0', 'latest')
    .map((v) => step(`target ${v}`, false, (d) => setTarget(d, v))),
  fc
    .tuple(containerRef, fc.boolean(), fc.integer(), fc.double())
    .map(([n, isVolume, x, y]) =>
      step('position', false, (d) =>
        setPosition(d, isVolume ? `volume:${vname(d, n)}` : `container:${cname(d, n)}`, { x, y }),
      ),
    ),
);

const scenario = fc.tuple(
  fc.constantFrom(...seeds),
  fc.array(steps, { minLength: 5, maxLength: 30 }),
);

/** Applies a step; a refused step must leave the design exactly as it was. */
function run(d: Design, s: Step): Design {
  const before = JSON.stringify(d);
  try {
    return deepFreeze(s.apply(d));
  } catch (error) {
    if (!(error instanceof OpError)) throw error;
    expect(JSON.stringify(d)).toBe(before);
    return d;
  }
}

describe('ops on random designs', () => {
  it('keep every invariant after every step, and refusals change nothing', () => {
    fc.assert(
      fc.property(scenario, ([seed, plan]) => {
        let d = seed;
        expect(checkInvariants(d)).toEqual([]);
        for (const s of plan) {
          d = run(d, s);
          expect(checkInvariants(d), s.label).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keep the order of init containers unless the op reorders on purpose', () => {
    fc.assert(
      fc.property(scenario, ([seed, plan]) => {
        let d = seed;
        for (const s of plan) {
          const next = run(d, s);
          if (!s.reorders) {
            // Containers are matched by position in the declaration list, which these ops keep.
            const renamed = new Map(d.containers.map((c, i) => [c.name, next.containers[i]?.name]));
            const after = initContainersOf(next).map((c) => c.name);
            const before = initContainersOf(d)
              .map((c) => renamed.get(c.name) ?? c.name)
              .filter((name) => after.includes(name));
            expect(
              after.filter((name) => before.includes(name)),
              s.label,
            ).toEqual(before);
            expect(next.containers.length, s.label).toBe(d.containers.length);
          }
          d = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
