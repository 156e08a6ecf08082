import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** The port the page benchmarks prefer: not 4173, which the end-to-end tests use. */
const PREFERRED_PORT = 4373;
const TEST_PORT = 4173;

export interface Preview {
  port: number;
  child: ChildProcess;
  /** What the server has printed so far. */
  output: () => string;
}

/** `port` when nothing listens on it on 127.0.0.1, else any free port but the tests' one. */
function freePort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && port !== 0) resolve(freePort(0));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const found = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(found === TEST_PORT ? freePort(0) : Promise.resolve(found)));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, timeout: number): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeout} ms`);
}

/** Stops the preview server: politely, then for good. */
export async function stopPreview(preview: Preview): Promise<void> {
  const { child } = preview;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Serves the built page of `root` with `vite preview` on 127.0.0.1 and waits until it answers. */
export async function startPreview(root: string): Promise<Preview> {
  const port = await freePort(PREFERRED_PORT);
  const vite = `${root}node_modules/vite/bin/vite.js`;
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const preview: Preview = { port, child, output: () => output };
  try {
    await waitUntilServing(`http://127.0.0.1:${port}/`, child, 20_000);
  } catch (error) {
    await stopPreview(preview);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return preview;
}
