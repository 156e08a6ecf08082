import { describe, expect, it } from 'vitest';
import { starterDesign } from '../../model/create';
import { readCorpusFile } from '../../testing/corpus';
import { isAnotherManifest } from './pastedManifest';

const shown = starterDesign();
const sameWorkload = `apiVersion: apps/v1
kind: ${shown.kind}
metadata:
  name: ${String(shown.metadata.name)}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
`;
const otherWorkload = sameWorkload.replace(`name: ${String(shown.metadata.name)}`, 'name: other');

describe('text pasted into the editor', () => {
  it('is another manifest when it holds several documents or workloads', () => {
    expect(isAnotherManifest(readCorpusFile('gke-samples/online-shop.yaml'), shown, false)).toBe(
      true,
    );
    expect(
      isAnotherManifest(
        `${sameWorkload}---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n`,
        shown,
        false,
      ),
    ).toBe(true);
  });

  it('while a file is open, is another manifest when it names another workload', () => {
    expect(isAnotherManifest(otherWorkload, shown, true)).toBe(true);
    expect(isAnotherManifest(sameWorkload, shown, true)).toBe(false);
  });

  it('is an edit when no file is open, when it does not parse, or when it holds no workload', () => {
    expect(isAnotherManifest(otherWorkload, shown, false)).toBe(false);
    expect(isAnotherManifest('spec: [unclosed\n', shown, true)).toBe(false);
    expect(
      isAnotherManifest('apiVersion: v1\nkind: Service\nmetadata: {name: s}\n', shown, true),
    ).toBe(false);
    expect(
      isAnotherManifest('        - name: sidecar\n          image: busybox\n', shown, true),
    ).toBe(false);
  });
});
