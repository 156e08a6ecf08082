import { RULES } from '../lint/registry';
import type { Severity } from '../lint/types';
import type { WorkloadFindings } from './lint';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** Findings as a SARIF 2.1.0 log, which code-scanning tools load. */
export function toSarif(results: readonly WorkloadFindings[]) {
  const index = new Map(RULES.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Sidecar Studio',
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
                  artifactLocation: { uri: result.file },
                  region: { startLine: f.line ?? 1 },
                },
                logicalLocations: [
                  { fullyQualifiedName: `${result.kind}/${result.name}/${f.path}` },
                ],
              },
            ],
          })),
        ),
      },
    ],
  };
}
