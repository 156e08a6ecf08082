import { initContainersOf, isNativeSidecar } from '../model/placement';
import type { Container, Design } from '../model/types';
import { probeOf } from './read';
import type { LifecycleScenario } from './types';

/** Scenarios that act on one container, chosen with `--container` or by default. */
export const TARGETED_SCENARIOS: readonly LifecycleScenario[] = [
  'sidecar-crash',
  'init-fails',
  'probe-fails',
];

/** What a container must be for a scenario to act on it, in words for an error message. */
export const SCENARIO_FIT: Partial<Record<LifecycleScenario, string>> = {
  'sidecar-crash': 'a sidecar',
  'init-fails': 'a regular init container',
  'probe-fails': 'a container with a startupProbe',
};

function fits(design: Design, scenario: LifecycleScenario, c: Container): boolean {
  switch (scenario) {
    case 'sidecar-crash':
      return c.role === 'sidecar';
    case 'init-fails':
      return initContainersOf(design).includes(c) && !isNativeSidecar(design, c);
    case 'probe-fails':
      return probeOf(c, 'startupProbe') !== undefined;
    default:
      return false;
  }
}

/**
 * The container a scenario acts on: the one named, if it fits, else the first that fits (for
 * `probe-fails` a native sidecar first, since that is what holds the Pod back); undefined when
 * none fits or the scenario acts on no container.
 */
export function scenarioContainer(
  design: Design,
  scenario: LifecycleScenario,
  name?: string,
): string | undefined {
  if (!TARGETED_SCENARIOS.includes(scenario)) return undefined;
  if (name !== undefined) {
    const named = design.containers.find((c) => c.name === name);
    return named && fits(design, scenario, named) ? named.name : undefined;
  }
  const candidates = design.containers.filter((c) => fits(design, scenario, c));
  const preferred =
    scenario === 'probe-fails'
      ? initContainersOf(design).find((c) => candidates.includes(c))
      : scenario === 'init-fails'
        ? initContainersOf(design).find((c) => candidates.includes(c))
        : undefined;
  return (preferred ?? candidates[0])?.name;
}

/** Every container a scenario could act on, in declaration order (empty for untargeted ones). */
export function scenarioCandidates(design: Design, scenario: LifecycleScenario): string[] {
  if (!TARGETED_SCENARIOS.includes(scenario)) return [];
  return design.containers.filter((c) => fits(design, scenario, c)).map((c) => c.name);
}
