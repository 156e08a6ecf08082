import { describe, expect, it } from 'vitest';
import { statusTone } from './PodColumns';

describe('statusTone', () => {
  it('tells a healthy, a failing, an ending and an in-between status apart', () => {
    expect(statusTone('Running')).toBe('ok');
    expect(statusTone('Completed')).toBe('ok');
    expect(statusTone('Init:CrashLoopBackOff')).toBe('bad');
    expect(statusTone('NotReady')).toBe('bad');
    expect(statusTone('Init:ExitCode:3')).toBe('bad');
    expect(statusTone('Terminating')).toBe('ending');
    expect(statusTone('Init:1/2')).toBe('progress');
    expect(statusTone('PodInitializing')).toBe('progress');
  });
});
