import type { WorkloadTimeline } from './timeline';

const EXITS = new Set(['completed', 'terminated', 'killed', 'crashed']);

/**
 * Ordering facts over a timeline, in the words of Kubernetes' node lifecycle tests
 * (`test/e2e_node/container_lifecycle_test.go`): a container "starts" at its first `starting`
 * event and "exits" at its first exit (completed, terminated, killed, crashed). For tests.
 */
export function orderOf(timeline: WorkloadTimeline | undefined) {
  const events = timeline?.events ?? [];
  const first = (name: string, test: (phase: string) => boolean): number =>
    events.findIndex((e) => e.container === name && test(e.phase));
  const startOf = (name: string) => first(name, (p) => p === 'starting');
  const exitOf = (name: string) => first(name, (p) => EXITS.has(p));
  const count = (name: string, phase: string) =>
    events.filter((e) => e.container === name && e.phase === phase).length;
  return {
    starts: (name: string) => startOf(name) >= 0,
    exits: (name: string) => exitOf(name) >= 0,
    /** `a` starts before `b` starts (and `b` starts). */
    startsBefore: (a: string, b: string) => startOf(a) >= 0 && startOf(b) > startOf(a),
    /** `a` exits before `b` exits (and both exit). */
    exitsBefore: (a: string, b: string) => exitOf(a) >= 0 && exitOf(b) > exitOf(a),
    /** `a` has exited when `b` starts. */
    exitsBeforeStart: (a: string, b: string) => exitOf(a) >= 0 && startOf(b) > exitOf(a),
    /** Both run at one moment: each starts before the other exits. */
    runTogether: (a: string, b: string) => {
      const end = (name: string) => (exitOf(name) < 0 ? Number.POSITIVE_INFINITY : exitOf(name));
      return startOf(a) >= 0 && startOf(b) >= 0 && startOf(a) < end(b) && startOf(b) < end(a);
    },
    /** Times the kubelet restarted it. */
    restarts: (name: string) => count(name, 'restarting'),
    /** The model time of its first exit. */
    exitTime: (name: string) => events[exitOf(name)]?.t,
  };
}
