import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { describe, expect, it } from 'vitest';
import { simulateLifecycle } from '../lifecycle';
import { lintDesign } from '../lint/engine';
import { generateDesignYaml } from '../manifest/generate';
import { restoreManifest } from '../manifest/restore';
import { designsOf } from '../manifest/workloads';
import { readYamlDocuments } from '../manifest/yaml/read';
import { SIDECAR_PURPOSES } from '../model/types';
import { PATTERNS, patternById } from './index';

/**
 * The rule ids each pattern is expected to trigger, errors and warnings included. Every pattern
 * with an init container or sidecar shows the effective-requests summary (info); a Job with a
 * native sidecar is told that the sidecar's exit code does not count (info).
 */
const EXPECTED_RULES: Record<string, readonly string[]> = {
  'native-log-shipper': ['res/effective-requests'],
  'istio-proxy': ['res/effective-requests'],
  'linkerd-proxy': ['res/effective-requests'],
  'metrics-adapter': ['res/effective-requests'],
  'cloud-sql-ambassador': ['res/effective-requests'],
  'git-poller': ['res/effective-requests'],
  'init-prepares-data': ['res/effective-requests'],
  'job-native-sidecar': ['job/sidecar-exit-ignored', 'res/effective-requests'],
  'job-legacy-sidecar': ['job/legacy-sidecar-never-completes', 'res/effective-requests'],
};

type Validator = (object: unknown) => void;

/** The kubernetes-models class of each kind the patterns use. */
const VALIDATORS: Record<string, Validator> = {
  Deployment: (object) => new Deployment(object as Deployment).validate(),
  Job: (object) => new Job(object as Job).validate(),
};

function ruleIds(id: string): string[] {
  const pattern = patternById(id);
  if (!pattern) throw new Error(`no pattern ${id}`);
  return [...new Set(lintDesign(pattern.design()).map((f) => f.rule))].sort();
}

describe('pattern library', () => {
  it('lists every pattern once, each with a two-line summary and a Kubernetes source', () => {
    const ids = PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(EXPECTED_RULES).sort());
    for (const pattern of PATTERNS) {
      expect(pattern.summary).toHaveLength(2);
      expect(pattern.summary.every((line) => line.length > 20)).toBe(true);
      expect(pattern.sources.some((s) => s.url.startsWith('https://kubernetes.io/'))).toBe(true);
    }
  });

  it.each(PATTERNS.map((p) => [p.id]))('%s triggers exactly its expected rules', (id) => {
    expect(ruleIds(id)).toEqual([...(EXPECTED_RULES[id] ?? [])].sort());
  });

  it('has no error finding in any pattern, and warnings only in the broken-on-purpose one', () => {
    for (const pattern of PATTERNS) {
      const findings = lintDesign(pattern.design());
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      const warnings = [
        ...new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.rule)),
      ];
      expect(warnings).toEqual(
        pattern.brokenOnPurpose ? ['job/legacy-sidecar-never-completes'] : [],
      );
    }
  });

  it('marks only the legacy Job as broken on purpose, and its Pod never completes', () => {
    expect(PATTERNS.filter((p) => p.brokenOnPurpose).map((p) => p.id)).toEqual([
      'job-legacy-sidecar',
    ]);
    const native = patternById('job-native-sidecar');
    const legacy = patternById('job-legacy-sidecar');
    expect(native && simulateLifecycle(native.design()).completes).toBe(true);
    expect(legacy && simulateLifecycle(legacy.design()).completes).toBe(false);
  });

  it.each(PATTERNS.map((p) => [p.id, p]))(
    '%s gives every container an image, resources and a position',
    (_id, pattern) => {
      const design = pattern.design();
      for (const container of design.containers) {
        expect(typeof container.raw.image).toBe('string');
        expect(container.raw.resources).toBeDefined();
        expect(design.positions[`container:${container.name}`]).toBeDefined();
        if (container.role === 'sidecar') expect(SIDECAR_PURPOSES).toContain(container.purpose);
        if (container.role !== 'init') {
          const probed = ['startupProbe', 'readinessProbe', 'livenessProbe'].some(
            (probe) => container.raw[probe] !== undefined,
          );
          expect(probed || design.kind === 'Job').toBe(true);
        }
      }
      for (const volume of design.volumes) {
        expect(design.positions[`volume:${volume.name}`]).toBeDefined();
      }
    },
  );

  it.each(PATTERNS.map((p) => [p.id, p]))('%s exports and imports unchanged', (_id, pattern) => {
    const yaml = generateDesignYaml(pattern.design());
    const restored = restoreManifest(yaml);
    if (!restored.ok) throw new Error(restored.error.message);
    const [design] = designsOf(restored.file);
    expect(design).toBeDefined();
    if (design) expect(generateDesignYaml(design)).toBe(yaml);
  });

  it.each(PATTERNS.map((p) => [p.id, p]))(
    '%s passes Kubernetes schema validation',
    (_id, pattern) => {
      const [object] = readYamlDocuments(generateDesignYaml(pattern.design()));
      const kind = pattern.design().kind;
      const validate = VALIDATORS[kind];
      expect(validate, `no validator for ${kind}`).toBeDefined();
      expect(() => validate?.(object)).not.toThrow();
    },
  );

  it('rejects an invalid object, so the schema check can fail', () => {
    const [object] = readYamlDocuments(generateDesignYaml(nativeLogShipper().design()));
    const broken = { ...(object as object), spec: { template: { spec: { containers: 'none' } } } };
    expect(() => VALIDATORS.Deployment?.(broken)).toThrow();
  });

  it('builds a fresh design on each call', () => {
    for (const pattern of PATTERNS) expect(pattern.design()).not.toBe(pattern.design());
  });
});

/** The first pattern of the library. */
function nativeLogShipper() {
  const pattern = patternById('native-log-shipper');
  if (!pattern) throw new Error('missing pattern');
  return pattern;
}
