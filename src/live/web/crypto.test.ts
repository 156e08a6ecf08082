import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes';
import { importKey, newKeyText, open, seal } from './crypto';
import { liveFragment, newLiveLink, readLiveFragment } from './link';

const text = (bytes: Uint8Array | null) =>
  bytes === null ? null : new TextDecoder().decode(bytes);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('the encryption of a live session', () => {
  it('opens what it sealed, with the same key and room', async () => {
    const key = await importKey(newKeyText());
    if (key === null) throw new Error('no key');
    const sealed = await seal(key, 'room-0001', bytes('image: nginx:1.27'));
    expect(text(sealed)).not.toContain('nginx');
    expect(text(await open(key, 'room-0001', sealed))).toBe('image: nginx:1.27');
  });

  it('opens nothing with another key, in another room, or once altered', async () => {
    const key = await importKey(newKeyText());
    const other = await importKey(newKeyText());
    if (key === null || other === null) throw new Error('no key');
    const sealed = await seal(key, 'room-0001', bytes('app'));
    expect(await open(other, 'room-0001', sealed)).toBeNull();
    expect(await open(key, 'room-0002', sealed)).toBeNull();
    const altered = sealed.slice();
    altered[altered.length - 1] = (altered[altered.length - 1] ?? 0) ^ 1;
    expect(await open(key, 'room-0001', altered)).toBeNull();
    expect(await open(key, 'room-0001', sealed.slice(0, 10))).toBeNull();
  });

  it('seals the same text differently each time (a fresh IV)', async () => {
    const key = await importKey(newKeyText());
    if (key === null) throw new Error('no key');
    const a = await seal(key, 'room-0001', bytes('app'));
    const b = await seal(key, 'room-0001', bytes('app'));
    expect(toBase64Url(a)).not.toBe(toBase64Url(b));
  });

  it('takes only a 256-bit key in base64url', async () => {
    expect(newKeyText()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await importKey('short')).toBeNull();
    expect(await importKey('not base64!')).toBeNull();
    expect(await importKey(toBase64Url(new Uint8Array(16)))).toBeNull();
  });

  it('writes base64url that reads back to the same bytes', () => {
    for (const length of [0, 1, 2, 3, 31, 32, 33]) {
      const data = crypto.getRandomValues(new Uint8Array(length));
      expect(fromBase64Url(toBase64Url(data))).toEqual(data);
    }
    expect(fromBase64Url('a')).toBeNull();
    expect(fromBase64Url('a+b/')).toBeNull();
  });
});

describe('a live link', () => {
  it('carries the room and key in its fragment and reads back', () => {
    const link = newLiveLink(newKeyText());
    const fragment = liveFragment(link);
    expect(fragment).toMatch(/^#live=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(readLiveFragment(fragment)).toEqual(link);
  });

  it('refuses a fragment that is not a whole live link', () => {
    const key = newKeyText();
    expect(readLiveFragment(`#design=abc`)).toBeNull();
    expect(readLiveFragment(`#live=short.${key}`)).toBeNull();
    expect(readLiveFragment('#live=abcdefghijkl')).toBeNull();
    expect(readLiveFragment('#live=abcdefghijkl.tooshort')).toBeNull();
    expect(readLiveFragment(`#live=abcdefghijkl.${key}.x`)).toBeNull();
    expect(readLiveFragment(`#live=abcdefghijkl.${key}`)).toEqual({ room: 'abcdefghijkl', key });
  });
});
