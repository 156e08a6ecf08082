import { sidecarSupport } from '../model/facts/versions';
import { appContainersOf, initContainersOf } from '../model/placement';
import type { Design } from '../model/types';
import { createContext } from './context';
import { RULES } from './registry';
import type { Finding, FindingTarget, LintContext, Rule } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The path from the workload's root to its pod spec, in manifest spelling. */
export function podSpecPath(design: Design): string {
  switch (design.kind) {
    case 'Pod':
      return 'spec';
    case 'CronJob':
      return 'spec.jobTemplate.spec.template.spec';
    default:
      return 'spec.template.spec';
  }
}

/** The manifest field path a finding points at, e.g. `spec.initContainers[1].restartPolicy`. */
export function pathOf(design: Design, target: FindingTarget): string {
  if (target.root !== undefined) return target.root;
  const pod = podSpecPath(design);
  const field = target.field ? `.${target.field}` : '';
  if (target.container) {
    const init = initContainersOf(design).findIndex((c) => c.name === target.container);
    if (init >= 0) return `${pod}.initContainers[${init}]${field}`;
    const app = appContainersOf(design).findIndex((c) => c.name === target.container);
    if (app >= 0) return `${pod}.containers[${app}]${field}`;
  }
  if (target.volume) {
    const podVolumes = design.volumes.filter((v) => v.type !== 'volumeClaimTemplate');
    const index = podVolumes.findIndex((v) => v.name === target.volume);
    if (index >= 0) return `${pod}.volumes[${index}]${field}`;
    const claims = design.volumes.filter((v) => v.type === 'volumeClaimTemplate');
    const claim = claims.findIndex((v) => v.name === target.volume);
    if (claim >= 0) return `spec.volumeClaimTemplates[${claim}]${field}`;
  }
  return target.field ? `${pod}.${target.field}` : pod;
}

export interface LintOptions {
  context?: LintContext;
  rules?: readonly Rule[];
}

/** Runs every rule on a design; findings come sorted by severity, then catalogue order. */
export function lintDesign(design: Design, options: LintOptions = {}): Finding[] {
  const context = options.context ?? createContext(design.target);
  const findings: Finding[] = [];
  const support = sidecarSupport(context.minor, context.gates.sidecarContainers);
  const works = { start: support === 'full' || support === 'unordered', stop: support === 'full' };
  for (const rule of options.rules ?? RULES) {
    if (rule.nativeBehaviour && !works[rule.nativeBehaviour]) continue;
    for (const found of rule.check(design, context)) {
      findings.push({
        ...found,
        rule: rule.id,
        severity: found.severity ?? rule.severity,
        path: pathOf(design, found),
      });
    }
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
