import type { Cipher } from '../envelope';
import { fromBase64Url, toBase64Url } from './bytes';

/**
 * The encryption of a live session: AES-GCM with a random 256-bit key that only the link's
 * fragment carries. Every sealed message is a fresh 96-bit IV followed by the ciphertext and
 * its tag; the room id is bound in as additional data, so a message cannot be replayed into
 * another room. WebCrypto only (the browser's, or Node's `globalThis.crypto`).
 */

const IV_BYTES = 12;
export const KEY_BYTES = 32;

/** A new random key, as the text a link carries. */
export function newKeyText(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

/** The key a link's text names, or null when the text is not a 256-bit key. */
export async function importKey(text: string): Promise<CryptoKey | null> {
  const raw = fromBase64Url(text);
  if (raw === null || raw.length !== KEY_BYTES) return null;
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const encoder = new TextEncoder();

/** Encrypts `plain` for the room `room`. */
export async function seal(key: CryptoKey, room: string, plain: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const additionalData = encoder.encode(room);
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData },
    key,
    plain as Uint8Array<ArrayBuffer>,
  );
  const sealed = new Uint8Array(IV_BYTES + cipher.byteLength);
  sealed.set(iv);
  sealed.set(new Uint8Array(cipher), IV_BYTES);
  return sealed;
}

/** Decrypts a sealed message of the room `room`; null when the key is wrong or it was altered. */
export async function open(
  key: CryptoKey,
  room: string,
  sealed: Uint8Array,
): Promise<Uint8Array | null> {
  if (sealed.length <= IV_BYTES) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.slice(0, IV_BYTES), additionalData: encoder.encode(room) },
      key,
      sealed.slice(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

/** The cipher of one room: what the envelope seals and opens its messages with. */
export function roomCipher(key: CryptoKey, room: string): Cipher {
  return {
    seal: (plain) => seal(key, room, plain),
    open: (sealed) => open(key, room, sealed),
  };
}
