import {
  LIFECYCLE_SCENARIOS,
  type LifecycleScenario,
  SCENARIO_FIT,
  scenarioContainer,
  simulateLifecycle,
  TARGETED_SCENARIOS,
} from '../lifecycle';
import type { TimelineEvent } from '../lifecycle/types';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { loadInputWorkloads } from './inputs';
import type { CliIo } from './io';

/** The timeline of one workload, as `--format json` prints it (DESIGN.md §6). */
export interface WorkloadTimeline {
  file: string;
  document: number;
  kind: string;
  name: string;
  start: string[][];
  stop: string[][];
  completes: boolean | null;
  events: TimelineEvent[];
}

function steps(list: string[][]): string {
  return list.map((step) => step.join(' + ')).join('  →  ') || '(none)';
}

function formatText(timelines: readonly WorkloadTimeline[]): string {
  const lines: string[] = [];
  for (const t of timelines) {
    lines.push(`${t.file}: ${t.kind} "${t.name}"`);
    lines.push(`  start: ${steps(t.start)}`);
    lines.push(`  stop:  ${steps(t.stop)}`);
    if (t.completes !== null) lines.push(`  completes: ${t.completes ? 'yes' : 'never'}`);
    const width = Math.max(20, ...t.events.map((e) => e.container.length + 1));
    lines.push(
      `  ${'t'.padStart(6)}  ${'CONTAINER'.padEnd(width)} ${'PHASE'.padEnd(12)} ${'STATUS'.padEnd(22)} ${'READY'.padEnd(6)} WHY`,
    );
    for (const e of t.events) {
      lines.push(
        `  ${`${e.t}s`.padStart(6)}  ${e.container.padEnd(width)} ${e.phase.padEnd(12)} ${e.status.padEnd(22)} ${e.ready.padEnd(6)} ${e.reason}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function scenarioOf(args: ParsedArgs): LifecycleScenario | undefined {
  if (args.scenario === undefined) {
    if (args.container !== undefined) throw new UsageError('--container needs --scenario.');
    return undefined;
  }
  const scenario = LIFECYCLE_SCENARIOS.find((s) => s === args.scenario);
  if (!scenario) {
    throw new UsageError(
      `--scenario is one of ${LIFECYCLE_SCENARIOS.join(', ')}, not "${args.scenario}".`,
    );
  }
  if (args.container !== undefined && !TARGETED_SCENARIOS.includes(scenario)) {
    throw new UsageError(`--scenario ${scenario} acts on no particular container.`);
  }
  return scenario;
}

/**
 * `timeline FILE [--format text|json] [--scenario NAME [--container NAME]]`: the start and stop
 * sequence of each workload, with the STATUS and READY columns of `kubectl get pod`.
 */
export function runTimeline(args: ParsedArgs, io: CliIo): number {
  if (args.files.length !== 1) throw new UsageError('timeline takes exactly one FILE.');
  const format = args.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format is text or json, not "${format}".`);
  }
  const scenario = scenarioOf(args);
  const loaded = loadInputWorkloads(args.files[0] as string, io, args.overrides);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 2;
  }
  if (
    args.container !== undefined &&
    scenario !== undefined &&
    !loaded.workloads.some(({ design }) => scenarioContainer(design, scenario, args.container))
  ) {
    io.err(
      `No workload has a container "${args.container}" that fits --scenario ${scenario}: it acts on ${SCENARIO_FIT[scenario]}.\n`,
    );
    return 2;
  }
  const timelines = loaded.workloads.map(({ file, document, design }): WorkloadTimeline => {
    const name = typeof design.metadata.name === 'string' ? design.metadata.name : '';
    if (scenario !== undefined && TARGETED_SCENARIOS.includes(scenario)) {
      if (scenarioContainer(design, scenario, args.container) === undefined) {
        io.err(
          `${file}: ${design.kind} "${name}" has no container that is ${SCENARIO_FIT[scenario]}: only its start is shown.\n`,
        );
      }
    }
    const { start, stop, completes, events } = simulateLifecycle(design, {
      ...(scenario !== undefined && { scenario }),
      ...(args.container !== undefined && { container: args.container }),
    });
    return { file, document, kind: design.kind, name, start, stop, completes, events };
  });
  io.out(format === 'json' ? `${JSON.stringify(timelines, null, 2)}\n` : formatText(timelines));
  return 0;
}
