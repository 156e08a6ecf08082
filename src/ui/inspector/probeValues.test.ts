import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../model/create';
import { addContainer, setContainerRole, setTarget } from '../../model/ops';
import type { Container, Design, KubernetesVersion } from '../../model/types';
import {
  defaultSleepSeconds,
  parseCommand,
  parseHandlerPort,
  parsePath,
  parseSleepSeconds,
  parseTiming,
} from './probeInput';
import {
  allowsProbesAndHooks,
  defaultPortOf,
  editSpecField,
  HOOK_HANDLERS,
  handlerChoices,
  handlerOf,
  PROBE_HANDLERS,
  probeOrder,
  restartPolicyChoices,
  startupProbeHint,
  TIMINGS,
  type Timing,
  withHandler,
  withHandlerField,
  withHook,
  withKey,
} from './probeValues';

const DEFAULTS = { port: 8080, sleepSeconds: 5 };

function timing(key: Timing['key']): Timing {
  const found = TIMINGS.find((t) => t.key === key);
  if (!found) throw new Error(`no timing ${key}`);
  return found;
}

function designWith(target: KubernetesVersion, sidecarMode: Design['sidecarMode'] = 'native') {
  let design = { ...emptyDesign(), sidecarMode };
  design = setTarget(design, target);
  design = addContainer(design, 'main', { name: 'app' });
  design = addContainer(design, 'sidecar', { name: 'proxy' });
  design = addContainer(design, 'init', { name: 'setup' });
  return design;
}

function named(design: Design, name: string): Container {
  const found = design.containers.find((c) => c.name === name);
  if (!found) throw new Error(`no container ${name}`);
  return found;
}

describe('probe and hook handlers', () => {
  it('tell which handler a probe or hook uses', () => {
    expect(handlerOf(undefined, PROBE_HANDLERS)).toBe('off');
    expect(handlerOf(null, PROBE_HANDLERS)).toBe('off');
    expect(handlerOf({ tcpSocket: { port: 80 } }, PROBE_HANDLERS)).toBe('tcpSocket');
    expect(handlerOf({ sleep: { seconds: 5 } }, HOOK_HANDLERS)).toBe('sleep');
    // Several handlers, none, or one the editor does not offer: shown as written.
    expect(handlerOf({ exec: {}, httpGet: {} }, PROBE_HANDLERS)).toBe('other');
    expect(handlerOf({ periodSeconds: 5 }, PROBE_HANDLERS)).toBe('other');
    expect(handlerOf({ tcpSocket: { port: 80 } }, HOOK_HANDLERS)).toBe('other');
  });

  it('offer "as written" only when it applies', () => {
    expect(handlerChoices(HOOK_HANDLERS, 'off').map((c) => c.value)).toEqual([
      'off',
      'exec',
      'httpGet',
      'sleep',
    ]);
    expect(handlerChoices(HOOK_HANDLERS, 'other').at(-1)?.label).toBe('As written in the manifest');
  });

  it('switch handlers and keep timings and the port', () => {
    const probe = { httpGet: { path: '/ready', port: 'admin' }, periodSeconds: 5 };
    expect(withHandler(probe, 'tcpSocket', DEFAULTS)).toEqual({
      tcpSocket: { port: 'admin' },
      periodSeconds: 5,
    });
    // gRPC takes numbers only, so a named port gives way to the default.
    expect(withHandler(probe, 'grpc', DEFAULTS)).toEqual({
      grpc: { port: 8080 },
      periodSeconds: 5,
    });
    expect(withHandler(undefined, 'httpGet', DEFAULTS)).toEqual({
      httpGet: { path: '/', port: 8080 },
    });
    expect(withHandler(undefined, 'exec', DEFAULTS)).toEqual({ exec: { command: ['true'] } });
    expect(withHandler(undefined, 'sleep', DEFAULTS)).toEqual({ sleep: { seconds: 5 } });
    expect(withHandler(probe, 'off', DEFAULTS)).toBeUndefined();
    expect(withHandler(probe, 'other', DEFAULTS)).toEqual(probe);
  });

  it('edit one field of a handler, a probe or lifecycle', () => {
    expect(withHandlerField({ httpGet: { port: 80 } }, 'httpGet', 'path', '/healthz')).toEqual({
      httpGet: { port: 80, path: '/healthz' },
    });
    expect(
      withHandlerField({ httpGet: { port: 80, path: '/' } }, 'httpGet', 'path', undefined),
    ).toEqual({ httpGet: { port: 80 } });
    expect(
      withKey({ tcpSocket: { port: 80 }, periodSeconds: 5 }, 'periodSeconds', undefined),
    ).toEqual({ tcpSocket: { port: 80 } });
    const lifecycle = { preStop: { sleep: { seconds: 5 } }, stopSignal: 'SIGUSR1' };
    expect(withHook(lifecycle, 'preStop', undefined)).toEqual({ stopSignal: 'SIGUSR1' });
    expect(withHook({ preStop: { sleep: { seconds: 5 } } }, 'preStop', undefined)).toBeUndefined();
    expect(withHook(undefined, 'postStart', { exec: { command: ['true'] } })).toEqual({
      postStart: { exec: { command: ['true'] } },
    });
  });
});

