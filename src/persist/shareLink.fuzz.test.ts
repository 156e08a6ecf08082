import fc from 'fast-check';
import LZString from 'lz-string';
import { afterEach, describe, expect, it } from 'vitest';
import { starterDesign } from '../model/create';
import { checkIntegrity } from '../model/invariants';
import type { Design } from '../model/types';
import { container, design, volume } from '../testing/build';
import {
  decodeShareLink,
  encodeShareLink,
  SHARE_PREFIX,
  type ShareLinkResult,
  unpackShareText,
} from './shareLink';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const HOSTILE = ['__proto__', 'constructor', 'prototype'];
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
});

function tenContainers(): Design {
  const volumes = [volume('shared'), volume('config', 'configMap', { name: 'cfg' })];
  const containers = Array.from({ length: 10 }, (_, i) =>
    container(`c-${i}`, {
      role: i < 5 ? 'main' : i < 8 ? 'sidecar' : 'init',
      mounts: [{ volume: i % 2 ? 'shared' : 'config', mountPath: '/mnt' }],
    }),
  );
  return design({ kind: 'StatefulSet', containers, volumes });
}

const LINKS = [encodeShareLink(starterDesign()), encodeShareLink(tenContainers())];

/** Opens `fragment` and checks the promise of the decoder: a design the model can work with (checkIntegrity), or a reason. */
function opensOrSaysWhy(fragment: string): ShareLinkResult {
  const result = decodeShareLink(fragment);
  // Checked by hand first: an expect per case would cost more than the decoding itself.
  if (result.ok) {
    const problems = checkIntegrity(result.design);
    if (problems.length > 0) expect(problems).toEqual([]);
  } else if (result.reason.trim().length <= 10) expect(result.reason).toMatch(/\w{10}/);
  return result;
}

const alphabetText = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength });

type Damage =
  | { kind: 'cut'; at: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'swap'; at: number; other: number };

/** One way a link can be damaged on its way from one person to another. */
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
);

/** `link` with `harm` done to it. */
function damaged(link: string, harm: Damage): string {
  const at = harm.at % (link.length + 1);
  switch (harm.kind) {
    case 'cut':
      return link.slice(0, at);
    case 'flip':
      return link.slice(0, at) + harm.char + link.slice(at + 1);
    case 'insert':
      return link.slice(0, at) + harm.text + link.slice(at);
    case 'delete':
      return link.slice(0, at) + link.slice(at + harm.count);
    case 'swap': {
      const other = harm.other % link.length;
      const chars = [...link];
      [chars[at], chars[other]] = [chars[other] ?? '', chars[at] ?? ''];
      return chars.join('');
    }
  }
}

describe('the share-link decoder, given hostile fragments', () => {
  it('never throws on random text (1,500 cases)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((s) => `#design=${s}`),
    );
    fc.assert(
      fc.property(text, (fragment) => void opensOrSaysWhy(fragment)),
      { numRuns: 1_500 },
    );
  });

  it('never throws on random packed text, and unpacks as lz-string does (2,000 cases)', () => {
    fc.assert(
      fc.property(alphabetText(400), (packed) => {
        opensOrSaysWhy(SHARE_PREFIX + packed);
        const ours = unpackShareText(packed);
        if (ours.ok) expect(LZString.decompressFromEncodedURIComponent(packed)).toBe(ours.text);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws on real links damaged in transit (2,500 cases)', () => {
    const link = fc.constantFrom(...LINKS);
    fc.assert(
      fc.property(link, fc.array(damage, { minLength: 1, maxLength: 3 }), (original, harms) => {
        const fragment = harms.reduce(damaged, original);
        const result = opensOrSaysWhy(fragment);
        if (fragment === original) expect(result.ok).toBe(true);
      }),
      { numRuns: 2_500 },
    );
  });
});

describe('the share-link codec, given any text in a design', () => {
  it('unpacks whatever lz-string packs (1,000 cases)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(
      fc.property(text, (original) => {
        const packed = LZString.compressToEncodedURIComponent(original);
        expect(unpackShareText(packed)).toEqual({ ok: true, text: original });
      }),
      { numRuns: 1_000 },
    );
  });

  it('gives back labels, images and names exactly (1,000 cases)', () => {
    const key = fc.string({ maxLength: 20 }).filter((k) => !HOSTILE.includes(k));
    fc.assert(
      fc.property(
        fc.dictionary(key, fc.string({ unit: 'binary', maxLength: 40 }), { maxKeys: 6 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (labels, image) => {
          const start = starterDesign();
          const [first, ...rest] = start.containers;
          if (first === undefined) throw new Error('the starter design has a container');
          const original: Design = {
            ...start,
            metadata: { ...start.metadata, labels },
            containers: [{ ...first, raw: { ...first.raw, image } }, ...rest],
          };
          const result = decodeShareLink(encodeShareLink(original));
          expect(result).toEqual({ ok: true, design: original, notes: [] });
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
