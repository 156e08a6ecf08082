import LZString from 'lz-string';
import { MAX_TEXT_LENGTH } from '../manifest/restore/limits';
import { checkIntegrity } from '../model/invariants';
import { isJsonObject } from '../model/json';
import type { Design } from '../model/types';
import { readDesign } from './designShape';
import { APP_ID } from './envelope';
import { readPlainJson } from './plainJson';

/** What a share link's fragment starts with; the packed design follows it. */
export const SHARE_PREFIX = '#design=';

/** The share-link format this version writes and reads. */
export const SHARE_VERSION = 1;

/** The longest fragment Sidecar Studio reads: 2 MB, in UTF-16 code units, checked before unpacking. */
export const MAX_SHARE_LENGTH = 2 * 1024 * 1024;

/** The longest text a fragment may unpack to: the same bound as saved designs (5 MB). */
export const MAX_UNPACKED_LENGTH = MAX_TEXT_LENGTH;

/** What a share link carries, as JSON, before it is packed. */
export interface ShareEnvelope {
  app: typeof APP_ID;
  kind: 'share';
  version: typeof SHARE_VERSION;
  design: Design;
}

/** A shared design that can be opened, or a sentence saying why it cannot. */
export type ShareLinkResult =
  | {
      ok: true;
      design: Design;
      /** Sentences about what was left out on the way in (keys that are never read). */
      notes: string[];
    }
  | { ok: false; reason: string };

/**
 * The fragment of a share link for `design`: {@link SHARE_PREFIX} followed by the
 * {@link ShareEnvelope} as JSON, packed with lz-string into URL-safe characters. It lives after
 * `#`, so browsers never send it to any server.
 */
export function encodeShareLink(design: Design): string {
  const envelope: ShareEnvelope = { app: APP_ID, kind: 'share', version: SHARE_VERSION, design };
  return SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(envelope));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Packed text as unpacked, or why it cannot be. */
export type Unpacked = { ok: true; text: string } | { ok: false; problem: 'damaged' | 'too-large' };

/**
 * Unpacks text packed by lz-string's `compressToEncodedURIComponent`, giving up as soon as the
 * text would grow beyond `limit` characters: a few kilobytes of packed text can otherwise
 * unpack to gigabytes and freeze the page. Characters outside the packed alphabet, truncated
 * and inconsistent data are `damaged`. Never throws.
 */
export function unpackShareText(packed: string, limit: number = MAX_UNPACKED_LENGTH): Unpacked {
  const values: number[] = [];
  for (const char of packed) {
    const value = VALUE_OF.get(char);
    if (value === undefined) return { ok: false, problem: 'damaged' };
    values.push(value);
  }
  if (values.length === 0) return { ok: false, problem: 'damaged' };
  let val = values[0] ?? 0;
  let position = 32;
  let index = 1;
  const read = (bits: number): number => {
    let out = 0;
    for (let i = 0; i < bits; i++) {
      if ((val & position) !== 0) out |= 1 << i;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = values[index++] ?? 0;
      }
    }
    return out;
  };
  const damaged: Unpacked = { ok: false, problem: 'damaged' };
  const first = read(2);
  if (first === 2) return { ok: true, text: '' };
  if (first === 3) return damaged;
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  const dictionary: string[] = ['', '', '', w];
  const result: string[] = [w];
  let length = 1;
  let numBits = 3;
  let enlargeIn = 4;
  const grow = () => {
    enlargeIn--;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };
  for (;;) {
    if (index > values.length) return damaged;
    let code = read(numBits);
    if (code === 2) return { ok: true, text: result.join('') };
    if (code < 2) {
      dictionary.push(String.fromCharCode(read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      grow();
    }
    const known = code > 2 ? dictionary[code] : undefined;
    if (known === undefined && code !== dictionary.length) return damaged;
    const entry = known ?? w + w.charAt(0);
    length += entry.length;
    if (length > limit) return { ok: false, problem: 'too-large' };
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    grow();
    w = entry;
  }
}

function fail(reason: string): ShareLinkResult {
  return { ok: false, reason };
}

function damaged(detail: string): ShareLinkResult {
  return fail(`This link is damaged or incomplete: ${detail}`);
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** The packed design of a fragment, a whole link or `design=…`; null when it names none. */
function packedPart(fragment: string): string | null {
  const hash = fragment.indexOf('#');
  const part = hash >= 0 ? fragment.slice(hash + 1) : fragment;
  const key = SHARE_PREFIX.slice(1);
  if (!part.startsWith(key)) return null;
  const packed = part.slice(key.length).replace(/ /g, '+');
  if (!packed.includes('%')) return packed;
  try {
    return decodeURIComponent(packed);
  } catch {
    return packed;
  }
}

/**
 * Opens a share link's fragment (`location.hash`, a whole link, or `design=…`) as untrusted
 * text. In order it refuses: fragments over {@link MAX_SHARE_LENGTH}, a fragment with no
 * design, packed text that is damaged or unpacks beyond {@link MAX_UNPACKED_LENGTH}, invalid
 * JSON (with the bounds of the import door), data that is not a Sidecar Studio share link, share
 * formats newer than this build, and a design that fails the checks of saved designs (its shape,
 * then `checkIntegrity`). Keys named `__proto__` are dropped and listed in `notes`, as for saved designs. Never throws.
 */
export function decodeShareLink(fragment: string): ShareLinkResult {
  if (fragment.length > MAX_SHARE_LENGTH) {
    const megabytes = Math.ceil((fragment.length / (1024 * 1024)) * 10) / 10;
    return fail(
      `This link is ${megabytes.toFixed(1)} MB long; Sidecar Studio opens share links up to ${MAX_SHARE_LENGTH / (1024 * 1024)} MB.`,
    );
  }
  const packed = packedPart(fragment);
  if (packed === null) return fail('This link holds no Sidecar Studio design (no "#design=").');
  if (packed === '') return damaged('the design data after "#design=" is missing.');
  const unpacked = unpackShareText(packed);
  if (!unpacked.ok) {
    return unpacked.problem === 'too-large'
      ? fail(
          `This link unpacks to more than ${MAX_UNPACKED_LENGTH / (1024 * 1024)} MB of design data, more than Sidecar Studio opens.`,
        )
      : damaged('its design data cannot be unpacked (part of it may be missing or changed).');
  }
  const plain = readPlainJson(unpacked.text);
  if (!plain.ok) return damaged(lowerFirst(plain.reason));
  const { value } = plain;
  if (!isJsonObject(value) || value.app !== APP_ID) {
    return fail('This link was not made by Sidecar Studio.');
  }
  if (value.kind !== 'share') return fail('This link holds Sidecar Studio data, but not a design.');
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return damaged('it has no readable format version.');
  }
  if (version > SHARE_VERSION) {
    return fail(
      `This link was made by a newer version of Sidecar Studio (share format ${version}); this version opens format ${SHARE_VERSION}.`,
    );
  }
  if (value.design === undefined) return damaged('it holds no design.');
  const shaped = readDesign(value.design);
  if (!shaped.ok) return damaged(lowerFirst(shaped.reason));
  const problems = checkIntegrity(shaped.design);
  if (problems.length > 0) {
    return fail(`This link's design breaks the model's rules: ${problems.join(' ')}`);
  }
  const notes = plain.dropped.map(
    (path) => `Left out the key at ${path}: Sidecar Studio never reads keys named __proto__.`,
  );
  return { ok: true, design: shaped.design, notes };
}
