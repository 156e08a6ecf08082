import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { type WebSocket, WebSocketServer } from 'ws';
import type { RelayConfig } from './config';
import { admission, originAllowed, rateLimiter, roomOfPath } from './limits';

/** What a running relay offers its owner: its rooms' sizes, and a way to stop it. */
export interface Relay {
  /** Each open room's number of clients. */
  rooms(): Map<string, number>;
  close(): void;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Drops a client that sends faster than the rate allows (before its message is read). */
function limitRate(socket: WebSocket, perSecond: number): void {
  const limiter = rateLimiter(perSecond);
  const emit = socket.emit.bind(socket);
  // ws hands messages to listeners through emit; checking here keeps them from the document.
  socket.emit = (event: string | symbol, ...args: unknown[]): boolean => {
    if (event === 'message' && !limiter.take()) {
      socket.close(1008, 'too many messages');
      return false;
    }
    return emit(event, ...args);
  };
}

/** Forgets a room when its last client has gone: the relay keeps nothing no one is using. */
function forgetWhenEmpty(socket: WebSocket, room: string): void {
  socket.on('close', () => {
    const doc = docs.get(room);
    if (doc !== undefined && doc.conns.size === 0) {
      docs.delete(room);
      doc.destroy();
    }
  });
}

/**
 * Serves the Yjs WebSocket protocol on `/live/ROOM` of `server`. Each room's document only ever
 * holds what the browsers sent, which is ciphertext; the relay logs no content.
 */
export function attachRelay(server: Server, config: RelayConfig): Relay {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const room = roomOfPath(request.url);
    if (room === null) return refuse(socket, 404, 'Not Found');
    if (!originAllowed(request.headers.origin, request.headers.host, config.allowedOrigins)) {
      return refuse(socket, 403, 'Forbidden');
    }
    const sizes = new Map([...docs].map(([name, doc]) => [name, doc.conns]));
    if (admission(room, sizes, config) !== null) return refuse(socket, 503, 'Service Unavailable');
    sockets.handleUpgrade(request, socket, head, (ws) => {
      // A message over the size limit or a broken frame: ws closes the socket; nothing to log.
      ws.on('error', () => ws.terminate());
      limitRate(ws, config.messagesPerSecond);
      setupWSConnection(ws, request, { docName: room });
      forgetWhenEmpty(ws, room);
    });
  };
  server.on('upgrade', onUpgrade);
  return {
    rooms: () => new Map([...docs].map(([name, doc]) => [name, doc.conns.size])),
    close: () => {
      server.off('upgrade', onUpgrade);
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}
