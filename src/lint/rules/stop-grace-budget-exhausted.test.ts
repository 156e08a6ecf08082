import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { graceBudgetExhausted as rule } from './stop-grace-budget-exhausted';

const pod = (preStop: JsonObject, grace?: number) =>
  design({
    target: '1.31',
    podSpec: grace === undefined ? {} : { terminationGracePeriodSeconds: grace },
    containers: [
      container('app', { spec: { lifecycle: { preStop } } }),
      container('proxy', {
        role: 'sidecar',
        purpose: 'proxy',
        spec: { startupProbe: { tcpSocket: { port: 15001 } } },
      }),
    ],
  });

describe('stop/grace-budget-exhausted (R26)', () => {
  it('fires on a sleep hook that leaves 2 s or less', () => {
    const [finding] = check(rule, pod({ sleep: { seconds: 29 } }, 30));
    expect(finding).toMatchObject({ container: 'app', field: 'lifecycle.preStop.sleep.seconds' });
    expect(rule.severity).toBe('warning');
  });

  it('reads an exec of sleep and the default grace period of 30 s', () => {
    const [finding] = check(rule, pod({ exec: { command: ['sh', '-c', 'sleep 28'] } }));
    expect(finding?.field).toBe('lifecycle.preStop.exec.command');
  });

  it('stays quiet with time to spare, or without sidecars', () => {
    expect(check(rule, pod({ sleep: { seconds: 27 } }, 30))).toEqual([]);
    const alone = pod({ sleep: { seconds: 29 } }, 30);
    alone.containers = alone.containers.filter((c) => c.name === 'app');
    expect(check(rule, alone)).toEqual([]);
  });

  it('fix raises the grace period without introducing errors', () => {
    const { design: after, summary } = requireFix(rule, pod({ sleep: { seconds: 29 } }, 30));
    expect(after.podSpec.terminationGracePeriodSeconds).toBe(44);
    expect(summary).toContain('44');
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
