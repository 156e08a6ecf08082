import { describe, expect, it } from 'vitest';
import { starterDesign } from '../../model/create';
import type { JsonObject } from '../../model/json';
import type { ContainerRole } from '../../model/types';
import { container, design } from '../../testing/build';
import { resourcesView } from './resourcesView';

function sized(name: string, role: ContainerRole, cpu: string, memory: string) {
  const resources: JsonObject = { requests: { cpu, memory } };
  return container(name, { role, spec: { resources } });
}

// sidecar-rules.md §6.2
const worked = design({
  containers: [
    sized('app', 'main', '300m', '256Mi'),
    sized('worker', 'main', '200m', '128Mi'),
    sized('init-a', 'init', '500m', '256Mi'),
    sized('proxy', 'sidecar', '100m', '128Mi'),
    sized('init-b', 'init', '200m', '512Mi'),
    sized('logs', 'sidecar', '50m', '64Mi'),
  ],
});

describe('resourcesView', () => {
  it('shows native and legacy values with the terms of the formula', () => {
    const view = resourcesView(worked);
    expect(view.current).toBe('native');
    const memory = view.rows.find((r) => r.side === 'requests' && r.resource === 'memory');
    expect(memory?.native.display).toBe('640Mi');
    expect(memory?.legacy.display).toBe('576Mi');
    expect(memory?.differs).toBe(true);
    expect(memory?.native.terms.find((t) => t.wins)?.text).toBe('init-b + proxy = 640Mi');
    const cpu = view.rows.find((r) => r.side === 'requests' && r.resource === 'cpu');
    expect(cpu?.native.display).toBe('650m');
    expect(cpu?.native.terms.find((t) => t.wins)?.text).toBe(
      'running: app + worker + proxy + logs = 650m',
    );
    expect(cpu?.differs).toBe(false);
    expect(view.summary.join(' ')).toContain('Native sidecars count while the Pod runs');
  });

  it('marks limits that some container leaves unbounded', () => {
    const view = resourcesView(
      design({
        containers: [
          container('app', { spec: { resources: { limits: { cpu: '1' } } } }),
          container('proxy', { role: 'sidecar' }),
        ],
      }),
    );
    const limit = view.rows.find((r) => r.side === 'limits' && r.resource === 'cpu');
    expect(limit?.native.display).toBe('unbounded');
    expect(limit?.native.notes[0]).toBe('unbounded: proxy sets no limit');
  });

  it('says when nothing is set', () => {
    const view = resourcesView(starterDesign());
    expect(view.rows).toEqual([]);
    expect(view.summary[0]).toContain('No container sets cpu or memory');
  });
});
