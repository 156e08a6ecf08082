import { describe, expect, it } from 'vitest';
import { starterDesign } from '../../model/create';
import { setSidecarMode, setWorkloadKind } from '../../model/ops';
import { container, design } from '../../testing/build';
import { explainContainer, explainPod } from './explainContainer';

function text(d: Parameters<typeof explainContainer>[0], name: string): Record<string, string> {
  const explanation = explainContainer(d, name);
  return Object.fromEntries(
    (explanation?.sections ?? []).map((s) => [s.heading, s.sentences.join(' ')]),
  );
}

describe('explainContainer', () => {
  it('explains a native sidecar: position, what waits, stop order and restart', () => {
    const sections = text(starterDesign(), 'log-shipper');
    expect(sections['Where it runs']).toContain('native sidecar (initContainers[0]');
    expect(sections['When it starts']).toContain('step 1 of 2');
    expect(sections['What waits for it']).toBe(
      'Until log-shipper counts as started (it runs, and its startupProbe, if any, has succeeded), app cannot start.',
    );
    expect(sections['When the Pod is deleted']).toContain('waits for app to exit');
    expect(sections['If it crashes']).toContain('a native sidecar is always restarted');
  });

  it('explains a legacy sidecar honestly: no order, and a Job that never completes', () => {
    const job = setSidecarMode(setWorkloadKind(starterDesign(), 'Job'), 'legacy');
    const sections = text(job, 'log-shipper');
    expect(sections['Where it runs']).toContain('legacy sidecar (containers[1])');
    expect(sections['When it starts']).toContain('together with app');
    expect(sections['What waits for it']).toContain('Nothing waits for log-shipper');
    expect(sections['When the Job’s work ends']).toContain('the Job never completes');
    expect(sections['If it crashes']).toContain('not restarted');
  });

  it('explains a regular init container and a main container', () => {
    const d = design({
      containers: [container('app'), container('setup', { role: 'init' })],
    });
    expect(text(d, 'setup')['What waits for it']).toBe(
      'Until setup has exited 0, app cannot start.',
    );
    expect(text(d, 'setup')['If it crashes']).toContain('runs it again after a back-off');
    expect(text(d, 'app')['If it crashes']).toContain('restartPolicy is Always');
  });

  it('has nothing to say about a container that is not there', () => {
    expect(explainContainer(starterDesign(), 'nope')).toBe(undefined);
  });
});

describe('explainPod', () => {
  it('gives the start and stop sequences and, for Jobs, whether the Pod can finish', () => {
    const job = explainPod(setWorkloadKind(starterDesign(), 'Job'));
    const all = job.sections.map((s) => `${s.heading}: ${s.sentences.join(' ')}`);
    expect(all[0]).toBe(
      'Start sequence: The containers start in 2 steps; the containers of one step do not wait for each other: 1. log-shipper; 2. app.',
    );
    expect(all.at(-1)).toContain('the Job counts a completion');
  });
});
