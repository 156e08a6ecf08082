import { appContainersOf, initContainersOf } from '../model/placement';
import type { Design } from '../model/types';
import type { SidecarSupport } from './read';
import { type EventLog, listOf } from './record';
import { type StartFailures, simulateInit } from './start-init';
import { recordMainWaits, simulateMain } from './start-main';

/** The Pod once its start sequence is over. */
export interface StartResult {
  steps: string[][];
  /** The init container on which the Pod hangs forever, if any. */
  hangsOn?: string;
  /** True when an init container failed under `restartPolicy: Never`: the Pod has failed. */
  failed?: boolean;
  /** Containers running at steady state (init containers excluded), with the time they started. */
  running: Map<string, number>;
  /** Model time at which every started container is up and ready. */
  settledAt: number;
}

function emitReady(ready: Map<string, number>, log: EventLog, podReady = true): number {
  const order = [...ready.entries()].sort((a, b) => a[1] - b[1]);
  const last = order.at(-1);
  for (const [name, at] of order) {
    let reason = `${name} reports ready.`;
    if (podReady && last && name === last[0]) {
      const all = [...ready.keys()];
      reason +=
        all.length > 1
          ? ` With ${listOf(all)} ${all.length === 2 ? 'both' : 'all'} ready, the Pod is Ready: every main container and every native sidecar counts.`
          : ' The Pod is Ready.';
    }
    log.add(at, name, 'ready', reason);
  }
  return last?.[1] ?? 0;
}

/**
 * The start sequence of the Pod (sidecar-rules.md §3): the init sequence, then the entries of
 * `containers`, then readiness. Containers that never start get a `blocked` event.
 */
export function simulateStart(
  design: Design,
  support: SidecarSupport,
  minor: number,
  log: EventLog,
  failures?: StartFailures,
): StartResult {
  const init = simulateInit(design, support, minor, log, failures);
  recordMainWaits(design, initContainersOf(design).length > 0, log);
  if (init.hangsOn !== undefined) {
    const hangsOn = init.hangsOn;
    const inits = initContainersOf(design);
    const rest = [
      ...inits.slice(inits.findIndex((c) => c.name === hangsOn) + 1),
      ...appContainersOf(design),
    ];
    for (const c of rest) {
      log.add(
        init.end,
        c.name,
        'blocked',
        init.failed
          ? `${c.name} never starts: the Pod failed in Init on ${hangsOn}.`
          : `${c.name} never starts: the Pod hangs in Init on ${hangsOn}.`,
      );
    }
    // Sidecars started before the hang still report ready; the Pod is never Ready.
    emitReady(init.ready, log, false);
    return {
      steps: init.steps,
      hangsOn,
      failed: init.failed,
      running: init.running,
      settledAt: init.end,
    };
  }
  const main = simulateMain(design, init.end, log, failures);
  const ready = new Map([...init.ready, ...main.ready]);
  const readyTime = emitReady(ready, log);
  const running = new Map([...init.running, ...main.started]);
  const started = Math.max(init.end, ...main.started.values());
  return {
    steps: [...init.steps, ...main.steps],
    running,
    settledAt: Math.max(readyTime, started),
  };
}
