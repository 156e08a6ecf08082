import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTAINER_ANNOTATION,
  defaultedMessage,
  kubectlDefault,
} from '../model/kubectlDefault';
import type { Design, WorkloadKind } from '../model/types';
import { container, design } from '../testing/build';
import { kubectlCommands } from './kubectlCommands';

const pod = (kind: WorkloadKind = 'Pod', extra: Partial<Design> = {}): Design => ({
  ...design({
    kind,
    containers: [
      container('proxy', { role: 'sidecar', mode: 'legacy' }),
      container('app'),
      container('setup', { role: 'init' }),
      container('mesh', { role: 'sidecar', mode: 'native' }),
    ],
  }),
  ...extra,
});

const commandsOf = (d: Design, name: string) =>
  kubectlCommands(d, name)?.commands.map((c) => c.command) ?? [];

describe('kubectl default container', () => {
  it('is the first entry of containers without an annotation, with kubectl sentence', () => {
    const d = { ...pod(), metadata: { name: 'web' } };
    expect(kubectlDefault(d)).toMatchObject({ container: { name: 'proxy' }, source: 'first' });
    expect(defaultedMessage(d)).toBe(
      'Defaulted container "proxy" out of: proxy, app, setup (init), mesh (init)',
    );
  });

  it('follows the annotation, including to an init container, and not to a missing name', () => {
    const annotate = (value: string) => ({
      ...pod(),
      metadata: { name: 'web', annotations: { [DEFAULT_CONTAINER_ANNOTATION]: value } },
    });
    expect(kubectlDefault(annotate('app')).container?.name).toBe('app');
    expect(defaultedMessage(annotate('app'))).toBeUndefined();
    expect(kubectlDefault(annotate('setup')).container?.name).toBe('setup');
    expect(kubectlDefault(annotate('ghost'))).toMatchObject({
      container: { name: 'proxy' },
      annotationUnknown: true,
    });
  });

  it('says nothing when the pod has one container only', () => {
    expect(defaultedMessage(design({ containers: [container('app')] }))).toBeUndefined();
  });
});

describe('kubectl commands for a container', () => {
  it('use the Pod name and -c for a bare Pod, with describe pod', () => {
    const d = { ...pod(), metadata: { name: 'web' } };
    expect(commandsOf(d, 'app')).toEqual([
      'kubectl logs web -c app',
      'kubectl logs web -c app --previous',
      'kubectl exec -it web -c app -- sh',
      'kubectl describe pod web',
    ]);
    expect(kubectlCommands(d, 'app')?.notes).toEqual([
      "-c app is needed: without it kubectl picks 'proxy'.",
    ]);
  });

  it('use the TYPE/NAME form for workloads, the namespace, and the template labels', () => {
    const d = pod('Deployment', {
      metadata: { name: 'shop', namespace: 'prod' },
      templateMetadata: { labels: { app: 'shop', tier: 'web' } },
    });
    expect(commandsOf(d, 'app')).toEqual([
      'kubectl logs deploy/shop -c app -n prod',
      'kubectl logs deploy/shop -c app --previous -n prod',
      'kubectl exec -it deploy/shop -c app -n prod -- sh',
      'kubectl describe pods -l app=shop,tier=web -n prod',
    ]);
    const sts = pod('StatefulSet', { metadata: { name: 'db' }, templateMetadata: {} });
    expect(commandsOf(sts, 'app')[0]).toBe('kubectl logs sts/db -c app');
    expect(commandsOf(sts, 'app')[3]).toBe('kubectl describe sts/db');
    const job = pod('Job', { metadata: { name: 'batch' } });
    expect(commandsOf(job, 'app')[0]).toBe('kubectl logs job/batch -c app');
    const ds = pod('DaemonSet', { metadata: { name: 'agent' } });
    expect(commandsOf(ds, 'app')[0]).toBe('kubectl logs ds/agent -c app');
  });

  it('create a Job from a CronJob first', () => {
    const d = pod('CronJob', { metadata: { name: 'nightly' } });
    expect(commandsOf(d, 'app').slice(0, 2)).toEqual([
      'kubectl create job nightly-manual --from=cronjob/nightly',
      'kubectl logs job/nightly-manual -c app',
    ]);
  });

  it('say when -c is not needed, and why', () => {
    const first = { ...pod(), metadata: { name: 'web' } };
    expect(kubectlCommands(first, 'proxy')).toMatchObject({ isDefault: true });
    expect(kubectlCommands(first, 'proxy')?.notes[0]).toContain('first entry of containers');
    const annotated = {
      ...first,
      metadata: { name: 'web', annotations: { [DEFAULT_CONTAINER_ANNOTATION]: 'app' } },
    };
    expect(kubectlCommands(annotated, 'app')?.notes[0]).toContain('annotation');
  });

  it('explain -c and the Init status for init containers and native sidecars', () => {
    const d = { ...pod(), metadata: { name: 'web' } };
    expect(kubectlCommands(d, 'setup')?.notes).toEqual([
      '-c setup is required: kubectl never picks an init container by default.',
      'While it starts, kubectl get pod shows STATUS Init:0/2.',
    ]);
    const mesh = kubectlCommands(d, 'mesh')?.notes ?? [];
    expect(mesh[0]).toContain('(a native sidecar is one)');
    expect(mesh[1]).toBe(
      'While it starts, kubectl get pod shows STATUS Init:1/2; once it has started it counts in the READY column.',
    );
  });

  it('is undefined for a container the pod does not have', () => {
    expect(kubectlCommands(pod(), 'ghost')).toBeUndefined();
  });
});
