import { describe, expect, it } from 'vitest';
import { initContainersOf } from '../../model/placement';
import { container, design, volume } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { logShipperMissesInitLogs as rule } from './order-log-shipper-misses-init-logs';

const mounts = [{ volume: 'logs', mountPath: '/var/log/app' }];
const pod = (order: Array<'setup' | 'shipper'>) =>
  design({
    containers: [
      container('app', { mounts }),
      ...order.map((name) =>
        name === 'setup'
          ? container('setup', { role: 'init', mounts })
          : container('shipper', { role: 'sidecar', purpose: 'log-shipper', mounts }),
      ),
    ],
    volumes: [volume('logs')],
  });

describe('order/log-shipper-misses-init-logs (R23)', () => {
  it('notes a log shipper declared after a regular init container', () => {
    const findings = check(rule, pod(['setup', 'shipper']));
    expect(findings.map((f) => f.container)).toEqual(['shipper']);
    expect(findings[0]?.message).toContain("'setup'");
    expect(rule.severity).toBe('info');
  });

  it('stays quiet for a log shipper declared first', () => {
    expect(check(rule, pod(['shipper', 'setup']))).toEqual([]);
  });

  it('stays quiet for a sidecar with another purpose', () => {
    const d = pod(['setup', 'shipper']);
    d.containers = d.containers.map((c) => (c.name === 'shipper' ? { ...c, purpose: 'other' } : c));
    expect(check(rule, d)).toEqual([]);
  });

  it('fix moves the shipper to the top of initContainers', () => {
    const { design: after } = requireFix(rule, pod(['setup', 'shipper']));
    expect(initContainersOf(after).map((c) => c.name)).toEqual(['shipper', 'setup']);
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
