import { describe, expect, it } from 'vitest';
import { simulateLifecycle } from '../lifecycle';
import { restoreManifest } from '../manifest/restore';
import { designsOf } from '../manifest/workloads';
import { initContainersOf } from '../model/placement';
import {
  CONTAINER_KINDS,
  check,
  containerNames,
  EXERCISES,
  type Exercise,
  exerciseById,
  expectedOrder,
  expectedPlacement,
  type NativeOrLegacyExercise,
  type OrderExercise,
  type PlacementAnswer,
} from './index';

const orderExercises = EXERCISES.filter(
  (e): e is OrderExercise => e.type === 'predict-start' || e.type === 'predict-stop',
);
const placementExercises = EXERCISES.filter(
  (e): e is NativeOrLegacyExercise => e.type === 'native-or-legacy',
);

function byId<T extends Exercise['type']>(id: string, type: T): Extract<Exercise, { type: T }> {
  const exercise = exerciseById(id);
  if (!exercise || exercise.type !== type) throw new Error(`no ${type} exercise ${id}`);
  return exercise as Extract<Exercise, { type: T }>;
}

/** A different order: the steps reversed, or, for a single step, each container on its own. */
function wrongOrder(truth: string[][]): string[][] {
  if (truth.length > 1) return [...truth].reverse();
  return (truth[0] ?? []).map((name) => [name]);
}

describe('exercise list', () => {
  it('has at least 12 exercises with unique ids, of every type, each citing its source', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(12);
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(EXERCISES.map((e) => e.type))).toEqual(
      new Set([
        'predict-start',
        'predict-stop',
        'fix-this-pod',
        'native-or-legacy',
        'kubectl-default',
      ]),
    );
    for (const exercise of EXERCISES) {
      expect(exercise.source.section).toMatch(
        /^(Kubernetes (documentation|blog): |Istio blog: |KEP-\d+: |kubectl )/,
      );
      expect(exercise.source.url).toMatch(/^https:\/\//);
      expect(exercise.prompt.length).toBeGreaterThan(20);
      expect(exercise.explanation.length).toBeGreaterThan(40);
    }
  });
});

describe('predict-start and predict-stop', () => {
  it.each(orderExercises.map((e) => [e.id, e]))('%s: the answer is the simulation', (_id, e) => {
    const timeline = simulateLifecycle(e.design);
    expect(expectedOrder(e)).toEqual(e.type === 'predict-start' ? timeline.start : timeline.stop);
    expect(expectedOrder(e).flat().length).toBeGreaterThan(1);
    const offered = containerNames(e);
    for (const name of expectedOrder(e).flat()) expect(offered).toContain(name);
  });

  it.each(orderExercises.map((e) => [e.id, e]))(
    '%s: check accepts the truth, rejects another order',
    (_id, e) => {
      const truth = expectedOrder(e);
      expect(check(e, truth).correct).toBe(true);
      const shuffled = truth.map((step) => [...step].reverse());
      expect(check(e, shuffled).correct).toBe(true);
      const result = check(e, wrongOrder(truth));
      expect(result.correct).toBe(false);
      expect(truth.flat().some((name) => result.feedback.includes(name))).toBe(true);
    },
  );

  it('explains that native sidecars start in the init sequence', () => {
    const e = byId('start-job-log-shipper', 'predict-start');
    expect(check(e, [['myjob'], ['logshipper']]).feedback).toContain(
      'logshipper starts before myjob: native sidecars start in the init sequence',
    );
  });

  it('explains the startupProbe gate and that legacy sidecars start together', () => {
    const timeline = byId('start-worked-timeline', 'predict-start');
    const swapped = [
      ['fetch-secrets'],
      ['migrate-db'],
      ['proxy'],
      ['log-shipper'],
      ['app', 'worker'],
    ];
    expect(check(timeline, swapped).feedback).toContain("waits for proxy's startupProbe");
    const legacy = byId('start-legacy-proxy', 'predict-start');
    expect(check(legacy, [['proxy'], ['app']]).feedback).toContain('app and proxy start together');
  });

  it('explains reverse stop order, legacy stops and who never stops', () => {
    const native = byId('stop-native-order', 'predict-stop');
    expect(check(native, [['app'], ['proxy'], ['log-shipper']]).feedback).toContain(
      'log-shipper stops before proxy: sidecars stop in reverse declaration order',
    );
    expect(check(native, [['proxy', 'log-shipper', 'app']]).feedback).toContain(
      'native sidecars are stopped only after every main container has exited',
    );
    const legacy = byId('stop-legacy-together', 'predict-stop');
    expect(check(legacy, [['app'], ['log-shipper'], ['proxy']]).feedback).toContain(
      'a legacy sidecar is an ordinary entry of containers',
    );
  });

  it('rejects unknown, repeated and missing containers with a reason', () => {
    const e = byId('stop-job-natural-end', 'predict-stop');
    expect(check(e, [['myjob'], ['logshipper'], ['nginx']]).feedback).toContain(
      'There is no container named nginx',
    );
    expect(check(e, [['myjob'], ['myjob', 'logshipper']]).feedback).toContain('more than once');
    expect(check(e, [['myjob']]).feedback).toContain('leaves out logshipper');
    const ambassador = byId('stop-ambassador', 'predict-stop');
    expect(containerNames(ambassador)).toContain('migrate');
    const withInit = check(ambassador, [['api'], ['cloud-sql-proxy'], ['migrate']]);
    expect(withInit.correct).toBe(false);
    expect(withInit.feedback).toContain('migrate has no place in the stop order');
  });
});

