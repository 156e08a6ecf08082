import { simulateLifecycle } from '../lifecycle';
import type { TimelineEvent } from '../lifecycle/types';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import type { CliIo } from './io';
import { loadWorkloads } from './load';

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
    for (const e of t.events) {
      lines.push(
        `  ${`${e.t}s`.padStart(6)}  ${e.container.padEnd(20)} ${e.phase.padEnd(12)} ${e.reason}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

/** `timeline FILE [--format text|json]`: the start and stop sequence of each workload. */
export function runTimeline(args: ParsedArgs, io: CliIo): number {
  if (args.files.length !== 1) throw new UsageError('timeline takes exactly one FILE.');
  const format = args.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format is text or json, not "${format}".`);
  }
  const loaded = loadWorkloads(args.files[0] as string, io, args.overrides);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 2;
  }
  const timelines = loaded.workloads.map(({ file, document, design }): WorkloadTimeline => {
    const { start, stop, completes, events } = simulateLifecycle(design);
    const name = typeof design.metadata.name === 'string' ? design.metadata.name : '';
    return { file, document, kind: design.kind, name, start, stop, completes, events };
  });
  io.out(format === 'json' ? `${JSON.stringify(timelines, null, 2)}\n` : formatText(timelines));
  return 0;
}
