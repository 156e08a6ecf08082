import { describe, expect, it } from 'vitest';
import { folderWith, runInFolder } from '../testing/cli';
import { readCorpusFile } from '../testing/corpus';
import type { WorkloadTimeline } from './timeline';

const nativeJob = readCorpusFile('kubernetes-website/job-sidecar.yaml');
const legacyJob = readCorpusFile('kubernetes-website/job-sidecar-legacy.yaml');

const timelines = (out: string) =>
  (JSON.parse(out) as WorkloadTimeline[]).map((t) => `${t.file} ${t.completes}`);

describe('timeline reads a folder or standard input', () => {
  it('gives the timeline of every workload in a folder, passing over templates', () => {
    const folder = folderWith({
      'k8s/a-native.yaml': nativeJob,
      'k8s/b-legacy.yml': legacyJob,
      'k8s/chart/templates/pod.yaml': 'kind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n',
      'k8s/values.yaml': 'replicas: 2\n',
    });
    const run = runInFolder(folder, ['timeline', 'k8s', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(timelines(run.out)).toEqual(['k8s/a-native.yaml true', 'k8s/b-legacy.yml false']);
    expect(run.err).toContain('k8s/chart/templates/pod.yaml:3:9: This looks like a Helm');
  });

  it('reads - as standard input', () => {
    const run = runInFolder(folderWith({}), ['timeline', '-', '--format', 'json'], legacyJob);
    expect(timelines(run.out)).toEqual(['<stdin> false']);
  });
});
