import { describe, expect, it } from 'vitest';
import { lineOfPath, locateLines } from './locate';

const text = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  initContainers:
  - name: proxy
    restartPolicy: Always
  containers:
  - name: app
    ports: [{containerPort: 80}]
---
kind: Service
`;

describe('locateLines', () => {
  it('finds the line of keys and sequence items in each document', () => {
    const [pod, service] = locateLines(text);
    expect(pod?.get('kind')).toBe(2);
    expect(pod?.get('spec.initContainers[0]')).toBe(7);
    expect(pod?.get('spec.initContainers[0].restartPolicy')).toBe(8);
    expect(pod?.get('spec.containers[0].name')).toBe(10);
    expect(pod?.get('spec.containers[0].ports[0].containerPort')).toBe(11);
    expect(service?.get('kind')).toBe(13);
  });

  it('falls back to the nearest ancestor for a path that is not written', () => {
    const [pod] = locateLines(text);
    expect(lineOfPath(pod, 'spec.containers[0].livenessProbe')).toBe(10);
    expect(lineOfPath(pod, 'spec.volumes[0]')).toBe(5);
  });
});
