import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { findContainer } from '../../model/placement';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { sidecarPreStopRunsEarly as rule } from './stop-sidecar-prestop-runs-early';

const quit = { exec: { command: ['curl', '-X', 'POST', 'localhost:15020/quitquitquit'] } };
const pod = (lifecycle: JsonObject | undefined, purpose: 'proxy' | 'other' = 'proxy') =>
  design({
    containers: [
      container('app'),
      container('mesh', {
        role: 'sidecar',
        purpose,
        spec: {
          startupProbe: { tcpSocket: { port: 15021 } },
          ...(lifecycle ? { lifecycle } : {}),
        },
      }),
    ],
  });

describe('stop/sidecar-prestop-runs-early (R25)', () => {
  it('warns when containers depend on the sidecar', () => {
    const [finding, ...rest] = check(rule, pod({ preStop: quit }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ container: 'mesh', field: 'lifecycle.preStop' });
    expect(finding?.severity).toBeUndefined();
    expect(rule.severity).toBe('warning');
    expect(finding?.message).toContain("'app'");
  });

  it('is only info when nothing links to the sidecar', () => {
    const [finding] = check(rule, pod({ preStop: quit }, 'other'));
    expect(finding?.severity).toBe('info');
  });

  it('stays quiet without a preStop hook', () => {
    expect(check(rule, pod({ postStart: { exec: { command: ['true'] } } }))).toEqual([]);
  });

  it('fix removes only the preStop hook, without introducing errors', () => {
    const postStart = { exec: { command: ['true'] } };
    const before = pod({ preStop: quit, postStart });
    const { design: after } = requireFix(rule, before);
    expect(findContainer(after, 'mesh')?.raw.lifecycle).toEqual({ postStart });
    expect(findContainer(before, 'mesh')?.raw.lifecycle).toEqual({ preStop: quit, postStart });
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
