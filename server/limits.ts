/** A room name the relay accepts: the random id a live link carries, nothing else. */
const ROOM_NAME = /^[A-Za-z0-9_-]{8,64}$/;

/** The room a socket's path names (`/live/ROOM`), or null for any other path. */
export function roomOfPath(url: string | undefined): string | null {
  const path = (url ?? '').split('?')[0] ?? '';
  const match = /^\/live\/([^/]+)$/.exec(path);
  const room = match?.[1];
  return room !== undefined && ROOM_NAME.test(room) ? room : null;
}

/**
 * Whether a page from `origin` may open a socket on a relay reached as `host`: its own origin
 * always, others only when listed. A client that is not a browser sends no origin and could send
 * any, so the check only keeps other sites' pages out; it lets such clients in.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin) || allowed.includes('*')) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Counts a client's messages in a token bucket: `perSecond` on average, bursts up to twice that.
 * `take` answers whether one more message is within the rate.
 */
export function rateLimiter(perSecond: number, now: () => number = Date.now) {
  const capacity = perSecond * 2;
  let tokens = capacity;
  let last = now();
  return {
    take(): boolean {
      const time = now();
      tokens = Math.min(capacity, tokens + ((time - last) / 1000) * perSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Why the relay turns a client away, or null to let it in. */
export function admission(
  room: string,
  rooms: ReadonlyMap<string, { size: number }>,
  limits: { maxRooms: number; maxClientsPerRoom: number },
): string | null {
  const clients = rooms.get(room)?.size;
  if (clients === undefined) return rooms.size >= limits.maxRooms ? 'too many rooms' : null;
  return clients >= limits.maxClientsPerRoom ? 'room is full' : null;
}