describe('values typed into probes and hooks', () => {
  it('refuse ports outside 1–65535 and malformed port names', () => {
    expect(parseHandlerPort(' 8080 ', true)).toBe(8080);
    expect(parseHandlerPort('http-admin', true)).toBe('http-admin');
    expect(() => parseHandlerPort('0', true)).toThrow('from 1 to 65535');
    expect(() => parseHandlerPort('-1', true)).toThrow('from 1 to 65535');
    expect(() => parseHandlerPort('70000', false)).toThrow('from 1 to 65535');
    expect(() => parseHandlerPort('80.5', true)).toThrow('whole number');
    expect(() => parseHandlerPort('', true)).toThrow('whole number');
    expect(() => parseHandlerPort('admin', false)).toThrow('gRPC probes do not accept port names');
    expect(() => parseHandlerPort('Admin', true)).toThrow('lower-case letters');
  });

  it('refuse negative, fractional and zero timings with the default in the reason', () => {
    const period = timing('periodSeconds');
    expect(parseTiming(' 5 ', period)).toBe(5);
    expect(parseTiming('', period)).toBeUndefined();
    expect(() => parseTiming('-5', period)).toThrow(
      'Period must be a whole number of seconds from 1, or empty for the default (10).',
    );
    expect(() => parseTiming('0', period)).toThrow('from 1');
    expect(() => parseTiming('2.5', period)).toThrow('whole number');
    expect(() => parseTiming('soon', period)).toThrow('whole number');
    expect(() => parseTiming('99999999999', period)).toThrow('whole number');
    expect(parseTiming('0', timing('initialDelaySeconds'))).toBe(0);
    expect(() => parseTiming('-1', timing('failureThreshold'))).toThrow(
      'Failure threshold must be a whole number from 1, or empty for the default (3).',
    );
  });

  it('refuse an empty command and a path without a slash', () => {
    expect(parseCommand('sh\n-c\n\ncurl -f localhost')).toEqual(['sh', '-c', 'curl -f localhost']);
    expect(() => parseCommand('  \n')).toThrow('at least one line');
    expect(parsePath(' /ready ')).toBe('/ready');
    expect(parsePath('')).toBeUndefined();
    expect(() => parsePath('ready')).toThrow('starts with "/"');
  });

  it('keep a sleep within the grace period', () => {
    const limits = { allowZero: true, gracePeriod: 30 };
    expect(parseSleepSeconds('5', limits)).toBe(5);
    expect(parseSleepSeconds('0', limits)).toBe(0);
    expect(() => parseSleepSeconds('0', { ...limits, allowZero: false })).toThrow('from 1');
    expect(() => parseSleepSeconds('-5', limits)).toThrow('whole number of seconds from 0');
    expect(() => parseSleepSeconds('', limits)).toThrow('whole number');
    expect(() => parseSleepSeconds('31', limits)).toThrow('terminationGracePeriodSeconds (30)');
    expect(defaultSleepSeconds({ allowZero: false, gracePeriod: 2 })).toBe(2);
    expect(defaultSleepSeconds(limits)).toBe(5);
  });
});

describe('where probes, hooks and restart policies apply', () => {
  it('give probes and hooks to main containers and sidecars, not regular init containers', () => {
    const design = designWith('1.33');
    expect(allowsProbesAndHooks(named(design, 'app'))).toBe(true);
    expect(allowsProbesAndHooks(named(design, 'proxy'))).toBe(true);
    expect(allowsProbesAndHooks(named(design, 'setup'))).toBe(false);
  });

  it('show the startup probe first for sidecars and say what it gates', () => {
    const native = designWith('1.33');
    expect(probeOrder(named(native, 'proxy'))[0]).toBe('startupProbe');
    expect(probeOrder(named(native, 'app'))[0]).toBe('livenessProbe');
    expect(startupProbeHint(native, named(native, 'proxy'))).toBe(
      'Containers declared after this sidecar wait until this probe succeeds.',
    );
    expect(startupProbeHint(native, named(native, 'app'))).toBeUndefined();
    const legacy = designWith('1.33', 'legacy');
    expect(startupProbeHint(legacy, named(legacy, 'proxy'))).toContain('nothing waits');
  });

  it('offer restart policies from 1.35 on main and regular init containers only', () => {
    const before = designWith('1.34');
    for (const name of ['app', 'proxy', 'setup']) {
      expect(restartPolicyChoices(before, named(before, name))).toBeUndefined();
    }
    const after = designWith('1.35');
    expect(restartPolicyChoices(after, named(after, 'app'))?.map((c) => c.value)).toEqual([
      '',
      'Always',
      'OnFailure',
      'Never',
    ]);
    expect(restartPolicyChoices(after, named(after, 'setup'))?.map((c) => c.value)).toEqual([
      '',
      'OnFailure',
      'Never',
    ]);
    expect(restartPolicyChoices(after, named(after, 'proxy'))).toBeUndefined();
  });

  it('start new handlers on the first declared port', () => {
    const design = designWith('1.33');
    expect(defaultPortOf(named(design, 'app'))).toBe(8080);
    const withPorts = editSpecField('app', 'ports', () => [{ containerPort: 9090 }])(design);
    expect(defaultPortOf(named(withPorts, 'app'))).toBe(9090);
  });

  it('edit a field through the model, which still refuses what it owns', () => {
    const design = designWith('1.35');
    const next = editSpecField('app', 'startupProbe', (current) =>
      withHandler(current, 'tcpSocket', DEFAULTS),
    )(design);
    expect(named(next, 'app').raw.startupProbe).toEqual({ tcpSocket: { port: 8080 } });
    const cleared = editSpecField('app', 'startupProbe', () => undefined)(next);
    expect('startupProbe' in named(cleared, 'app').raw).toBe(false);
    expect(() => editSpecField('proxy', 'restartPolicy', () => 'Never')(design)).toThrow(
      'follows from its role',
    );
    const init = setContainerRole(design, 'app', 'init');
    expect(() => editSpecField('app', 'restartPolicy', () => 'Always')(init)).toThrow('sidecar');
  });
});
