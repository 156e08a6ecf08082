import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { container } from '../../testing/build';
import { hasStartupSignal, preStopSeconds } from './hooks';

const withPreStop = (preStop: JsonObject) => container('app', { spec: { lifecycle: { preStop } } });

describe('hooks', () => {
  it('reads known preStop durations', () => {
    expect(preStopSeconds(withPreStop({ sleep: { seconds: 20 } }))?.seconds).toBe(20);
    expect(preStopSeconds(withPreStop({ exec: { command: ['sleep', '15'] } }))?.seconds).toBe(15);
    expect(
      preStopSeconds(withPreStop({ exec: { command: ['/bin/sh', '-c', 'sleep 25'] } }))?.seconds,
    ).toBe(25);
  });

  it('leaves durations it cannot know alone', () => {
    expect(
      preStopSeconds(withPreStop({ exec: { command: ['sh', '-c', 'drain; sleep 5'] } })),
    ).toBeUndefined();
    expect(preStopSeconds(withPreStop({ httpGet: { port: 80 } }))).toBeUndefined();
    expect(preStopSeconds(container('app'))).toBeUndefined();
  });

  it('takes a startupProbe or a postStart hook as a startup signal', () => {
    expect(
      hasStartupSignal(container('s', { spec: { startupProbe: { tcpSocket: { port: 1 } } } })),
    ).toBe(true);
    expect(
      hasStartupSignal(
        container('s', { spec: { lifecycle: { postStart: { exec: { command: ['x'] } } } } }),
      ),
    ).toBe(true);
    expect(
      hasStartupSignal(container('s', { spec: { readinessProbe: { tcpSocket: { port: 1 } } } })),
    ).toBe(false);
  });
});
