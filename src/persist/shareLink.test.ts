import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { restoreManifest } from '../manifest/restore/index';
import { designsOf } from '../manifest/workloads';
import { starterDesign } from '../model/create';
import type { Design } from '../model/types';
import { container, design, volume } from '../testing/build';
import { readCorpusFile } from '../testing/corpus';
import {
  decodeShareLink,
  encodeShareLink,
  MAX_SHARE_LENGTH,
  SHARE_PREFIX,
  unpackShareText,
} from './shareLink';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** A link whose packed text is `text`, whatever it holds. */
function linkOfText(text: string): string {
  return SHARE_PREFIX + LZString.compressToEncodedURIComponent(text);
}

/** A link carrying `value` as its JSON. */
function linkOf(value: unknown): string {
  return linkOfText(JSON.stringify(value));
}

function share(design: unknown, extra: Record<string, unknown> = {}): string {
  return linkOf({ app: 'sidecar-studio', kind: 'share', version: 1, design, ...extra });
}

function reasonOf(fragment: string): string {
  const result = decodeShareLink(fragment);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.reason;
}

function corpusDeployment(): Design {
  const result = restoreManifest(readCorpusFile('git-sync/deployment.yaml'));
  if (!result.ok) throw new Error(result.error.message);
  const [found] = designsOf(result.file);
  if (found === undefined) throw new Error('the corpus file holds no workload');
  return found;
}

function thirtyContainers(): Design {
  const volumes = Array.from({ length: 6 }, (_, i) => volume(`data-${i}`));
  const containers = Array.from({ length: 30 }, (_, i) => {
    const role = i < 16 ? 'main' : i < 24 ? 'sidecar' : 'init';
    const mounts = [{ volume: `data-${i % 6}`, mountPath: '/data', readOnly: i % 2 === 0 }];
    return container(`c-${i}`, { role, mounts, spec: { ports: [{ containerPort: 8000 + i }] } });
  });
  const links = containers
    .slice(1, 16)
    .map((c, i) => ({ from: c.name, to: `c-${16 + (i % 8)}`, port: 8016 + (i % 8) }));
  return design({ kind: 'Deployment', containers, volumes, links });
}

/**
 * Packed text whose codes each repeat the previous entry plus one character: `codes` codes
 * unpack to about codes² / 2 characters.
 */
function expandingLink(codes: number): string {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(0, 2);
  write(97, 8);
  let size = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    write(size, numBits);
    size++;
    enlargeIn--;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits);
  let packed = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j++) value = (value << 1) | (bits[i + j] ?? 0);
    packed += ALPHABET[value];
  }
  return `${SHARE_PREFIX}${packed}A`;
}

describe('share links', () => {
  it.each([
    ['the starter design', starterDesign],
    ['a corpus Deployment', corpusDeployment],
    ['a 30-container design', thirtyContainers],
  ])('give back %s exactly', (_name, make) => {
    const original = make();
    const link = encodeShareLink(original);
    expect(link.startsWith('#design=')).toBe(true);
    expect(link.slice(SHARE_PREFIX.length)).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(decodeShareLink(link)).toEqual({ ok: true, design: original, notes: [] });
  });

  it('open from a whole address, without "#", and with escaped characters', () => {
    const original = starterDesign();
    const link = encodeShareLink(original);
    const escaped = link.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    for (const form of [`https://studio.example/app${link}`, link.slice(1), escaped]) {
      expect(decodeShareLink(form)).toEqual({ ok: true, design: original, notes: [] });
    }
  });

  it('read "+" turned into a space on the way as "+"', () => {
    const original = thirtyContainers();
    const link = encodeShareLink(original);
    expect(link).toContain('+');
    expect(decodeShareLink(link.replace(/\+/g, ' '))).toMatchObject({ ok: true });
  });
});

