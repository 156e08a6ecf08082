import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../lint/context';
import { lintDesign } from '../../lint/engine';
import { apiContainerName } from '../../lint/rules/api-container-name';
import type { Finding } from '../../lint/types';
import { checkIntegrity } from '../../model/invariants';
import type { JsonObject } from '../../model/json';
import type { Design } from '../../model/types';
import { decodeShareLink, encodeShareLink } from '../../persist/shareLink';
import { generateManifest } from '../generate';
import type { ImportError, ManifestFile } from '../types';
import { designsOf } from '../workloads';
import { importInto, restoreManifest } from './index';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

/** A design the user has been working on: what a failed import must leave alone. */
function currentDesign(): ManifestFile {
  const result = restoreManifest(POD);
  if (!result.ok) throw new Error(result.error.message);
  return result.file;
}

/** Imports `text` over a current design, checks the design is untouched, returns the error. */
function refused(text: string): ImportError {
  const current = currentDesign();
  const before = structuredClone(current);
  const { file, result } = importInto(current, text);
  expect(file).toBe(current);
  expect(file).toEqual(before);
  if (result.ok) throw new Error('the import was expected to be refused');
  return result.error;
}

describe('restoreManifest: a good manifest', () => {
  it('imports a pod and importInto hands back the new file', () => {
    const current = currentDesign();
    const { file, result } = importInto(current, POD.replace('name: web', 'name: other'));
    expect(result.ok).toBe(true);
    expect(file).not.toBe(current);
    expect(file.documents).toHaveLength(1);
    expect(file.documents[0]?.type).toBe('workload');
  });

  it('drops empty documents and keeps the others in order', () => {
    const result = restoreManifest(`---\n---\n${POD}---\napiVersion: v1\nkind: Service\n`);
    expect(result.ok && result.file.documents.map((d) => d.type)).toEqual(['workload', 'other']);
  });

  it('keeps !!binary values as their base64 text', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nbinaryData:\n  logo: !!binary |\n    aGVs\n    bG8=\n';
    const result = restoreManifest(text);
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.file.documents[0];
    expect(doc?.type === 'other' && doc.value).toMatchObject({ binaryData: { logo: 'aGVsbG8=' } });
  });

  it('reads octal modes as Kubernetes does', () => {
    const text = `${POD}  volumes:\n    - name: v\n      secret:\n        secretName: s\n        defaultMode: 0400\n`;
    const result = restoreManifest(text);
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.file.documents[0];
    expect(doc?.type === 'workload' && doc.design.volumes[0]?.raw).toMatchObject({
      secret: { defaultMode: 256 },
    });
  });
});

describe('restoreManifest: bad input is refused and the current design is kept', () => {
  it('refuses a 6 MB text', () => {
    const error = refused(`# ${'x'.repeat(6 * 1024 * 1024)}\n`);
    expect(error.message).toBe('This file is 6.1 MB; Sidecar Studio opens manifests up to 5 MB.');
  });

  it('names the size of the file it refuses', () => {
    const error = refused('#'.repeat(Math.floor(7.2 * 1024 * 1024)));
    expect(error.message).toBe('This file is 7.2 MB; Sidecar Studio opens manifests up to 5 MB.');
  });

  it('refuses a Helm template, naming the expression and its line', () => {
    const error = refused(POD.replace('image: nginx:1.27', 'image: {{ .Values.image }}'));
    expect(error.message).toBe(
      'This looks like a Helm or Go template ("{{ .Values.image }}" on line 8). Render it first (helm template …) and import the result.',
    );
    expect(error).toMatchObject({ line: 8, column: 14 });
  });

  it('refuses malformed YAML with its line and column', () => {
    const error = refused('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n    labels: {}\n');
    expect(error.message).toBe(
      'This is not valid YAML: bad indentation of a mapping entry (line 5, column 11).',
    );
    expect(error).toMatchObject({ line: 5, column: 11 });
  });

  it('refuses a duplicated key with its position', () => {
    const error = refused('kind: Pod\nkind: Deployment\n');
    expect(error.message).toBe(
      'This is not valid YAML: duplicated mapping key (line 2, column 1).',
    );
    expect(error).toMatchObject({ line: 2, column: 1 });
  });

  it('refuses 10,001 documents', () => {
    const error = refused('---\na: 1\n'.repeat(10_001));
    expect(error.message).toBe(
      'This file holds 10,001 YAML documents; Sidecar Studio opens files with up to 10,000 documents.',
    );
  });

  it('refuses nesting deeper than 100 levels', () => {
    const error = refused(`a: ${'['.repeat(150)}${']'.repeat(150)}\n`);
    expect(error.message).toBe(
      'This manifest nests lists and mappings more than 100 levels deep; Sidecar Studio opens manifests nested up to 100 levels.',
    );
    expect(error.line).toBe(1);
  });

  it('refuses an alias that contains itself', () => {
    const error = refused('a: &loop [1, *loop]\n');
    expect(error.message).toContain('more than 100 levels deep');
  });

  it('refuses aliases that expand without end (a "billion laughs" file)', () => {
    let text = 'l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) {
      text += `l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]\n`;
    }
    const error = refused(text);
    expect(error.message).toBe(
      "This manifest's YAML aliases (*name) expand to more than 5,000,000 values; Sidecar Studio opens manifests up to that size.",
    );
  });

  it('refuses a !!set, which has no JSON form', () => {
    const error = refused('kind: ConfigMap\ndata:\n  names: !!set {a, b}\n');
    expect(error.message).toBe(
      'The YAML tag "!!set" on line 3 has no place in a Kubernetes manifest, which holds only text, numbers, booleans, null, lists and mappings. Remove the tag, or write the value as plain text.',
    );
    expect(error).toMatchObject({ line: 3, column: 10 });
  });

  it('refuses a custom tag such as !Ref', () => {
    const error = refused('kind: ConfigMap\ndata:\n  bucket: !Ref Bucket\n');
    expect(error.message).toContain('The YAML tag "!Ref" on line 3');
  });

  it('refuses a !!binary value that is not base64', () => {
    const error = refused('kind: Secret\ndata:\n  key: !!binary "not base64!"\n');
    expect(error.message).toBe(
      'The value on line 3 does not match its YAML tag "!!binary" (it is not base64 text).',
    );
    expect(error).toMatchObject({ line: 3, column: 8 });
  });

  it('refuses .inf, which JSON cannot hold', () => {
    const error = refused('kind: ConfigMap\ndata:\n  ratio: .inf\n');
    expect(error.message).toBe(
      'The value ".inf" on line 3 is not a number a manifest can hold (JSON has no infinity or NaN). Quote it if you mean the text.',
    );
    expect(error).toMatchObject({ line: 3, column: 10 });
  });

  it('refuses a list used as a mapping key', () => {
    const error = refused('kind: ConfigMap\ndata:\n  ? [a, b]\n  : c\n');
    expect(error.message).toBe(
      'A mapping key at data is itself a list or mapping; Kubernetes manifests use only text keys.',
    );
    expect(error.line).toBe(2);
  });
});

