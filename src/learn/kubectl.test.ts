import { describe, expect, it } from 'vitest';
import { createContext } from '../lint/context';
import { defaultContainerIsSidecar } from '../lint/rules/kubectl-default-container-is-sidecar';
import { kubectlDefault } from '../model/kubectlDefault';
import { moveBefore, setContainerSidecarMode, setDefaultContainer } from '../model/ops';
import { check, EXERCISES, expectedDefaultContainer } from './index';
import { manifestDesign } from './truth';
import type { FixThisPodExercise, KubectlDefaultExercise } from './types';

const defaults = EXERCISES.filter((e): e is KubectlDefaultExercise => e.type === 'kubectl-default');

function fixExercise(id: string): FixThisPodExercise {
  const found = EXERCISES.find((e) => e.id === id);
  if (found?.type !== 'fix-this-pod') throw new Error(`no fix exercise ${id}`);
  return found;
}

describe('kubectl-default exercises', () => {
  it('ask about kubectl three ways: first entry, a wrong annotation, an injected mesh', () => {
    expect(defaults.map((e) => [e.id, expectedDefaultContainer(e)])).toEqual([
      ['kubectl-logs-first-container', 'envoy'],
      ['kubectl-default-wrong-name', 'cloud-sql-proxy'],
      ['kubectl-logs-istio-injected', 'hello'],
    ]);
  });

  it.each(defaults.map((e) => [e.id, e]))('%s: the answer is what lint reasons with', (_id, e) => {
    expect(expectedDefaultContainer(e)).toBe(kubectlDefault(manifestDesign(e)).container?.name);
  });

  it('accept the container kubectl picks and explain a wrong pick', () => {
    const [first, wrongName, injected] = defaults;
    if (!first || !wrongName || !injected) throw new Error('missing exercises');
    expect(check(first, 'envoy')).toMatchObject({ correct: true });
    const wrong = check(first, 'web');
    expect(wrong.correct).toBe(false);
    expect(wrong.feedback).toContain("does not show 'web'");
    expect(wrong.feedback).toContain('first entry of containers');
    expect(check(wrongName, 'server').feedback).toContain('which is no container of this pod');
    expect(check(injected, 'hello').feedback).toContain('annotation');
    expect(check(injected, 'istio-proxy').correct).toBe(false);
  });

  it('refuse an answer of another shape', () => {
    const [first] = defaults;
    if (!first) throw new Error('missing exercise');
    expect(check(first, [['envoy']]).correct).toBe(false);
  });
});

describe('making kubectl exec land in the app', () => {
  const exercise = fixExercise('fix-kubectl-exec-lands-in-shipper');

  it('starts with the kubectl warning on the shipper', () => {
    const [finding] = defaultContainerIsSidecar.check(
      exercise.design,
      createContext(exercise.design.target),
    );
    expect(finding?.container).toBe('log-shipper');
  });

  it('is solved by the annotation, or by making the shipper a native sidecar', () => {
    expect(check(exercise, setDefaultContainer(exercise.design, 'app')).correct).toBe(true);
    const native = setContainerSidecarMode(exercise.design, 'log-shipper', 'native');
    expect(check(exercise, native).correct).toBe(true);
  });

  it('does not count moving the app first, which the exercise rules out', () => {
    const moved = moveBefore(exercise.design, 'app', 'log-shipper');
    const result = check(exercise, moved);
    expect(result.correct).toBe(false);
    expect(result.feedback).toContain('Keep the containers in the order');
  });
});