describe('refusing share links', () => {
  it('refuses a link over 2 MB before unpacking it', () => {
    const link = SHARE_PREFIX + 'A'.repeat(MAX_SHARE_LENGTH);
    expect(reasonOf(link)).toBe(
      'This link is 2.1 MB long; Sidecar Studio opens share links up to 2 MB.',
    );
  });

  it('refuses a fragment with no design', () => {
    expect(reasonOf('#section-2')).toBe(
      'This link holds no Sidecar Studio design (no "#design=").',
    );
    expect(reasonOf('#design=')).toBe(
      'This link is damaged or incomplete: the design data after "#design=" is missing.',
    );
  });

  it('refuses packed text that is cut short, changed or has foreign characters', () => {
    const link = encodeShareLink(starterDesign());
    const cannot =
      'This link is damaged or incomplete: its design data cannot be unpacked (part of it may be missing or changed).';
    expect(reasonOf(link.slice(0, Math.floor(link.length / 2)))).toBe(cannot);
    expect(reasonOf(`${link.slice(0, 20)}!${link.slice(21)}`)).toBe(cannot);
    expect(reasonOf(`${link}%E0%A4%A`)).toBe(cannot);
  });

  it('refuses packed text that unpacks beyond 5 MB, without unpacking it all', () => {
    const small = expandingLink(100).slice(SHARE_PREFIX.length);
    const expected = 'a'.repeat(1 + ((2 + 101) * 100) / 2);
    expect(LZString.decompressFromEncodedURIComponent(small)).toBe(expected);
    expect(unpackShareText(small)).toEqual({ ok: true, text: expected });
    const link = expandingLink(40_000);
    expect(link.length).toBeLessThan(120_000);
    expect(reasonOf(link)).toBe(
      'This link unpacks to more than 5 MB of design data, more than Sidecar Studio opens.',
    );
  });

  it('refuses data that is not JSON', () => {
    expect(reasonOf(linkOfText('{"app": "sidecar-studio", '))).toMatch(
      /^This link is damaged or incomplete: the saved data is not valid JSON \(.+\)\.$/,
    );
  });

  it('refuses JSON nested beyond the bounds of the import door', () => {
    expect(reasonOf(linkOfText(`${'['.repeat(500)}${']'.repeat(500)}`))).toMatch(
      /^This link is damaged or incomplete: this manifest nests .* more than 100 levels deep/,
    );
  });

  it('refuses data from another application', () => {
    expect(reasonOf(linkOf({ app: 'other', kind: 'share', version: 1 }))).toBe(
      'This link was not made by Sidecar Studio.',
    );
    expect(reasonOf(linkOf([1, 2]))).toBe('This link was not made by Sidecar Studio.');
  });

  it('refuses Sidecar Studio data of another kind', () => {
    const saved = { app: 'sidecar-studio', version: 1, design: starterDesign() };
    expect(reasonOf(linkOf(saved))).toBe('This link holds Sidecar Studio data, but not a design.');
  });

  it('refuses a format version that is not readable', () => {
    expect(reasonOf(share(starterDesign(), { version: '1' }))).toBe(
      'This link is damaged or incomplete: it has no readable format version.',
    );
  });

  it('refuses a format from a newer version', () => {
    expect(reasonOf(share(starterDesign(), { version: 2 }))).toBe(
      'This link was made by a newer version of Sidecar Studio (share format 2); this version opens format 1.',
    );
  });

  it('refuses an envelope without a design', () => {
    expect(reasonOf(share(undefined))).toBe(
      'This link is damaged or incomplete: it holds no design.',
    );
  });

  it('refuses a design of the wrong shape, naming the field', () => {
    expect(reasonOf(share({ ...starterDesign(), containers: 'none' }))).toBe(
      'This link is damaged or incomplete: the containers is not a list.',
    );
  });

  it('refuses a design that breaks the model rules', () => {
    const design = starterDesign();
    const twins = { ...design, containers: [...design.containers, design.containers[0]] };
    expect(reasonOf(share(twins))).toMatch(
      /^This link's design breaks the model's rules: More than one container is named "app"\./,
    );
  });

  it('leaves out hostile keys, says so, and touches no prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = JSON.stringify({ app: 'sidecar-studio', kind: 'share', version: 1 }).replace(
      /}$/,
      `,"design":${JSON.stringify(starterDesign()).replace(
        '"metadata":{"name":"web"}',
        '"metadata":{"name":"web","__proto__":{"polluted":true},"constructor":{"prototype":1}}',
      )}}`,
    );
    const result = decodeShareLink(linkOfText(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.design.metadata).toEqual({ name: 'web', constructor: { prototype: 1 } });
    expect(Object.hasOwn(result.design.metadata, 'constructor')).toBe(true);
    expect(result.notes).toEqual([
      'Left out the key at design.metadata.__proto__: Sidecar Studio never reads keys named __proto__.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});
