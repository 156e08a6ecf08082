import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import type { KubernetesVersion } from '../../model/types';
import { container, design } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiResources as rule } from './api-resources';

function run(spec: JsonObject, target: KubernetesVersion = '1.33', podSpec: JsonObject = {}) {
  return runRule(rule, design({ target, podSpec, containers: [container('app', { spec })] }));
}
const fields = (spec: JsonObject, target?: KubernetesVersion, podSpec?: JsonObject) =>
  run(spec, target, podSpec).map((f) => f.field);

describe('api/resources (R15)', () => {
  it('reports a request greater than its limit', () => {
    const findings = run({
      resources: { requests: { memory: '1Gi' }, limits: { memory: '512Mi' } },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'app',
      field: 'resources.requests.memory',
    });
  });

  it('reports extended resources and huge pages that are overcommitted or lack a limit', () => {
    expect(fields({ resources: { requests: { 'vendor.com/gpu': 1 } } })).toEqual([
      'resources.requests.vendor.com/gpu',
    ]);
    expect(
      fields({ resources: { requests: { 'vendor.com/gpu': 1 }, limits: { 'vendor.com/gpu': 2 } } }),
    ).toEqual(['resources.requests.vendor.com/gpu']);
    expect(fields({ resources: { limits: { 'hugepages-2Mi': '100Mi' } } })).toEqual(['resources']);
  });

  it('reports negative, malformed and unknown quantities', () => {
    expect(fields({ resources: { requests: { cpu: '-1', memory: 'lots', gpu: 1 } } })).toEqual([
      'resources.requests.cpu',
      'resources.requests.memory',
      'resources.requests.gpu',
    ]);
  });

  it('reports a malformed resize policy from 1.33', () => {
    const resizePolicy = [
      { resourceName: 'cpu', restartPolicy: 'RestartContainer' },
      { resourceName: 'cpu', restartPolicy: 'Later' },
      { resourceName: 'storage', restartPolicy: 'NotRequired' },
    ];
    expect(fields({ resizePolicy })).toEqual([
      'resizePolicy[1].resourceName',
      'resizePolicy[1].restartPolicy',
      'resizePolicy[2].resourceName',
    ]);
    expect(
      fields({ resizePolicy: resizePolicy.slice(0, 1) }, '1.33', { restartPolicy: 'Never' }),
    ).toEqual(['resizePolicy[0].restartPolicy']);
  });

  it('tells, as info, that a resize policy is dropped before 1.33', () => {
    const findings = run(
      { resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'Later' }] },
      '1.31',
    );
    expect(findings.map((f) => [f.severity, f.field])).toEqual([['info', 'resizePolicy']]);
  });

  it('stays quiet on consistent requests and limits', () => {
    const resources = {
      requests: { cpu: '500m', memory: '256Mi', 'vendor.com/gpu': 1, 'hugepages-2Mi': '100Mi' },
      limits: { cpu: 1, memory: '256Mi', 'vendor.com/gpu': '1', 'hugepages-2Mi': '100Mi' },
    };
    expect(
      run({
        resources,
        resizePolicy: [{ resourceName: 'memory', restartPolicy: 'RestartContainer' }],
      }),
    ).toEqual([]);
  });
});
