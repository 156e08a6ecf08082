/** How the relay is configured: each setting from the environment, with a default for a LAN. */
export interface RelayConfig {
  port: number;
  host: string;
  /** Origins whose pages may open a socket; empty: only the relay's own origin. */
  allowedOrigins: string[];
  /** The largest message a client may send, in bytes. */
  maxMessageBytes: number;
  maxRooms: number;
  maxClientsPerRoom: number;
  /** Messages one client may send per second, on average (bursts up to twice that). */
  messagesPerSecond: number;
}

export const DEFAULT_CONFIG: RelayConfig = {
  port: 4173,
  host: '127.0.0.1',
  allowedOrigins: [],
  maxMessageBytes: 1024 * 1024,
  maxRooms: 100,
  maxClientsPerRoom: 32,
  messagesPerSecond: 200,
};

type Env = Readonly<Record<string, string | undefined>>;

function positiveInteger(env: Env, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, not "${text}"`);
  }
  return value;
}

/**
 * Reads PORT, HOST, RELAY_ALLOWED_ORIGINS (comma-separated), RELAY_MAX_MESSAGE_BYTES,
 * RELAY_MAX_ROOMS, RELAY_MAX_CLIENTS_PER_ROOM and RELAY_MESSAGES_PER_SECOND.
 */
export function configFromEnv(env: Env): RelayConfig {
  const origins = (env.RELAY_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  return {
    port: positiveInteger(env, 'PORT', DEFAULT_CONFIG.port),
    host: env.HOST !== undefined && env.HOST !== '' ? env.HOST : DEFAULT_CONFIG.host,
    allowedOrigins: origins,
    maxMessageBytes: positiveInteger(
      env,
      'RELAY_MAX_MESSAGE_BYTES',
      DEFAULT_CONFIG.maxMessageBytes,
    ),
    maxRooms: positiveInteger(env, 'RELAY_MAX_ROOMS', DEFAULT_CONFIG.maxRooms),
    maxClientsPerRoom: positiveInteger(
      env,
      'RELAY_MAX_CLIENTS_PER_ROOM',
      DEFAULT_CONFIG.maxClientsPerRoom,
    ),
    messagesPerSecond: positiveInteger(
      env,
      'RELAY_MESSAGES_PER_SECOND',
      DEFAULT_CONFIG.messagesPerSecond,
    ),
  };
}
