import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { checkInvariants } from '../invariants';
import type { Design } from '../types';
import { deepFreeze } from './freeze';
import { setWorkloadKind } from './workloadKind';

function pod(overrides: Partial<Design> = {}): Design {
  return deepFreeze({ ...design({ name: 'web' }), ...overrides });
}

describe('setWorkloadKind from a Pod', () => {
  it('moves labels to the template and selector and annotations to the template', () => {
    const input = pod({
      metadata: {
        name: 'web',
        namespace: 'shop',
        labels: { app: 'web', tier: 'front' },
        annotations: { note: 'x' },
      },
      podSpec: { restartPolicy: 'OnFailure', dnsPolicy: 'ClusterFirst' },
    });
    const d = setWorkloadKind(input, 'Deployment');
    expect(d.apiVersion).toBe('apps/v1');
    expect(d.metadata).toEqual({
      name: 'web',
      namespace: 'shop',
      labels: { app: 'web', tier: 'front' },
    });
    expect(d.templateMetadata).toEqual({
      labels: { app: 'web', tier: 'front' },
      annotations: { note: 'x' },
    });
    expect(d.controller).toEqual({
      replicas: 1,
      selector: { matchLabels: { app: 'web', tier: 'front' } },
    });
    expect(d.podSpec).toEqual({ dnsPolicy: 'ClusterFirst' });
  });

  it('labels the template app: NAME when the Pod has no labels, and names the StatefulSet service', () => {
    const d = setWorkloadKind(pod(), 'StatefulSet');
    expect(d.templateMetadata).toEqual({ labels: { app: 'web' } });
    expect(d.controller).toEqual({
      serviceName: 'web',
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
    });
    expect(setWorkloadKind(pod(), 'DaemonSet').controller).toEqual({
      selector: { matchLabels: { app: 'web' } },
    });
  });

  it('gives Jobs and CronJobs no selector and a restartPolicy they accept', () => {
    const job = setWorkloadKind(pod(), 'Job');
    expect(job.apiVersion).toBe('batch/v1');
    expect(job.controller).toEqual({});
    expect(job.podSpec.restartPolicy).toBe('Never');
    const cron = setWorkloadKind(pod({ podSpec: { restartPolicy: 'OnFailure' } }), 'CronJob');
    expect(cron.controller).toEqual({ schedule: '*/5 * * * *', jobTemplate: { spec: {} } });
    expect(cron.podSpec.restartPolicy).toBe('OnFailure');
    expect(setWorkloadKind(pod({ podSpec: { restartPolicy: 'Always' } }), 'Job').podSpec).toEqual({
      restartPolicy: 'Never',
    });
  });

  it('returns the design itself when the kind stays', () => {
    const input = pod();
    expect(setWorkloadKind(input, 'Pod')).toBe(input);
  });
});

describe('setWorkloadKind between controllers', () => {
  const deployment = deepFreeze(
    design({
      kind: 'Deployment',
      name: 'web',
      controller: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'Recreate' },
        minReadySeconds: 5,
        template: null,
      },
      podSpec: { restartPolicy: 'Always' },
    }),
  );

  it('keeps replicas, selector and shared fields and drops the rest', () => {
    const d = setWorkloadKind(deployment, 'StatefulSet');
    expect(d.controller).toEqual({
      serviceName: 'web',
      replicas: 3,
      selector: { matchLabels: { app: 'web' } },
      minReadySeconds: 5,
    });
    expect(d.podSpec).toEqual({ restartPolicy: 'Always' });
    expect(setWorkloadKind(deployment, 'DaemonSet').controller).toEqual({
      selector: { matchLabels: { app: 'web' } },
      minReadySeconds: 5,
    });
  });

  it('carries the Job fields between Job and CronJob', () => {
    const job = deepFreeze(
      design({
        kind: 'Job',
        controller: { backoffLimit: 2, template: null, ttlSecondsAfterFinished: 60 },
      }),
    );
    const cron = setWorkloadKind(job, 'CronJob');
    expect(cron.controller).toEqual({
      schedule: '*/5 * * * *',
      jobTemplate: { spec: { backoffLimit: 2, template: null, ttlSecondsAfterFinished: 60 } },
    });
    expect(setWorkloadKind(cron, 'Job').controller).toEqual(job.controller);
    expect(setWorkloadKind(cron, 'Deployment').controller).toEqual({
      replicas: 1,
      selector: { matchLabels: { app: 'demo' } },
    });
  });

  it('merges the template labels and annotations into a Pod', () => {
    const input = deepFreeze({
      ...deployment,
      metadata: { name: 'web', labels: { team: 'a' } },
      templateMetadata: {
        labels: { app: 'web' },
        annotations: { note: 'y' },
        creationTimestamp: null,
      },
    });
    const d = setWorkloadKind(input, 'Pod');
    expect(d.apiVersion).toBe('v1');
    expect(d.metadata).toEqual({
      name: 'web',
      labels: { team: 'a', app: 'web' },
      annotations: { note: 'y' },
    });
    expect(d.templateMetadata).toEqual({});
    expect(d.controller).toEqual({});
    expect(d.podSpec).toEqual({ restartPolicy: 'Always' });
  });

  it('turns claim templates into claims when leaving a StatefulSet', () => {
    const sts = deepFreeze(
      design({
        kind: 'StatefulSet',
        containers: [container('db', { mounts: [{ volume: 'data', mountPath: '/data' }] })],
        volumes: [volume('tmp'), volume('data', 'volumeClaimTemplate')],
      }),
    );
    const d = setWorkloadKind(sts, 'Deployment');
    expect(d.volumes[1]).toEqual({
      name: 'data',
      type: 'persistentVolumeClaim',
      raw: { name: null, persistentVolumeClaim: { claimName: 'data' } },
    });
    expect(d.volumes[0]).toBe(sts.volumes[0]);
    expect(checkInvariants(d)).toEqual([]);
  });
});
