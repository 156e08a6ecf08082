import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { legacyWorkaroundWithNative as rule } from './mesh-legacy-workaround-with-native';

const mesh = (annotations: Record<string, string>, mode?: 'legacy'): Design => {
  const d = design({
    kind: 'Deployment',
    containers: [
      container('app', {
        spec: { command: ['sh', '-c', 'run && curl -X POST localhost:15020/quitquitquit'] },
      }),
      container('istio-proxy', { role: 'sidecar', purpose: 'proxy', ...(mode ? { mode } : {}) }),
    ],
  });
  return { ...d, templateMetadata: { ...d.templateMetadata, annotations } };
};
const hold = {
  'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true, "concurrency": 2}',
};

describe('mesh/legacy-workaround-with-native (R40)', () => {
  it('notes the hold annotation and the exit call next to a native proxy', () => {
    const findings = check(rule, mesh(hold));
    expect(findings).toMatchObject([
      { container: 'istio-proxy' },
      { container: 'app', field: 'command' },
    ]);
    expect(rule.severity).toBe('info');
  });

  it('stays quiet when the proxy is a legacy sidecar', () => {
    expect(check(rule, mesh(hold, 'legacy'))).toEqual([]);
  });

  it('notes the Linkerd exit delay on a bare Pod', () => {
    const d = design({
      containers: [
        container('app'),
        container('linkerd-proxy', { role: 'sidecar', purpose: 'proxy' }),
      ],
    });
    d.metadata = {
      name: 'p',
      annotations: { 'config.alpha.linkerd.io/proxy-wait-before-exit-seconds': '10' },
    };
    expect(check(rule, d).map((f) => f.container)).toEqual(['linkerd-proxy']);
  });

  it('fix removes the hold setting and keeps the rest of the proxy config', () => {
    const before = mesh(hold);
    const { design: after } = requireFix(rule, before);
    expect(after.templateMetadata.annotations).toEqual({
      'proxy.istio.io/config': '{"concurrency":2}',
    });
    expect(before.templateMetadata.annotations).toEqual(hold);
    expect(check(rule, after).map((f) => f.container)).toEqual(['app']);
    expect(errorsOf(after)).toEqual([]);
  });
});
