import { describe, expect, it } from 'vitest';
import { runCli } from './run';

const pod = (annotation: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
${annotation}spec:
  containers:
  - name: istio-proxy
    image: docker.io/istio/proxyv2:1.24.0
  - name: app
    image: registry.example/app:1
`;

function lintJson(text: string): Array<{ findings: Array<{ rule: string; line?: number }> }> {
  let out = '';
  runCli(['lint', 'pod.yaml', '--format', 'json'], {
    out: (t) => {
      out += t;
    },
    err: () => {},
    readFile: () => text,
  });
  return JSON.parse(out);
}

const R41 = 'kubectl/default-container-is-sidecar';

describe('cli lint and kubectl default container', () => {
  it('reports R41 when a proxy is first and no annotation names the app, with its line', () => {
    const [entry] = lintJson(pod(''));
    const found = entry?.findings.find((f) => f.rule === R41);
    expect(found?.line).toBe(7);
  });

  it('is quiet when the annotation names the main container', () => {
    const annotated = pod('  annotations:\n    kubectl.kubernetes.io/default-container: app\n');
    const [entry] = lintJson(annotated);
    expect(entry?.findings.map((f) => f.rule)).not.toContain(R41);
  });
});
