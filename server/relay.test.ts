import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { configFromEnv, DEFAULT_CONFIG, type RelayConfig } from './config';
import { admission, originAllowed, rateLimiter, roomOfPath } from './limits';
import { attachRelay, type Relay } from './relay';

const ROOM = 'room-0001';
let running: { server: Server; relay: Relay } | null = null;

afterEach(async () => {
  if (running === null) return;
  running.relay.close();
  await new Promise((done) => running?.server.close(done));
  running = null;
});

/** A relay on a free loopback port, with `limits` instead of the defaults. */
async function startRelay(limits: Partial<RelayConfig> = {}): Promise<string> {
  const server = createServer((_request, response) => response.writeHead(404).end());
  const relay = attachRelay(server, { ...DEFAULT_CONFIG, ...limits });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  running = { server, relay };
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** How a socket to `path` ends: 'open', or the HTTP status it was refused with. */
function dial(host: string, path: string, origin = `http://${host}`) {
  const socket = new WebSocket(`ws://${host}${path}`, { origin });
  const outcome = new Promise<string>((done) => {
    socket.on('open', () => done('open'));
    socket.on('unexpected-response', (_request, response) => done(String(response.statusCode)));
    socket.on('error', () => done('error'));
  });
  return { socket, outcome };
}

const closeCode = (socket: WebSocket) =>
  new Promise<number>((done) => socket.on('close', (code) => done(code)));

describe('the relay', () => {
  it('passes a document between two clients of a room', async () => {
    const host = await startRelay();
    const docs = [new Y.Doc(), new Y.Doc()];
    const providers = docs.map(
      (doc) =>
        new WebsocketProvider(`ws://${host}/live`, ROOM, doc, {
          WebSocketPolyfill: WebSocket as never,
          disableBc: true,
        }),
    );
    docs[0]?.getArray('sealed').push([new Uint8Array([1, 2, 3])]);
    await expect.poll(() => docs[1]?.getArray('sealed').length, { timeout: 10_000 }).toBe(1);
    expect(running?.relay.rooms().get(ROOM)).toBe(2);
    for (const provider of providers) provider.destroy();
    await expect.poll(() => running?.relay.rooms().has(ROOM), { timeout: 10_000 }).toBe(false);
  });

  it('opens sockets only on /live/ROOM and from its own origin or a listed one', async () => {
    const host = await startRelay({ allowedOrigins: ['http://team.example'] });
    expect(await dial(host, '/elsewhere').outcome).toBe('404');
    expect(await dial(host, '/live/x').outcome).toBe('404');
    expect(await dial(host, `/live/${ROOM}`, 'http://evil.example').outcome).toBe('403');
    const listed = dial(host, `/live/${ROOM}`, 'http://team.example');
    expect(await listed.outcome).toBe('open');
    const own = dial(host, `/live/${ROOM}`);
    expect(await own.outcome).toBe('open');
    listed.socket.close();
    own.socket.close();
  });

  it('turns away a client beyond the room limit and a room beyond the rooms limit', async () => {
    const host = await startRelay({ maxClientsPerRoom: 2, maxRooms: 1 });
    const first = dial(host, `/live/${ROOM}`);
    const second = dial(host, `/live/${ROOM}`);
    expect([await first.outcome, await second.outcome]).toEqual(['open', 'open']);
    expect(await dial(host, `/live/${ROOM}`).outcome).toBe('503');
    expect(await dial(host, '/live/room-0002').outcome).toBe('503');
    first.socket.close();
    second.socket.close();
  });

  it('closes the socket of a client that sends a message over the size limit', async () => {
    const host = await startRelay({ maxMessageBytes: 1000 });
    const client = dial(host, `/live/${ROOM}`);
    expect(await client.outcome).toBe('open');
    const closed = closeCode(client.socket);
    client.socket.send(new Uint8Array(2000));
    expect(await closed).toBe(1009);
  });

  it('closes the socket of a client that sends faster than the rate', async () => {
    const host = await startRelay({ messagesPerSecond: 5 });
    const client = dial(host, `/live/${ROOM}`);
    expect(await client.outcome).toBe('open');
    const closed = closeCode(client.socket);
    // Awareness messages with no states: harmless, only their number matters.
    for (let i = 0; i < 50; i++) client.socket.send(new Uint8Array([1, 1, 0]));
    expect(await closed).toBe(1008);
  });
});

describe('the relay’s rules', () => {
  it('reads its settings from the environment', () => {
    expect(configFromEnv({})).toEqual(DEFAULT_CONFIG);
    expect(
      configFromEnv({
        PORT: '9000',
        HOST: '0.0.0.0',
        RELAY_ALLOWED_ORIGINS: 'https://a.example, https://b.example',
        RELAY_MAX_MESSAGE_BYTES: '2048',
        RELAY_MAX_ROOMS: '3',
        RELAY_MAX_CLIENTS_PER_ROOM: '4',
        RELAY_MESSAGES_PER_SECOND: '5',
      }),
    ).toEqual({
      port: 9000,
      host: '0.0.0.0',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      maxMessageBytes: 2048,
      maxRooms: 3,
      maxClientsPerRoom: 4,
      messagesPerSecond: 5,
    });
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT must be a positive whole/);
    expect(() => configFromEnv({ RELAY_MAX_ROOMS: '0' })).toThrow(/RELAY_MAX_ROOMS/);
  });

  it('knows a room by its path', () => {
    expect(roomOfPath('/live/abcdefgh')).toBe('abcdefgh');
    expect(roomOfPath('/live/abcdefgh?x=1')).toBe('abcdefgh');
    expect(roomOfPath('/live/abc')).toBeNull();
    expect(roomOfPath('/live/abcdefgh/x')).toBeNull();
    expect(roomOfPath('/abcdefgh')).toBeNull();
    expect(roomOfPath(undefined)).toBeNull();
  });

  it('lets in its own origin and listed ones only', () => {
    expect(originAllowed('http://127.0.0.1:4173', '127.0.0.1:4173', [])).toBe(true);
    expect(originAllowed('http://127.0.0.1:9999', '127.0.0.1:4173', [])).toBe(false);
    expect(originAllowed('https://x.example', '127.0.0.1:4173', ['https://x.example'])).toBe(true);
    expect(originAllowed(undefined, '127.0.0.1:4173', [])).toBe(true);
    expect(originAllowed('not a url', '127.0.0.1:4173', [])).toBe(false);
  });

  it('admits within the limits only', () => {
    const limits = { maxRooms: 2, maxClientsPerRoom: 2 };
    const rooms = new Map([
      ['a', { size: 2 }],
      ['b', { size: 1 }],
    ]);
    expect(admission('b', rooms, limits)).toBeNull();
    expect(admission('a', rooms, limits)).toBe('room is full');
    expect(admission('c', rooms, limits)).toBe('too many rooms');
    expect(admission('c', new Map([['a', { size: 1 }]]), limits)).toBeNull();
  });

  it('allows a burst of twice the rate, then the rate', () => {
    let now = 0;
    const limiter = rateLimiter(10, () => now);
    const burst = Array.from({ length: 25 }, () => limiter.take()).filter(Boolean).length;
    expect(burst).toBe(20);
    now = 500;
    const later = Array.from({ length: 10 }, () => limiter.take()).filter(Boolean).length;
    expect(later).toBe(5);
  });
});
