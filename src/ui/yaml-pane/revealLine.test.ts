import { describe, expect, it } from 'vitest';
import { lineOfField } from './revealLine';

const TEXT = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: proxy
      image: envoy
      restartPolicy: Always
  containers:
    - name: app
      image: nginx
`;

describe('the line of a field in the manifest', () => {
  it('finds a field, a list item and the nearest written ancestor', () => {
    expect(lineOfField(TEXT, 'spec.initContainers[0].restartPolicy')).toBe(9);
    expect(lineOfField(TEXT, 'spec.containers[0]')).toBe(11);
    expect(lineOfField(TEXT, 'spec.containers[0].ports[0].containerPort')).toBe(11);
  });

  it('gives nothing for text that is not YAML', () => {
    expect(lineOfField('a: [1\nb: }', 'a')).toBeUndefined();
  });
});
