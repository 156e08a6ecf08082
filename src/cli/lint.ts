import { createContext } from '../lint/context';
import { lintDesign } from '../lint/engine';
import type { Finding } from '../lint/types';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import type { CliIo } from './io';
import { formatFindingsText } from './lintText';
import { loadWorkloads } from './load';
import { toSarif } from './sarif';

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
 * `lint FILE... [--target X.Y] [--format text|json|sarif]`: exit 0 when no error-severity
 * finding, 1 when any, 2 when a file cannot be read.
 */
export function runLint(args: ParsedArgs, io: CliIo): number {
  if (args.files.length === 0) throw new UsageError('lint takes at least one FILE.');
  const format = args.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) {
    throw new UsageError(`--format is text, json or sarif, not "${format}".`);
  }
  const results: WorkloadFindings[] = [];
  let unreadable = false;
  for (const path of args.files) {
    const loaded = loadWorkloads(path, io, args.overrides);
    if (!loaded.ok) {
      io.err(`${loaded.message}\n`);
      unreadable = true;
      continue;
    }
    for (const workload of loaded.workloads) {
      const { design } = workload;
      const findings = lintDesign(design, { context: createContext(design.target) });
      results.push({
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
      });
    }
  }
  if (format === 'json') io.out(`${JSON.stringify(results, null, 2)}\n`);
  else if (format === 'sarif') io.out(`${JSON.stringify(toSarif(results), null, 2)}\n`);
  else io.out(formatFindingsText(results));
  if (unreadable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
