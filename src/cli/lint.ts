import { createContext } from '../lint/context';
import { lintDesign } from '../lint/engine';
import type { Finding } from '../lint/types';
import type { FailOn, ParsedArgs } from './args';
import { UsageError } from './args';
import { loadConfig } from './config';
import { formatGithub } from './github';
import { collectInputs, holdsKind } from './inputs';
import { type CliIo, STDIN_NAME } from './io';
import { formatFindingsText } from './lintText';
import { type LoadedWorkload, loadWorkloads } from './load';
import { toSarif } from './sarif';
import { ignoredRulesOf, tuneFindings } from './tuning';

/** The lint result of one workload, as `--format json` prints it (DESIGN.md §6). */
export interface WorkloadFindings {
  file: string;
  document: number;
  kind: string;
  name: string;
  findings: Array<
    Pick<Finding, 'rule' | 'severity' | 'message' | 'path'> & {
      line: number | null;
      container?: string;
      fix?: string;
    }
  >;
}

/**
 * Something about a file rather than a finding in it: a file that cannot be read (`error`),
 * a name in an ignore annotation that is no rule (`warning`), a file skipped (`notice`).
 */
export interface LintNote {
  level: 'error' | 'warning' | 'notice';
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** A note as printed on standard error: file, line, sentence. */
export function noteText(note: LintNote): string {
  const where = note.line ? `:${note.line}${note.column ? `:${note.column}` : ''}` : '';
  return `${note.file}${where}: ${note.message}`;
}

export const LINT_FORMATS = ['text', 'json', 'sarif', 'github'];

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** True when a finding of this severity fails the run under `failOn`. */
export function fails(severity: Finding['severity'], failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}

function lintWorkload(workload: LoadedWorkload, rules: Parameters<typeof tuneFindings>[1]) {
  const { design } = workload;
  const ignored = ignoredRulesOf(design);
  const findings = tuneFindings(
    lintDesign(design, { context: createContext(design.target) }),
    rules,
    ignored.rules,
  );
  const result: WorkloadFindings = {
    file: workload.file,
    document: workload.document,
    kind: design.kind,
    name: typeof design.metadata.name === 'string' ? design.metadata.name : '',
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line: workload.lineOf(f.path) ?? null,
      ...(f.container ? { container: f.container } : {}),
    })),
  };
  const notes = ignored.unknown.map(
    (id): LintNote => ({
      level: 'warning',
      file: workload.file,
      message: `${design.kind} "${result.name}": sidecar.studio/ignore names "${id}", which is no rule.`,
    }),
  );
  return { result, notes };
}

/**
 * `lint FILE... [--target X.Y] [--format text|json|sarif|github] [--config PATH]
 * [--fail-on S]`: exit 0 when no finding fails the run (by default: no error), 1 when one
 * does, 2 when a file cannot be read.
 */
export function runLint(args: ParsedArgs, io: CliIo): number {
  if (args.files.length === 0) throw new UsageError('lint takes at least one FILE.');
  const format = args.format ?? 'text';
  if (!LINT_FORMATS.includes(format)) {
    throw new UsageError(`--format is text, json, sarif or github, not "${format}".`);
  }
  const config = loadConfig(args.config, io);
  const failOn = args.failOn ?? config.failOn ?? 'error';
  const overrides = { ...(config.target ? { target: config.target } : {}), ...args.overrides };
  const inputs = collectInputs(args.files, io, config);
  const notes: LintNote[] = inputs.skipped.map((s) => ({
    level: 'notice',
    file: s.path,
    message: `skipped, ${s.reason}.`,
  }));
  const results: WorkloadFindings[] = [];
  for (const input of inputs.files) {
    if (!holdsKind(input.path, io)) continue;
    const loaded = loadWorkloads(input.path, io, overrides);
    if (!loaded.ok) {
      // A chart's templates met on the way through a folder are not manifests yet.
      const skip = (input.found || args.skipTemplates === true) && loaded.template === true;
      notes.push({
        level: skip ? 'notice' : 'error',
        file: input.path === '-' ? STDIN_NAME : input.path,
        ...(loaded.line ? { line: loaded.line, column: loaded.column } : {}),
        message: skip ? `skipped: ${loaded.reason}` : loaded.reason,
      });
      continue;
    }
    for (const workload of loaded.workloads) {
      const linted = lintWorkload(workload, config);
      results.push(linted.result);
      notes.push(...linted.notes);
    }
  }
  const unreadable = notes.some((n) => n.level === 'error');
  if (format !== 'github') for (const note of notes) io.err(`${noteText(note)}\n`);
  if (format === 'json') io.out(`${JSON.stringify(results, null, 2)}\n`);
  else if (format === 'sarif') {
    io.out(`${JSON.stringify(toSarif(results, { version: io.version, notes }), null, 2)}\n`);
  } else if (format === 'github') io.out(formatGithub(results, notes));
  else io.out(formatFindingsText(results));
  if (unreadable) return 2;
  return results.some((r) => r.findings.some((f) => fails(f.severity, failOn))) ? 1 : 0;
}
