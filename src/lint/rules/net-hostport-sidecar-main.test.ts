import { describe, expect, it } from 'vitest';
import { findContainer } from '../../model/placement';
import type { ContainerRole } from '../../model/types';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { hostPortSidecarMain as rule } from './net-hostport-sidecar-main';

const pod = (role: ContainerRole, hostIP?: string) =>
  design({
    containers: [
      container('app', { spec: { ports: [{ containerPort: 80, hostPort: 8080 }] } }),
      container('proxy', {
        role,
        spec: {
          ports: [{ containerPort: 9901, hostPort: 8080, ...(hostIP ? { hostIP } : {}) }],
        },
      }),
    ],
  });

describe('net/hostport-sidecar-main (R32)', () => {
  it('fires on a host port shared by a sidecar and a main container', () => {
    expect(check(rule, pod('sidecar'))).toMatchObject([
      { container: 'app', field: 'ports[0].hostPort' },
    ]);
    expect(rule.severity).toBe('warning');
  });

  it('leaves two main containers to the API rule, and skips regular init containers', () => {
    expect(check(rule, pod('main'))).toEqual([]);
    expect(check(rule, pod('init'))).toEqual([]);
  });

  it('stays quiet for different host IPs', () => {
    expect(check(rule, pod('sidecar', '10.0.0.1'))).toEqual([]);
  });

  it('fix gives the later container another host port, without errors', () => {
    const { design: after } = requireFix(rule, pod('sidecar'));
    expect(findContainer(after, 'app')?.raw.ports).toEqual([{ containerPort: 80, hostPort: 8081 }]);
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
