import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../testing/corpus';
import { runCli } from './run';
import type { WorkloadTimeline } from './timeline';
import { timelineOf } from './timelineRun';

function timeline(file: string, ...flags: string[]): { code: number; out: string } {
  let out = '';
  const code = runCli(['timeline', join(CORPUS_DIR, file), ...flags], {
    out: (t) => {
      out += t;
    },
    err: () => {},
    readFile: (p) => readFileSync(p, 'utf8'),
  });
  return { code, out };
}

const json = (file: string) =>
  JSON.parse(timeline(file, '--format', 'json').out) as WorkloadTimeline[];

describe('cli timeline', () => {
  it('gives the start and stop steps of a Job with a native sidecar, which completes', () => {
    const [job] = json('kubernetes-website/job-sidecar.yaml');
    expect(Object.keys(job ?? {})).toEqual([
      'file',
      'document',
      'kind',
      'name',
      'start',
      'stop',
      'completes',
      'events',
    ]);
    expect(job?.start).toEqual([['logshipper'], ['myjob']]);
    expect(job?.stop).toEqual([['myjob'], ['logshipper']]);
    expect(job?.completes).toBe(true);
    expect(job?.events[0]).toMatchObject({ t: 0, container: 'logshipper', phase: 'starting' });
  });

  it('says a Job whose legacy sidecar never exits never completes', () => {
    const [job] = json('kubernetes-website/job-sidecar-legacy.yaml');
    expect(job?.completes).toBe(false);
  });

  it('has completes null for workloads that are not Jobs, and one entry per workload', () => {
    const timelines = json('istio/hello-multi.yaml.injected');
    expect(timelines.map((t) => t.completes)).toEqual([null, null]);
    expect(timelines[0]?.start[0]).toEqual(['istio-init']);
  });

  it('prints the steps and sentences for a person', () => {
    const { code, out } = timeline('kubernetes-website/job-sidecar.yaml');
    expect(code).toBe(0);
    expect(out).toContain('start: logshipper  →  myjob');
    expect(out).toContain('completes: yes');
  });

  it('exits 2 for a file that cannot be read', () => {
    expect(timeline('missing.yaml').code).toBe(2);
  });

  it('runs the scenario asked for, on the container asked for', () => {
    const file = join(CORPUS_DIR, 'kubernetes-website/job-sidecar.yaml');
    const text = readFileSync(file, 'utf8');
    const [crash] = timelineOf(
      text,
      '--format',
      'json',
      '--scenario',
      'sidecar-crash',
      '--container',
      'logshipper',
    ).json();
    expect(crash?.events.some((e) => e.container === 'logshipper' && e.phase === 'crashed')).toBe(
      true,
    );
    expect(crash?.stop).toEqual([]);
    const [deleted] = timelineOf(text, '--format', 'json', '--scenario=delete').json();
    expect(deleted?.events.some((e) => e.status === 'Terminating')).toBe(true);
  });

  it('refuses an unknown scenario, and a container the scenario cannot act on, with exit 2', () => {
    const text = readFileSync(join(CORPUS_DIR, 'kubernetes-website/job-sidecar.yaml'), 'utf8');
    const unknown = timelineOf(text, '--scenario', 'explode');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--scenario is one of start, delete, main-exits');
    expect(timelineOf(text, '--container', 'myjob').err).toContain('--container needs --scenario');
    expect(timelineOf(text, '--scenario', 'start', '--container', 'myjob').code).toBe(2);
    const misfit = timelineOf(text, '--scenario', 'probe-fails', '--container', 'myjob');
    expect(misfit.code).toBe(2);
    expect(misfit.err).toContain('a container with a startupProbe');
  });

  it('says so when no container of a workload fits the scenario, and shows its start', () => {
    const text = readFileSync(join(CORPUS_DIR, 'kubernetes-website/job-sidecar.yaml'), 'utf8');
    const result = timelineOf(text, '--format', 'json', '--scenario', 'init-fails');
    expect(result.code).toBe(0);
    expect(result.err).toContain('has no container that is a regular init container');
    expect(result.json()[0]?.start).toEqual([['logshipper'], ['myjob']]);
  });
});
