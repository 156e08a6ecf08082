import { RULES } from '../lint/registry';
import type { Severity } from '../lint/types';
import type { LintNote, WorkloadFindings } from './lint';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A file path as a SARIF artifact URI: forward slashes, relative, percent-encoded. */
export function artifactUri(file: string): string {
  return encodeURI(file.replaceAll('\\', '/').replace(/^(\.\/)+/, ''));
}

const NOTE_LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/**
 * Findings as a SARIF 2.1.0 log, which code-scanning tools load; notes about files (skipped,
 * unreadable) go in as notifications of the run.
 */
export function toSarif(
  results: readonly WorkloadFindings[],
  run: { version?: string; notes?: readonly LintNote[] } = {},
) {
  const index = new Map(RULES.map((rule, i) => [rule.id, i]));
  const notes = run.notes ?? [];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Sidecar Studio',
            ...(run.version ? { version: run.version, semanticVersion: run.version } : {}),
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.title,
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.explanation },
              help: {
                text: `${rule.explanation}\n\nSources: ${rule.sources.map((s) => `${s.title} (${s.url})`).join('; ')}`,
              },
              ...(rule.sources[0] ? { helpUri: rule.sources[0].url } : {}),
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { catalogue: rule.number },
            })),
          },
        },
        results: results.flatMap((result) =>
          result.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(result.file) },
                  region: { startLine: f.line ?? 1 },
                },
                logicalLocations: [
                  { fullyQualifiedName: `${result.kind}/${result.name}/${f.path}` },
                ],
              },
            ],
          })),
        ),
        invocations: [
          {
            executionSuccessful: !notes.some((n) => n.level === 'error'),
            toolExecutionNotifications: notes.map((note) => ({
              level: NOTE_LEVEL[note.level],
              message: { text: note.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: artifactUri(note.file) },
                    ...(note.line ? { region: { startLine: note.line } } : {}),
                  },
                },
              ],
            })),
          },
        ],
      },
    ],
  };
}
