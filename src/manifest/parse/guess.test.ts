import { describe, expect, it } from 'vitest';
import { lintDesign } from '../../lint/engine';
import type { Design } from '../../model/types';
import { restoreManifest } from '../restore';
import { designsOf } from '../workloads';

function importOne(yaml: string): Design {
  const result = restoreManifest(yaml);
  if (!result.ok) throw new Error(result.error.message);
  const [design] = designsOf(result.file);
  if (!design) throw new Error('no workload');
  return design;
}

const roleOf = (design: Design, name: string) => {
  const c = design.containers.find((x) => x.name === name);
  return c?.role === 'sidecar' ? `sidecar:${c.purpose ?? ''}` : c?.role;
};

const rulesOf = (design: Design) => lintDesign(design).map((f) => f.rule);

describe('guesses that rest on evidence that holds', () => {
  it('an OPA image tagged -envoy and an envoy-jwt-auth-helper are no mesh proxies; hostNetwork intercepts nothing', () => {
    const design = importOne(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: authz}
spec:
  selector: {matchLabels: {app: authz}}
  template:
    metadata: {labels: {app: authz}}
    spec:
      hostNetwork: true
      containers:
      - name: app
        image: example.com/shop/app:2.1
      - name: opa
        image: openpolicyagent/opa:0.68.0-envoy
      - name: envoy-jwt-auth-helper
        image: ghcr.io/example/envoy-jwt-auth-helper:1.0
      - name: envoy
        image: envoyproxy/envoy:v1.31.0
`);
    expect(roleOf(design, 'app')).toBe('main');
    expect(roleOf(design, 'opa')).toBe('sidecar:other');
    expect(roleOf(design, 'envoy-jwt-auth-helper')).toBe('main');
    const envoy = design.containers.find((c) => c.name === 'envoy');
    expect(envoy?.purpose).toBe('other');
    expect(envoy?.guessReason).toContain('hostNetwork');
    const rules = rulesOf(design);
    expect(rules).not.toContain('order/legacy-start-race');
    expect(rules).not.toContain('stop/legacy-shutdown-race');
  });

  it('in an Envoy Gateway data plane, envoy is the workload and shutdown-manager its helper', () => {
    const design = importOne(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: envoy-default-eg}
spec:
  selector: {matchLabels: {app: eg}}
  template:
    metadata: {labels: {app: eg}}
    spec:
      containers:
      - name: envoy
        image: docker.io/envoyproxy/envoy:distroless-v1.31.0
        ports: [{containerPort: 10080, name: http}]
        lifecycle:
          preStop:
            httpGet: {path: /shutdown/ready, port: 19002}
      - name: shutdown-manager
        image: docker.io/envoyproxy/gateway:v1.1.0
        command: [envoy-gateway, envoy, shutdown-manager]
        readinessProbe:
          httpGet: {path: /healthz, port: 19002}
        lifecycle:
          preStop:
            exec: {command: [envoy-gateway, envoy, shutdown]}
`);
    expect(roleOf(design, 'envoy')).toBe('main');
    expect(roleOf(design, 'shutdown-manager')).toBe('sidecar:other');
    const helper = design.containers.find((c) => c.name === 'shutdown-manager');
    expect(helper?.guessReason).toBe('the preStop hook of "envoy" calls it on port 19002');
  });

  it('a sidecar-controller that runs a script and exits in a Job is a main container', () => {
    const design = importOne(`
apiVersion: batch/v1
kind: Job
metadata: {name: migrate}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: migrate
        image: example.com/migrate:1
      - name: sidecar-controller
        image: example.com/tools:1
        command: [/bin/sh, -c, "./register.sh && echo registered"]
`);
    expect(roleOf(design, 'sidecar-controller')).toBe('main');
    expect(rulesOf(design)).not.toContain('job/legacy-sidecar-never-completes');
  });

  it('a statsd-exporter and a jaeger-agent beside a Job are legacy sidecars that keep it running', () => {
    const design = importOne(`
apiVersion: batch/v1
kind: Job
metadata: {name: report}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: report
        image: example.com/report:3
      - name: statsd-exporter
        image: prom/statsd-exporter:v0.26.0
      - name: jaeger-agent
        image: jaegertracing/jaeger-agent:1.57
`);
    expect(roleOf(design, 'statsd-exporter')).toBe('sidecar:other');
    expect(roleOf(design, 'jaeger-agent')).toBe('sidecar:other');
    const never = lintDesign(design).filter((f) => f.rule === 'job/legacy-sidecar-never-completes');
    expect(never.map((f) => f.container)).toEqual(['statsd-exporter', 'jaeger-agent']);
    expect(never[0]?.message).toContain('its image is prom/statsd-exporter');
  });

  it('says why in the import note', () => {
    const result = restoreManifest(`
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: app, image: example.com/app:1}
  - {name: logs, image: fluent/fluent-bit:3.0}
`);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.notes.map((n) => n.message)).toContain(
      '"logs" is shown as a legacy log-shipper sidecar because its image is fluent/fluent-bit. Change its role if that is wrong.',
    );
  });
});
