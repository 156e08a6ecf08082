import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { configFromEnv } from './config';
import { attachRelay } from './relay';
import { serveStatic } from './static';

// The page (dist/) and the live-session relay on one origin: what `npm start` runs.
const config = configFromEnv(process.env);
const root = resolve(process.env.DIST_DIR ?? 'dist');
const serve = serveStatic(root);
const server = createServer((request, response) => void serve(request, response));
const relay = attachRelay(server, config);
server.listen(config.port, config.host, () => {
  console.log(`Sidecar Studio is at http://${config.host}:${config.port}/ (Ctrl+C stops it)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    relay.close();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
