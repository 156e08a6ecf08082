import { appContainersOf, initContainersOf } from '../model/placement';
import type { Design } from '../model/types';
import type { SidecarSupport } from './read';
import { type EventLog, listOf } from './record';
import { simulateInit } from './start-init';
import { recordMainWaits, simulateMain } from './start-main';

/** The Pod once its start sequence is over. */
export interface StartResult {
  steps: string[][];
  /** The init container on which the Pod hangs forever, if any. */
  hangsOn?: string;
  /** Containers running at steady state (init containers excluded), with the time they started. */
  running: Map<string, number>;
  /** Model time at which every started container is up and ready. */
  settledAt: number;
}

function emitReady(ready: Map<string, number>, log: EventLog): number {
  const order = [...ready.entries()].sort((a, b) => a[1] - b[1]);
  const last = order.at(-1);
  for (const [name, at] of order) {
    let reason = `${name} reports ready.`;
    if (last && name === last[0]) {
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
): StartResult {
  const init = simulateInit(design, support, minor, log);
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
        `${c.name} never starts: the Pod hangs in Init on ${hangsOn}.`,
      );
    }
    return { steps: init.steps, hangsOn, running: init.running, settledAt: init.end };
  }
  const main = simulateMain(design, init.end, log);
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
