import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { lintDesign } from '../engine';
import { firedIds } from '../helpers/test-kit';
import { behaviourRules } from './behaviour';

/** The cases of sidecar-rules.md §9.1 and §9.3, as designs; R39 counts only in T05 (§9.0). */
const mine = behaviourRules.filter((r) => r.id !== 'res/effective-requests');
const fired = (d: Parameters<typeof firedIds>[0]) => firedIds(d, mine);

const logs = { volume: 'data', mountPath: '/opt' };

describe('valid designs of §9.1', () => {
  it('T01: a native log shipper in a Deployment triggers nothing', () => {
    const d = design({
      kind: 'Deployment',
      target: '1.31',
      containers: [
        container('myapp', { image: 'alpine:3.20', mounts: [logs] }),
        container('logshipper', {
          role: 'sidecar',
          purpose: 'log-shipper',
          image: 'alpine:3.20',
          mounts: [logs],
        }),
      ],
      volumes: [volume('data')],
    });
    expect(fired(d)).toEqual([]);
  });

  it('T02: a Job with a native sidecar only notes that the sidecar exit is ignored', () => {
    const d = design({
      kind: 'Job',
      target: '1.29',
      containers: [
        container('myjob', { image: 'alpine:3.20', mounts: [logs] }),
        container('logshipper', { role: 'sidecar', purpose: 'log-shipper', mounts: [logs] }),
      ],
      volumes: [volume('data')],
    });
    expect(fired(d)).toEqual(['job/sidecar-exit-ignored']);
    expect(lintDesign(d, { rules: mine }).every((f) => f.severity === 'info')).toBe(true);
  });

  it('T03: a sidecar with every probe and both hooks gets the preStop note as info', () => {
    const d = design({
      target: '1.30',
      containers: [
        container('helper', {
          role: 'sidecar',
          spec: {
            lifecycle: {
              postStart: { exec: { command: ['echo', 'post start'] } },
              preStop: { exec: { command: ['echo', 'pre stop'] } },
            },
            livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 1 },
            readinessProbe: { tcpSocket: { port: 80 } },
            startupProbe: { tcpSocket: { port: 80 }, successThreshold: 1 },
            ports: [{ containerPort: 80 }],
          },
        }),
        container('app', { image: 'nginx:1.27' }),
      ],
    });
    const findings = lintDesign(d, { rules: mine });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['stop/sidecar-prestop-runs-early', 'info'],
    ]);
  });

  it('T05: the §6.2 example reports 650m / 640Mi and one isolated sidecar', () => {
    const req = (cpu: string, memory: string) => ({ resources: { requests: { cpu, memory } } });
    const d = design({
      target: '1.31',
      containers: [
        container('app', { spec: req('300m', '256Mi') }),
        container('worker', { spec: req('200m', '128Mi') }),
        container('init-a', { role: 'init', spec: req('500m', '256Mi') }),
        container('proxy', {
          role: 'sidecar',
          purpose: 'proxy',
          // the fixture's proxy gains a startup probe, as T32, T34 and T40 give theirs:
          // without it every container after the proxy depends on it unannounced (R19)
          spec: { ...req('100m', '128Mi'), startupProbe: { tcpSocket: { port: 15021 } } },
        }),
        container('init-b', { role: 'init', spec: req('200m', '512Mi') }),
        container('logs', { role: 'sidecar', spec: req('50m', '64Mi') }),
      ],
    });
    const findings = lintDesign(d, { rules: behaviourRules });
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'link/isolated-sidecar',
      'res/effective-requests',
    ]);
    expect(findings.find((f) => f.rule === 'link/isolated-sidecar')?.container).toBe('logs');
    const summary = findings.find((f) => f.rule === 'res/effective-requests')?.message ?? '';
    expect(summary).toContain('cpu 650m');
    expect(summary).toContain('memory 640Mi');
    expect(summary).toMatch(
      /memory 640Mi \(steady 576Mi, initialization peak 640Mi at 'init-b'.*initialization dominates/,
    );
  });

  it('T05 as written: a tagged proxy without a startup probe is flagged for its dependents', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app'),
        container('init-a', { role: 'init' }),
        container('proxy', { role: 'sidecar', purpose: 'proxy' }),
        container('init-b', { role: 'init' }),
        container('logs', { role: 'sidecar' }),
      ],
    });
    expect(fired(d)).toEqual(['link/isolated-sidecar', 'order/sidecar-without-startup-signal']);
  });
});
