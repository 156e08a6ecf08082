import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `folder` in this process; see {@link serveFolder}. */
function serveHere(folder: string): Promise<StaticServer> {
  const root = resolve(folder);
  const cache = new Map<string, { body: Buffer; gzip: Buffer }>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(root, path);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      file = extname(path) === '' ? join(root, 'index.html') : '';
    }
    if (file === '' || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      entry = { body, gzip: gzipSync(body, { level: 6 }) };
      cache.set(file, entry);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const zip =
      COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const body = zip ? entry.gzip : entry.body;
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'Content-Length': body.length,
      ...(zip && { 'Content-Encoding': 'gzip' }),
    });
    response.end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

const SELF = fileURLToPath(import.meta.url);

/**
 * Serves a built folder on 127.0.0.1 the way a plain static host would: gzip (level 6, as vite
 * preview), no caching between loads, index.html for unknown paths. It runs in a process of its
 * own, so that answering the page never waits for the benchmark driving the browser. Both pages
 * of the side-by-side benchmark are served by it, so neither gets a better server.
 */
export function serveFolder(folder: string): Promise<StaticServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the server for ${folder} exited (${code})`)));
    child.stdout?.once('data', (chunk: Buffer) => {
      const url = chunk.toString().trim();
      done({
        url,
        close: () =>
          new Promise((closed) => {
            child.removeAllListeners('exit');
            child.once('exit', () => closed());
            child.kill();
          }),
      });
    });
  });
}

if (process.argv[1] === SELF && process.argv[2]) {
  void serveHere(process.argv[2]).then((server) => process.stdout.write(`${server.url}\n`));
}
