import type { Gates } from '../lint/types';
import { initContainersOf, isNativeSidecar } from '../model/placement';
import type { Container, Design } from '../model/types';
import { failInit, failStartupProbe } from './failures';
import { hookSeconds, probeOf, runProbe, type SidecarSupport } from './read';
import { type EventLog, secondsText } from './record';
import { crashCode, onExit } from './restartRules';
import { MODEL_TIMES } from './times';

/** Where the init sequence left the Pod. */
export interface InitResult {
  /** One step per init container that started. */
  steps: string[][];
  /** Model time at which the Pod is initialized (or at which it hangs). */
  end: number;
  /** The init container on which the Pod hangs forever, if any. */
  hangsOn?: string;
  /** True when an init container failed under `restartPolicy: Never`: the Pod has failed. */
  failed?: boolean;
  /** Sidecars (native, or treated as regular init containers) still running, with start times. */
  running: Map<string, number>;
  /** Native sidecars that count toward readiness, with the time they report ready. */
  ready: Map<string, number>;
}

function whyNoSidecar(name: string, support: SidecarSupport, minor: number): string {
  if (support === 'unknown-field') {
    return (
      `On Kubernetes 1.${minor} initContainers[].restartPolicy does not exist: kubectl rejects ` +
      `the manifest by default, and other clients see the field dropped, so ${name} becomes a ` +
      'regular init container.'
    );
  }
  const gate =
    minor === 28
      ? 'the SidecarContainers feature gate is off by default'
      : 'the SidecarContainers feature gate is switched off';
  return (
    `On Kubernetes 1.${minor} ${gate}, so the API server silently drops restartPolicy: Always ` +
    `and ${name} becomes a regular init container.`
  );
}

function waitReason(
  design: Design,
  name: string,
  previous: Container,
  support: SidecarSupport,
): string {
  const supported = support === 'full' || support === 'unordered';
  if (isNativeSidecar(design, previous) && !supported) {
    return (
      `${name} waits for ${previous.name} to exit: this cluster does not run native sidecars, so ` +
      `${previous.name} is a regular init container there.`
    );
  }
  if (!isNativeSidecar(design, previous)) {
    return `${name} waits for ${previous.name} to exit 0: init containers run one at a time, in order.`;
  }
  if (probeOf(previous, 'startupProbe')) {
    return (
      `${previous.name} must be started before ${name} starts: it is a native sidecar declared ` +
      'earlier and has a startupProbe, so it counts as started only once that probe succeeds.'
    );
  }
  if (hookSeconds(previous, 'postStart') !== undefined) {
    return (
      `${name} waits until ${previous.name} runs and its postStart hook has returned: it is a ` +
      'native sidecar declared earlier.'
    );
  }
  return (
    `${name} waits only until ${previous.name} runs: it is a native sidecar declared earlier ` +
    'without a startupProbe, so it counts as started as soon as its process runs.'
  );
}

/** Starts one native sidecar; returns when it runs and counts as started, or undefined if never. */
function startSidecar(
  c: Container,
  index: number,
  t: number,
  log: EventLog,
): { runningAt: number; startedAt: number } | undefined {
  log.add(
    t,
    c.name,
    'starting',
    `${c.name} starts: it is a native sidecar (initContainers[${index}] with restartPolicy: ` +
      'Always) and keeps running next to everything declared after it.',
  );
  const runningAt = t + MODEL_TIMES.containerStart;
  const hook = hookSeconds(c, 'postStart');
  const probe = probeOf(c, 'startupProbe');
  const base = runningAt + (hook ?? 0);
  if (hook !== undefined) {
    log.add(
      runningAt,
      c.name,
      'running',
      `${c.name} runs; its postStart hook takes about ${secondsText(hook)} and must return ` +
        'before it counts as started.',
    );
  }
  if (!probe) {
    log.add(
      base,
      c.name,
      'started',
      hook === undefined
        ? `${c.name} runs and, having no startupProbe, counts as started at once; nothing ` +
            'checks that it already listens.'
        : `${c.name}'s postStart hook has returned and it has no startupProbe: it counts as started.`,
    );
    return { runningAt, startedAt: base };
  }
  if (hook === undefined) {
    log.add(
      runningAt,
      c.name,
      'running',
      `${c.name} runs; the kubelet waits for its startupProbe (first attempt after ` +
        `${probe.initialDelaySeconds} s, then every ${probe.periodSeconds} s) before it starts ` +
        'the next container.',
    );
  }
  const outcome = runProbe(probe, base, runningAt + MODEL_TIMES.listen, true);
  if (!outcome.ok) {
    log.add(
      outcome.at,
      c.name,
      'restarting',
      `${c.name}'s startupProbe failed ${probe.failureThreshold} times in a row before the ` +
        'process answered, so the kubelet kills and restarts it; with these probe settings it ' +
        'never passes and nothing declared after it starts.',
    );
    return undefined;
  }
  const tries =
    outcome.failures === 0
      ? 'at its first attempt'
      : `after ${outcome.failures} failed attempt${outcome.failures === 1 ? '' : 's'}`;
  log.add(
    outcome.at,
    c.name,
    'started',
    `${c.name}'s startupProbe succeeded ${tries}: it counts as started, so the next container may start.`,
  );
  return { runningAt, startedAt: outcome.at };
}

