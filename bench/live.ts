import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { linkEnvelope } from '../src/live/envelope';
import { DesignReplica } from '../src/live/replica';
import { importKey, newKeyText, roomCipher } from '../src/live/web/crypto';
import { newLiveLink } from '../src/live/web/link';
import { emptyDesign } from '../src/model/create';
import { addContainer, updateContainerSpec } from '../src/model/ops';
import type { Design } from '../src/model/types';
import { table } from './measure';

const PORT = Number(process.env.LIVE_BENCH_PORT ?? 4274);
const CLIENTS = 10;
const CONTAINERS = 30;
const EDITS = 40;

function thirtyContainerDesign(): Design {
  let design = emptyDesign('Deployment');
  for (let i = 0; i < CONTAINERS; i++) {
    design = addContainer(design, i === 0 ? 'main' : 'sidecar', { name: `c${i}` });
  }
  return design;
}

const rssKb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('the live bench timed out');
    await new Promise((done) => setTimeout(done, 5));
  }
}

async function startRelay(): Promise<ChildProcess> {
  const relay = spawn(process.execPath, ['--import', 'tsx', 'server/relayMain.ts'], {
    env: { ...process.env, PORT: String(PORT), RELAY_MESSAGES_PER_SECOND: '10000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done) => relay.stdout?.once('data', () => done()));
  return relay;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

/**
 * The time for one edit to reach 10 clients of a live session through the relay on the loopback
 * (sealed, relayed, opened and read back into a design), and the relay's memory for the room.
 */
export async function benchLive(): Promise<void> {
  // Each client's presence adds an exit listener to the process.
  process.setMaxListeners(CLIENTS + 10);
  const relay = await startRelay();
  const pid = relay.pid as number;
  try {
    const before = rssKb(pid);
    const link = newLiveLink(newKeyText());
    const key = await importKey(link.key);
    if (key === null) throw new Error('no key');
    const seen: (Design | null)[] = Array.from({ length: CLIENTS }, () => null);
    const clients = Array.from({ length: CLIENTS }, (_, index) => {
      const replica = new DesignReplica((design) => {
        seen[index] = design;
      });
      const envelope = new Y.Doc();
      linkEnvelope(replica.doc, envelope, { cipher: roomCipher(key, link.room) });
      const provider = new WebsocketProvider(`ws://127.0.0.1:${PORT}/live`, link.room, envelope, {
        WebSocketPolyfill: WebSocket as never,
        disableBc: true,
      });
      return { replica, envelope, provider };
    });
    await until(() => clients.every((c) => c.provider.synced));
    const first = clients[0] as (typeof clients)[number];
    let design = thirtyContainerDesign();
    first.replica.seed(design);
    seen[0] = design;
    await until(() => seen.every((d) => d !== null && d.containers.length === CONTAINERS));

    const times: number[] = [];
    for (let edit = 0; edit < EDITS; edit++) {
      const image = `registry.example/app:${edit}`;
      const name = `c${edit % CONTAINERS}`;
      design = updateContainerSpec(design, name, { image });
      const start = performance.now();
      first.replica.edit(design);
      seen[0] = design;
      await until(() =>
        seen.every((d) => d?.containers.find((c) => c.name === name)?.raw.image === image),
      );
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const after = rssKb(pid);
    const stored = Y.encodeStateAsUpdate(first.envelope).length;
    for (const client of clients) client.provider.destroy();

    console.log(
      `\nLive session: ${CLIENTS} clients, a ${CONTAINERS}-container design, ${EDITS} edits, relay on the loopback`,
    );
    console.log(
      table(
        ['measure', 'value'],
        [
          ['edit reaches all 10 clients, median', `${percentile(times, 0.5).toFixed(1)} ms`],
          ['edit reaches all 10 clients, p95', `${percentile(times, 0.95).toFixed(1)} ms`],
          ['relay memory for the room (RSS growth)', `${((after - before) / 1024).toFixed(1)} MB`],
          ['sealed envelope the relay holds', `${(stored / 1024).toFixed(1)} KB`],
        ],
      ),
    );
  } finally {
    relay.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLive();
