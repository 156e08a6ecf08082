import { describe, expect, it } from 'vitest';
import { generateManifest } from '../manifest/generate/index';
import { restoreManifest } from '../manifest/restore/index';
import { readYamlDocuments } from '../manifest/yaml/read';
import { runCli } from './run';

/** Valid Kubernetes data whose keys happen to be named like properties of JavaScript objects. */
const FILE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    constructor: builder
    prototype: "v2"
  annotations:
    prototype: first draft
spec:
  selector:
    matchLabels: {constructor: builder}
  template:
    metadata:
      labels: {constructor: builder, toString: x, hasOwnProperty: y}
    spec:
      containers:
        - name: app
          image: nginx:1.27
          env:
            - {name: constructor, value: "1"}
      nodeSelector: {prototype: "true"}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  constructor: |
    new Builder()
  prototype: "0400"
  valueOf: plain
`;

function labelsOf(text: string): unknown[] {
  return readYamlDocuments(text);
}

describe('keys named constructor or prototype', () => {
  it('import, with no note, and export again unchanged', () => {
    const result = restoreManifest(FILE);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.notes.filter((n) => n.message.includes('Dropped'))).toEqual([]);
    const [workload, configMap] = result.file.documents;
    if (workload?.type !== 'workload' || configMap?.type !== 'other') throw new Error('shape');
    expect(Object.hasOwn(workload.design.metadata.labels as object, 'constructor')).toBe(true);
    expect(workload.design.templateMetadata.labels).toEqual({
      constructor: 'builder',
      toString: 'x',
      hasOwnProperty: 'y',
    });
    const exported = generateManifest(result.file, { annotate: false });
    expect(labelsOf(exported)).toEqual(labelsOf(FILE));
  });

  it('survive `cli export`, every document in order', () => {
    let out = '';
    const code = runCli(['export', 'file.yaml'], {
      out: (t) => {
        out += t;
      },
      err: () => {},
      readFile: () => FILE,
    });
    expect(code).toBe(0);
    const [deployment, configMap] = readYamlDocuments(out) as Array<Record<string, never>>;
    expect(deployment?.metadata).toMatchObject({
      labels: { constructor: 'builder', prototype: 'v2' },
    });
    expect(configMap).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings' },
      data: { constructor: 'new Builder()\n', prototype: '0400', valueOf: 'plain' },
    });
  });

  it('never reach Object.prototype', () => {
    restoreManifest(FILE);
    expect(({} as Record<string, unknown>).builder).toBeUndefined();
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });
});
