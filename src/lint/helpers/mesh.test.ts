import { describe, expect, it } from 'vitest';
import { LINKERD_WAIT, withoutHold, workaroundAnnotations } from './mesh';

describe('mesh workaround annotations', () => {
  it('finds the Istio hold setting in JSON or YAML text, and the Linkerd delay', () => {
    expect(
      workaroundAnnotations({ 'proxy.istio.io/config': 'holdApplicationUntilProxyStarts: true' }),
    ).toHaveLength(1);
    expect(
      workaroundAnnotations({
        'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts":false}',
      }),
    ).toEqual([]);
    expect(workaroundAnnotations({ [LINKERD_WAIT]: '10' }).map((a) => a.key)).toEqual([
      LINKERD_WAIT,
    ]);
  });

  it('removes only the hold setting from the Istio config', () => {
    expect(withoutHold('{"holdApplicationUntilProxyStarts": true}')).toBeUndefined();
    expect(withoutHold('holdApplicationUntilProxyStarts: true\nconcurrency: 2')).toBe(
      'concurrency: 2',
    );
  });
});
