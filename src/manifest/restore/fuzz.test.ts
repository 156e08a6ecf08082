import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { readCorpusFile } from '../../testing/corpus';
import type { ImportResult, ManifestFile } from '../types';
import { importInto, restoreManifest } from './index';
import { MAX_TEXT_LENGTH } from './limits';
import { HOSTILE_KEYS } from './plain';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

function hasHostileKey(value: unknown, depth = 0): boolean {
  if (depth > 200 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => hasHostileKey(item, depth + 1));
  return Object.entries(value).some(
    ([key, item]) => HOSTILE_KEYS.has(key) || hasHostileKey(item, depth + 1),
  );
}

function withoutHostileKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutHostileKeys);
  if (value === null || typeof value !== 'object') return value;
  const kept = Object.entries(value).filter(([key]) => !HOSTILE_KEYS.has(key));
  return Object.fromEntries(kept.map(([key, item]) => [key, withoutHostileKeys(item)]));
}

/** The door's promise: a result, never an exception; a reason when refused; no hostile key kept. */
function importsOrSaysWhy(text: string): ImportResult {
  const result = restoreManifest(text);
  // Checked by hand first: an expect per case would cost more than most imports.
  if (result.ok) {
    if (hasHostileKey(result.file)) expect(result.file).toBe('free of hostile keys');
  } else if (result.error.message.trim().length <= 10) {
    expect(result.error.message).toMatch(/\w{10}/);
  }
  return result;
}

const SMALL_CORPUS = [
  'git-sync/deployment.yaml',
  'cloud-sql-proxy/job_with_sidecar.yaml',
  'cronjob-runner/multiple-containers.yaml',
  'istio/native-sidecar.yaml',
].map(readCorpusFile);

const YAML_PUNCTUATION = [...':-?,[]{}#&*!|>\'"%@`~<=. \t\n\r\\/0123456789abcxyz'];

/** Pieces of manifests and of YAML's harder corners, separated by "¦". */
const YAML_TOKENS = [
  '---\n¦...\n¦apiVersion: v1\n¦kind: Pod\n¦kind: Deployment\n¦kind: List\n¦metadata:\n¦  name: x\n',
  'spec:\n¦  containers:\n¦  - name: a\n¦    image: b\n¦initContainers:\n¦restartPolicy: Always\n',
  'items:\n¦- ¦  ¦&a ¦*a¦<<: *a\n¦!!set ¦!!binary ¦!!map ¦!custom ¦{{ .Values.x }}¦"{{ x }}"',
  '__proto__: ¦constructor: ¦prototype: ¦{¦}¦[¦]¦: ¦, ¦? ¦|\n¦>-\n¦0400¦.inf¦.nan¦~¦null¦yes¦1e999',
  '<YOUR-NAME>¦# comment\n¦\t¦\n',
]
  .join('¦')
  .split('¦');

const yamlish = fc.oneof(
  fc.string({ unit: fc.constantFrom(...YAML_PUNCTUATION), maxLength: 300 }),
  fc
    .array(fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ maxLength: 6 })), {
      maxLength: 60,
    })
    .map((parts) => parts.join('')),
);

const latin1 = fc
  .uint8Array({ maxLength: 400 })
  .map((bytes) => Buffer.from(bytes).toString('latin1'));

const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'kind', 'spec', 'polluted'),
  fc.string({ maxLength: 8 }),
);
const { json } = fc.letrec<{ json: JsonValue }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(key, tie('json'), { maxKeys: 5 }),
  ),
}));

/** Nesting `depth` levels deep in flow or block style, with hostile keys on the way. */
function nested(depth: number, style: number): string {
  if (style === 0) return `${'['.repeat(depth)}${']'.repeat(depth)}`;
  if (style === 1) return `${'{__proto__: '.repeat(depth)}1${'}'.repeat(depth)}`;
  if (style === 2)
    return Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
  return Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}-`).join('\n');
}
const depthAndStyle = fc.record({ depth: fc.integer({ min: 1, max: 400 }), style: fc.nat(3) });
const deep = depthAndStyle.map(({ depth, style }) => nested(depth, style));

/** A corpus file with a few edits of the kind a hurried person or a broken tool makes. */
const mutatedCorpus = fc
  .record({
    file: fc.constantFrom(...SMALL_CORPUS),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        cut: fc.nat(30),
        text: fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ maxLength: 4 })),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ file, edits }) =>
    edits.reduce((text, { at, cut, text: insert }) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    }, file),
  );

describe('the import door, given hostile text', () => {
  it('never throws on YAML-ish punctuation and tokens (3,000 cases)', () => {
    fc.assert(
      fc.property(yamlish, (text) => void importsOrSaysWhy(text)),
      { numRuns: 3_000 },
    );
  });

  it('never throws on random bytes read as latin1 (1,500 cases)', () => {
    fc.assert(
      fc.property(latin1, (text) => void importsOrSaysWhy(text)),
      { numRuns: 1_500 },
    );
  });

  it('drops hostile keys at any depth of random JSON (1,500 cases)', () => {
    fc.assert(
      fc.property(json, (value) => {
        const result = importsOrSaysWhy(JSON.stringify(value));
        if (!result.ok) throw new Error(result.error.message);
        const [document] = result.file.documents;
        if (document?.type === 'other') expect(document.value).toEqual(withoutHostileKeys(value));
      }),
      { numRuns: 1_500 },
    );
  });

  it('refuses nesting beyond 100 levels and accepts it below (600 cases)', () => {
    fc.assert(
      fc.property(depthAndStyle, ({ depth, style }) => {
        const result = importsOrSaysWhy(nested(depth, style));
        if (depth <= 90) expect(result.ok).toBe(true);
        if (depth >= 100) expect(result.ok || result.error.message).toMatch(/more than 100 levels/);
      }),
      { numRuns: 600 },
    );
  });

  it('never throws on real manifests after random edits (1,500 cases)', () => {
    fc.assert(
      fc.property(mutatedCorpus, (text) => void importsOrSaysWhy(text)),
      {
        numRuns: 1_500,
      },
    );
  });

  it('keeps the current design itself when an import fails (1,000 cases)', () => {
    const start = restoreManifest(SMALL_CORPUS[0] ?? '');
    if (!start.ok) throw new Error(start.error.message);
    const current: ManifestFile = start.file;
    const snapshot = JSON.stringify(current);
    fc.assert(
      fc.property(fc.oneof(yamlish, latin1, mutatedCorpus, deep), (text) => {
        const { file, result } = importInto(current, text);
        if (file !== (result.ok ? result.file : current)) expect(file).toBe(current);
      }),
      { numRuns: 1_000 },
    );
    expect(JSON.stringify(current)).toBe(snapshot);
  });

  it('refuses a 10 MB text at once (1 case)', () => {
    const huge = 'a: ['.repeat((10 * 1024 * 1024) / 4);
    expect(huge.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    const result = importsOrSaysWhy(huge);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(/^This file is 10\.0 MB; .* up to 5 MB\.$/);
  });
});
