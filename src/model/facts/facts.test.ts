import { describe, expect, it } from 'vitest';
import { removedApiVersion } from './apiVersions';
import { enabledFrom, gateEnabled, gateStage } from './gates';
import { graceSecondsOf, podRestartPolicyOf } from './pod';
import { isPortNumber, parsePortText, portNameProblems } from './ports';
import { LATEST_TARGET, minorOf, SUPPORTED_TARGETS, sidecarSupport } from './versions';

describe('Kubernetes versions', () => {
  it('offers 1.24 to 1.37, newest last', () => {
    expect(SUPPORTED_TARGETS[0]).toBe('1.24');
    expect(SUPPORTED_TARGETS.at(-1)).toBe(LATEST_TARGET);
    expect(LATEST_TARGET).toBe('1.37');
    expect(minorOf('1.36')).toBe(36);
    expect(minorOf('x')).toBe(0);
  });

  it('says how each release runs native sidecars', () => {
    expect(sidecarSupport(27)).toBe('unknown-field');
    expect(sidecarSupport(28)).toBe('dropped');
    expect(sidecarSupport(28, true)).toBe('unordered');
    expect(sidecarSupport(29)).toBe('full');
    expect(sidecarSupport(32, false)).toBe('dropped');
    expect(sidecarSupport(33, false)).toBe('full');
    expect(sidecarSupport(37)).toBe('full');
  });
});

describe('feature gates at their defaults', () => {
  it.each([
    ['SidecarContainers', 28, false],
    ['SidecarContainers', 29, true],
    ['ContainerRestartRules', 34, false],
    ['ContainerRestartRules', 35, true],
    ['RestartAllContainersOnContainerExits', 35, false],
    ['RestartAllContainersOnContainerExits', 36, true],
    ['InPlacePodLevelResourcesVerticalScaling', 35, false],
    ['InPlacePodLevelResourcesVerticalScaling', 36, true],
    ['SidecarsRestartableDuringPodTermination', 37, false],
    ['ContainerStopSignals', 37, false],
    ['EnvFiles', 34, false],
    ['EnvFiles', 35, true],
    ['ImageVolume', 33, false],
    ['ImageVolume', 34, false],
    ['ImageVolume', 35, true],
    ['ImageVolume', 36, true],
    ['PodLevelResources', 33, false],
    ['PodLevelResources', 37, true],
  ] as const)('%s on 1.%i is %s', (gate, minor, enabled) => {
    expect(gateEnabled(gate, minor)).toBe(enabled);
  });

  it('knows stages and the first release a gate is on', () => {
    expect(gateStage('RestartAllContainersOnContainerExits', 37)?.stage).toBe('GA');
    expect(gateStage('ContainerRestartRules', 33)).toBeUndefined();
    expect(enabledFrom('SidecarContainers')).toBe(29);
    expect(enabledFrom('ContainerStopSignals')).toBeUndefined();
  });
});

describe('pod defaults', () => {
  it('reads the grace period one way', () => {
    expect(graceSecondsOf({})).toBe(30);
    expect(graceSecondsOf({ terminationGracePeriodSeconds: 45 })).toBe(45);
    expect(graceSecondsOf({ terminationGracePeriodSeconds: 0 })).toBe(0);
    expect(graceSecondsOf({ terminationGracePeriodSeconds: -5 })).toBe(1);
    expect(graceSecondsOf({ terminationGracePeriodSeconds: '60' })).toBe(30);
  });

  it('defaults the restart policy to Always', () => {
    expect(podRestartPolicyOf({})).toBe('Always');
    expect(podRestartPolicyOf({ restartPolicy: 'Never' })).toBe('Never');
  });
});

describe('ports', () => {
  it('parses typed ports and checks the range', () => {
    expect(parsePortText(' 8080 ')).toBe(8080);
    expect(parsePortText('1e3')).toBeNaN();
    expect(isPortNumber(65535)).toBe(true);
    expect(isPortNumber(0)).toBe(false);
    expect(isPortNumber(80.5)).toBe(false);
  });

  it('checks port names as IANA service names', () => {
    expect(portNameProblems('http')).toEqual([]);
    expect(portNameProblems('HTTP-')).toHaveLength(3);
  });
});

describe('removed API versions', () => {
  it('knows when a workload API version was removed', () => {
    expect(removedApiVersion('extensions/v1beta1', 'Deployment')?.removedIn).toBe(16);
    expect(removedApiVersion('batch/v1beta1', 'CronJob')?.removedIn).toBe(25);
    expect(removedApiVersion('apps/v1', 'Deployment')).toBeUndefined();
  });
});
