import { fromBase64Url, toBase64Url } from './bytes';
import { KEY_BYTES } from './crypto';

/**
 * A live link's fragment: `#live=ROOM.KEY`. Browsers never send the fragment to a server, so
 * the relay learns the room id from the socket's path and never the key.
 */
export interface LiveLink {
  room: string;
  key: string;
}

export const LIVE_FRAGMENT_START = '#live=';
const ROOM_BYTES = 16;

/** A new room with a new random key. */
export function newLiveLink(key: string): LiveLink {
  return { room: toBase64Url(crypto.getRandomValues(new Uint8Array(ROOM_BYTES))), key };
}

/** The fragment of a live link. */
export function liveFragment(link: LiveLink): string {
  return `${LIVE_FRAGMENT_START}${link.room}.${link.key}`;
}

/** True when a fragment is meant as a live link (whether or not it is a good one). */
export function isLiveFragment(hash: string): boolean {
  return hash.startsWith(LIVE_FRAGMENT_START);
}

/** The room and key of a live link's fragment, or null when it is not a whole live link. */
export function readLiveFragment(hash: string): LiveLink | null {
  if (!isLiveFragment(hash)) return null;
  const [room, key, ...rest] = hash.slice(LIVE_FRAGMENT_START.length).split('.');
  if (room === undefined || key === undefined || rest.length > 0) return null;
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(room)) return null;
  const raw = fromBase64Url(key);
  return raw !== null && raw.length === KEY_BYTES ? { room, key } : null;
}
