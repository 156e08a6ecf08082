import { runCli } from './run';
import type { WorkloadTimeline } from './timeline';

/** Runs `timeline` on a manifest given as text; for tests. */
export function timelineOf(
  manifest: string,
  ...flags: string[]
): { code: number; out: string; err: string; json: () => WorkloadTimeline[] } {
  let out = '';
  let err = '';
  const code = runCli(['timeline', 'pod.yaml', ...flags], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: () => manifest,
  });
  return { code, out, err, json: () => JSON.parse(out) as WorkloadTimeline[] };
}

/** The STATUS and READY columns of a timeline, consecutive repeats dropped: "Init:0/2 0/3". */
export function columnsOf(timeline: WorkloadTimeline | undefined): string[] {
  const seen: string[] = [];
  for (const e of timeline?.events ?? []) {
    const columns = `${e.status} ${e.ready}`;
    if (seen.at(-1) !== columns) seen.push(columns);
  }
  return seen;
}
