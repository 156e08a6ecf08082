import { describe, expect, it } from 'vitest';
import { restoreManifest } from '../../manifest/restore/index';
import { designsOf } from '../../manifest/workloads';
import { emptyDesign } from '../../model/create';
import { manifestOf } from '../../store/manifest';
import { corpusFiles, readCorpusFile } from '../../testing/corpus';
import { readEditedYaml } from './readEditedYaml';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      initContainers:
        - name: logshipper
          image: fluent/fluent-bit:3.0
          restartPolicy: Always
      containers:
        - name: app
          image: nginx:1.27
`;

describe('readEditedYaml', () => {
  const current = emptyDesign();

  it('turns a typed workload into a design', () => {
    const outcome = readEditedYaml(DEPLOYMENT, current);
    expect(outcome.kind).toBe('design');
    if (outcome.kind !== 'design') return;
    expect(outcome.design.kind).toBe('Deployment');
    expect(outcome.design.containers.map((c) => [c.name, c.role])).toEqual([
      ['app', 'main'],
      ['logshipper', 'sidecar'],
    ]);
    expect(outcome.text).toBe(manifestOf(outcome.design).text);
  });

  it('changes nothing for the manifest shown, reformatted or commented', () => {
    const shown = manifestOf(current).text;
    expect(readEditedYaml(shown, current)).toEqual({ kind: 'same', design: current });
    const commented = `# my pod\n${shown.replace('spec:\n  containers: []', 'spec: { containers: [] }')}`;
    expect(commented).not.toBe(shown);
    expect(readEditedYaml(commented, current).kind).toBe('same');
  });

  it('refuses malformed YAML with the position of the problem', () => {
    const outcome = readEditedYaml('kind: Pod\nmetadata:\n  name: [x\n', current);
    expect(outcome).toMatchObject({
      kind: 'invalid',
      problem: { message: expect.stringContaining('not valid YAML'), line: 4 },
    });
  });

  it('refuses templates and texts without a workload', () => {
    expect(
      readEditedYaml('kind: Pod\nmetadata:\n  name: {{ .Values.name }}\n', current),
    ).toMatchObject({
      kind: 'invalid',
      problem: { message: expect.stringContaining('Helm'), line: 3 },
    });
    expect(readEditedYaml('apiVersion: v1\nkind: Service\n', current)).toMatchObject({
      kind: 'invalid',
      problem: { message: expect.stringContaining('no workload'), line: 1 },
    });
    expect(readEditedYaml('', current).kind).toBe('invalid');
  });

  it('takes the first workload of a file with many documents', () => {
    const outcome = readEditedYaml(`apiVersion: v1\nkind: Service\n---\n${DEPLOYMENT}`, current);
    expect(outcome.kind === 'design' && outcome.design.metadata.name).toBe('shop');
  });

  it('reads every corpus workload shown in the editor as the same design', () => {
    let checked = 0;
    for (const name of corpusFiles()) {
      const result = restoreManifest(readCorpusFile(name));
      if (!result.ok) continue;
      const [design] = designsOf(result.file);
      if (!design) continue;
      const shown = manifestOf(design);
      if (!shown.ok) continue;
      expect(readEditedYaml(shown.text, design).kind, name).toBe('same');
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
