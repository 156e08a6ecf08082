import { createServer } from 'node:http';
import { configFromEnv } from './config';
import { attachRelay } from './relay';

// The live-session relay alone, for a team server: `npm run relay`, configured by environment.
const config = configFromEnv(process.env);
const server = createServer((_request, response) => {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('This is a Sidecar Studio live-session relay; sockets connect on /live/ROOM.\n');
});
const relay = attachRelay(server, config);
server.listen(config.port, config.host, () => {
  console.log(`Sidecar Studio relay on ws://${config.host}:${config.port}/live/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    relay.close();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