/**
 * When a started container reports ready: at once without a `readinessProbe`, else at the probe's
 * first success once the process listens. Readiness never gates the start of other containers.
 */
export function readyAt(c: Container, runningAt: number, startedAt: number): number {
  const probe = probeOf(c, 'readinessProbe');
  if (!probe) return startedAt;
  return runProbe(probe, startedAt, runningAt + MODEL_TIMES.listen, false).at;
}

/** The failures a scenario injects into the start: a failing init container, a failing probe. */
export interface StartFailures {
  /** A regular init container that exits 1. */
  init?: string;
  /** A container whose startupProbe never succeeds. */
  probe?: string;
  /** The Pod's restartPolicy. */
  policy: string;
  /** The cluster's feature gates. */
  gates?: Gates;
}

function sidecarNeverStarts(c: Container, index: number, t: number, log: EventLog): number {
  log.add(
    t,
    c.name,
    'starting',
    `${c.name} starts: it is a native sidecar (initContainers[${index}] with restartPolicy: Always).`,
  );
  const runningAt = t + MODEL_TIMES.containerStart;
  log.add(
    runningAt,
    c.name,
    'running',
    `${c.name} runs, but its startupProbe does not succeed; the kubelet starts nothing declared ` +
      'after it until it counts as started.',
  );
  return failStartupProbe(
    c,
    runningAt,
    true,
    `A native sidecar is always restarted, whatever the Pod's restartPolicy; everything declared after ${c.name} keeps waiting.`,
    log,
  );
}

/**
 * The init sequence (sidecar-rules.md §3.2): regular init containers one by one to exit 0; a
 * native sidecar lets the next container start once it has started (after its `postStart` hook
 * and `startupProbe`). Where the cluster does not support sidecars (§1.3) a sidecar is a regular
 * init container that never exits, and the Pod hangs in `Init`.
 */
export function simulateInit(
  design: Design,
  support: SidecarSupport,
  minor: number,
  log: EventLog,
  failures: StartFailures = { policy: 'Always' },
): InitResult {
  const inits = initContainersOf(design);
  const result: InitResult = { steps: [], end: 0, running: new Map(), ready: new Map() };
  for (const [index, c] of inits.entries()) {
    const previous = inits[index - 1];
    if (previous) log.add(0, c.name, 'waiting', waitReason(design, c.name, previous, support));
  }
  let t = 0;
  for (const [index, c] of inits.entries()) {
    result.steps.push([c.name]);
    const native = isNativeSidecar(design, c);
    if (native && (support === 'full' || support === 'unordered')) {
      if (c.name === failures.probe && probeOf(c, 'startupProbe')) {
        result.running.set(c.name, t);
        result.hangsOn = c.name;
        result.end = sidecarNeverStarts(c, index, t, log);
        return result;
      }
      const times = startSidecar(c, index, t, log);
      if (times === undefined) {
        result.running.set(c.name, t);
        result.hangsOn = c.name;
        result.end = t + MODEL_TIMES.containerStart;
        return result;
      }
      result.running.set(c.name, times.startedAt);
      result.ready.set(c.name, readyAt(c, times.runningAt, times.startedAt));
      t = times.startedAt;
      continue;
    }
    if (!native && c.name === failures.init && failures.gates) {
      const code = crashCode(c);
      const decision = onExit(design, c, code, failures.gates, false);
      result.hangsOn = c.name;
      result.failed = decision.action === 'stay';
      result.end = failInit(c, t, code, decision, log);
      return result;
    }
    const runningAt = t + MODEL_TIMES.containerStart;
    if (native) {
      log.add(t, c.name, 'starting', whyNoSidecar(c.name, support, minor));
      log.add(
        runningAt,
        c.name,
        'blocked',
        `${c.name} is a long-running process that never exits, so the Pod stays in Init ` +
          '(phase Pending) forever and no container declared after it starts.',
      );
      result.running.set(c.name, runningAt);
      result.hangsOn = c.name;
      result.end = runningAt;
      return result;
    }
    log.add(
      t,
      c.name,
      'starting',
      `${c.name} starts: a regular init container, which must exit 0 before anything declared ` +
        'after it starts.',
    );
    log.add(runningAt, c.name, 'running', `${c.name} runs its task.`);
    t = runningAt + MODEL_TIMES.initRun;
    log.add(t, c.name, 'completed', `${c.name} exits 0 and is done.`);
  }
  result.end = t;
  return result;
}
