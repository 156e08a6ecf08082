import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { effectiveResource, formatAmount } from './effective-requests';

const req = (cpu: string, memory: string) => ({
  spec: { resources: { requests: { cpu, memory } } },
});

/** The worked example of sidecar-rules.md §6.2. */
const example = (sidecarMode: 'native' | 'legacy') =>
  design({
    sidecarMode,
    containers: [
      container('app', req('300m', '256Mi')),
      container('worker', req('200m', '128Mi')),
      container('init-a', { role: 'init', ...req('500m', '256Mi') }),
      container('proxy', { role: 'sidecar', ...req('100m', '128Mi') }),
      container('init-b', { role: 'init', ...req('200m', '512Mi') }),
      container('logs', { role: 'sidecar', ...req('50m', '64Mi') }),
    ],
  });

describe('effective requests (§6.1)', () => {
  it('follows the code formula for native sidecars', () => {
    const cpu = effectiveResource(example('native'), 'cpu');
    const memory = effectiveResource(example('native'), 'memory');
    expect(formatAmount('cpu', cpu.effective)).toBe('650m');
    expect(formatAmount('cpu', cpu.initPeak)).toBe('500m');
    expect(cpu.initDominates).toBe(false);
    expect(formatAmount('memory', memory.steady)).toBe('576Mi');
    expect(formatAmount('memory', memory.effective)).toBe('640Mi');
    expect(memory.initPeakAt).toBe('init-b');
    expect(memory.initDominates).toBe(true);
  });

  it('counts legacy sidecars with the main containers only', () => {
    const memory = effectiveResource(example('legacy'), 'memory');
    expect(formatAmount('memory', memory.effective)).toBe('576Mi');
    expect(formatAmount('memory', memory.initPeak)).toBe('512Mi');
  });

  it('adds the Pod overhead', () => {
    const d = { ...example('native'), podSpec: { overhead: { cpu: '250m' } } };
    expect(formatAmount('cpu', effectiveResource(d, 'cpu').effective)).toBe('900m');
  });
});