describe('native-or-legacy', () => {
  it.each(placementExercises.map((e) => [e.id, e]))(
    '%s: the answer is what the importer reads',
    (_id, e) => {
      const restored = restoreManifest(e.manifest);
      if (!restored.ok) throw new Error(restored.error.message);
      const [design] = designsOf(restored.file);
      if (!design) throw new Error('no workload');
      const initNames = initContainersOf(design).map((c) => c.name);
      for (const [name, kind] of expectedPlacement(e)) {
        const inInit = initNames.includes(name);
        expect(kind === 'init' || kind === 'native-sidecar').toBe(inInit);
      }
      expect(expectedPlacement(e).map(([name]) => name)).toEqual(
        design.containers.map((c) => c.name),
      );
    },
  );

  it.each(placementExercises.map((e) => [e.id, e]))(
    '%s: check accepts the truth, rejects a wrong kind',
    (_id, e) => {
      const truth: PlacementAnswer = Object.fromEntries(expectedPlacement(e));
      expect(check(e, truth).correct).toBe(true);
      const [name, kind] = expectedPlacement(e)[0] ?? ['', 'main'];
      const other = CONTAINER_KINDS.find((k) => k !== kind) ?? 'init';
      const result = check(e, { ...truth, [name]: other });
      expect(result.correct).toBe(false);
      expect(result.feedback).toContain(`${name} is not`);
    },
  );

  it('explains a legacy sidecar taken for a native one, and missing or unknown names', () => {
    const e = byId('place-legacy-log-shipper', 'native-or-legacy');
    const answer: PlacementAnswer = {
      web: 'main',
      'fluent-bit': 'native-sidecar',
      'fix-permissions': 'init',
    };
    expect(check(e, answer).feedback).toContain(
      'fluent-bit is a legacy sidecar: it is an entry of containers',
    );
    expect(check(e, { web: 'main', nginx: 'main' }).feedback).toMatch(
      /no container named nginx.*did not classify/,
    );
  });
});

describe('mismatched answers', () => {
  it('refuses an answer of the wrong shape instead of judging it', () => {
    const order = byId('start-job-log-shipper', 'predict-start');
    const placement = byId('place-job-log-shipper', 'native-or-legacy');
    expect(check(order, { myjob: 'main' }).correct).toBe(false);
    expect(check(placement, [['myjob']]).correct).toBe(false);
    expect(check(placement, order.design).feedback).toContain('does not fit');
  });
});