describe('names the API server refuses', () => {
  const twins = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: twins}',
    'spec:',
    '  initContainers: [{name: app, image: busybox}]',
    '  containers: [{name: app, image: nginx, volumeMounts: [{name: data, mountPath: /d}]}]',
    '  volumes: [{name: data, emptyDir: {}}, {name: data, configMap: {name: c}}]',
  ].join('\n');

  it('imports two containers and two volumes with one name, each with its own identity', () => {
    const result = restoreManifest(twins);
    if (!result.ok) throw new Error(result.error.message);
    const [design] = designsOf(result.file);
    expect(design?.containers.map((c) => [c.name, c.declaredName])).toEqual([
      ['app', undefined],
      ['app-2', 'app'],
    ]);
    expect(design?.volumes.map((v) => [v.name, v.declaredName])).toEqual([
      ['data', undefined],
      ['data-2', 'data'],
    ]);
    expect(checkIntegrity(design as Design)).toEqual([]);
  });

  it('writes the names back as they were written', () => {
    const result = restoreManifest(twins);
    if (!result.ok) throw new Error(result.error.message);
    const out = load(generateManifest(result.file, { annotate: false })) as JsonObject;
    const spec = out.spec as JsonObject;
    expect((spec.initContainers as JsonObject[]).map((c) => c.name)).toEqual(['app']);
    expect((spec.containers as JsonObject[]).map((c) => c.name)).toEqual(['app']);
    expect((spec.volumes as JsonObject[]).map((v) => v.name)).toEqual(['data', 'data']);
  });

  it('reports both as API errors, and such a design can be saved and shared', () => {
    const result = restoreManifest(twins);
    if (!result.ok) throw new Error(result.error.message);
    const design = designsOf(result.file)[0] as Design;
    const findings = lintDesign(design);
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path])).toEqual([
      ['api/container-name', 'spec.initContainers[0].name'],
      ['api/volume-spec', 'spec.volumes[1].name'],
    ]);
    const shared = decodeShareLink(encodeShareLink(design));
    expect(shared.ok ? shared.design : shared.reason).toEqual(design);
  });

  it('renaming the stand-in writes the new name', () => {
    const result = restoreManifest(twins);
    if (!result.ok) throw new Error(result.error.message);
    const design = designsOf(result.file)[0] as Design;
    const finding = lintDesign(design).find((f) => f.rule === 'api/container-name');
    const fixed = apiContainerName.fix?.(design, finding as Finding, createContext('1.33'));
    const names = fixed?.design.containers.map((c) => c.declaredName ?? c.name);
    expect(names).toEqual(['app', 'app-2']);
    expect(lintDesign(fixed?.design as Design).some((f) => f.rule === 'api/container-name')).toBe(
      false,
    );
  });
});
