import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json';
import type { ContainerRole } from '../model/types';
import { container, design } from '../testing/build';
import { effectivePodResources } from './resources';

const Mi = 2 ** 20;

function sized(
  name: string,
  role: ContainerRole,
  cpu: string,
  memory: string,
  limits?: JsonObject,
) {
  const resources: JsonObject = { requests: { cpu, memory } };
  if (limits) resources.limits = limits;
  return container(name, { role, spec: { resources } });
}

/** The table of sidecar-rules.md §6.2, in manifest order. */
const worked = design({
  containers: [
    sized('app', 'main', '300m', '256Mi'),
    sized('worker', 'main', '200m', '128Mi'),
    sized('init-a', 'init', '500m', '256Mi'),
    sized('proxy', 'sidecar', '100m', '128Mi'),
    sized('init-b', 'init', '200m', '512Mi'),
    sized('logs', 'sidecar', '50m', '64Mi'),
  ],
});

describe('the worked example of sidecar-rules.md §6.2', () => {
  const { requests, limits } = effectivePodResources(worked);

  it('computes initUse for each init container with the sidecars declared before it', () => {
    const init = (requests.memory?.terms ?? []).filter((t) => t.kind === 'init');
    expect(init.map((t) => [t.container, t.label, t.display])).toEqual([
      ['init-a', 'init-a', '256Mi'],
      ['proxy', 'proxy', '128Mi'],
      ['init-b', 'init-b + proxy', '640Mi'],
      ['logs', 'proxy + logs', '192Mi'],
    ]);
    const cpu = (requests.cpu?.terms ?? []).filter((t) => t.kind === 'init').map((t) => t.display);
    expect(cpu).toEqual(['500m', '100m', '300m', '150m']);
  });

  it('computes the steady state as main containers plus all native sidecars', () => {
    const steady = requests.cpu?.terms[0];
    expect(steady?.kind).toBe('main+sidecars');
    expect(steady?.label).toBe('app + worker + proxy + logs');
    expect(steady?.display).toBe('650m');
    expect(requests.memory?.terms[0]?.display).toBe('576Mi');
  });

  it('takes the maximum: cpu 650m from the steady state, memory 640Mi from init-b', () => {
    expect(requests.cpu?.display).toBe('650m');
    expect(requests.cpu?.value).toBe(0.65);
    expect(requests.cpu?.winner).toBe('main+sidecars');
    expect(requests.memory?.display).toBe('640Mi');
    expect(requests.memory?.value).toBe(640 * Mi);
    expect(requests.memory?.winner).toBe('init');
    expect(requests.memory?.terms.find((t) => t.wins)?.container).toBe('init-b');
  });

  it('shows the legacy placement of the same sidecars for comparison: 650m and 576Mi', () => {
    expect(requests.cpu?.legacy.display).toBe('650m');
    expect(requests.memory?.legacy.display).toBe('576Mi');
  });

  it('has no limits when no container sets one', () => {
    expect(limits).toEqual({});
  });
});

describe('the corpus file kubernetes-website/resources.yaml', () => {
  // setup (init), log-shipper (native sidecar), app (main); memory limits on all, no cpu limits.
  const example = design({
    containers: [
      sized('app', 'main', '300m', '128Mi', { memory: '128Mi' }),
      sized('setup', 'init', '200m', '64Mi', { memory: '64Mi' }),
      sized('log-shipper', 'sidecar', '50m', '64Mi', { memory: '64Mi' }),
    ],
  });
  const result = effectivePodResources(example);

  it('requests 350m cpu and 192Mi memory, from app plus the sidecar', () => {
    expect(result.requests.cpu?.display).toBe('350m');
    expect(result.requests.memory?.display).toBe('192Mi');
    expect(result.requests.cpu?.winner).toBe('main+sidecars');
    expect(result.requests.cpu?.terms.map((t) => t.display)).toEqual(['350m', '200m', '50m']);
  });

  it('limits memory to 192Mi and sets no cpu limit', () => {
    expect(result.limits.memory?.display).toBe('192Mi');
    expect(result.limits.memory?.unboundedBy).toBeUndefined();
    expect(result.limits.cpu).toBeUndefined();
  });

  it('gives the same totals with the sidecar in legacy placement', () => {
    expect(result.requests.cpu?.legacy.display).toBe('350m');
    expect(result.requests.memory?.legacy.display).toBe('192Mi');
  });
});

describe('limits, overhead and pod-level resources', () => {
  it('marks a limit unbounded when a container sets none', () => {
    const result = effectivePodResources(
      design({
        containers: [
          sized('app', 'main', '100m', '64Mi', { memory: '64Mi' }),
          sized('proxy', 'sidecar', '100m', '64Mi'),
        ],
      }),
    );
    expect(result.limits.memory?.value).toBeNull();
    expect(result.limits.memory?.display).toBe('unbounded');
    expect(result.limits.memory?.unboundedBy).toEqual(['proxy']);
  });

  it('defaults a request to the limit, as the API server does', () => {
    const result = effectivePodResources(
      design({ containers: [container('app', { spec: { resources: { limits: { cpu: '1' } } } })] }),
    );
    expect(result.requests.cpu?.display).toBe('1');
  });

  it('adds spec.overhead to requests, and to limits only where a limit exists', () => {
    const result = effectivePodResources(
      design({
        podSpec: { overhead: { cpu: '250m', memory: '120Mi' } },
        containers: [sized('app', 'main', '100m', '64Mi', { memory: '64Mi' })],
      }),
    );
    expect(result.requests.cpu?.display).toBe('350m');
    expect(result.requests.cpu?.overhead?.display).toBe('250m');
    expect(result.limits.memory?.display).toBe('184Mi');
    expect(result.limits.cpu).toBeUndefined();
  });

  it('replaces cpu and memory by pod-level spec.resources', () => {
    const result = effectivePodResources(
      design({
        podSpec: { resources: { requests: { cpu: '2', memory: '1Gi' } } },
        containers: [sized('app', 'main', '100m', '64Mi')],
      }),
    );
    expect(result.requests.cpu?.display).toBe('2');
    expect(result.requests.cpu?.winner).toBe('pod-level');
    expect(result.requests.memory?.display).toBe('1Gi');
  });

  it('leaves out what is not a quantity and says so', () => {
    const result = effectivePodResources(
      design({ containers: [sized('app', 'main', 'lots', '64Mi')] }),
    );
    expect(result.requests.cpu?.display).toBe('0');
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toContain("app's resources.requests.cpu");
  });
});
