import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiContainerName } from './api-container-name';

describe('api/container-name (R01)', () => {
  it('reports a name that is not a DNS-1123 label', () => {
    const findings = runRule(apiContainerName, design({ containers: [container('My_App')] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'api/container-name',
      severity: 'error',
      container: 'My_App',
      field: 'name',
      path: 'spec.containers[0].name',
    });
  });

  it('reports a name longer than 63 characters and an empty name', () => {
    const long = 'a'.repeat(64);
    const findings = runRule(
      apiContainerName,
      design({ containers: [container(long), container('')] }),
    );
    expect(findings.map((f) => f.path)).toEqual([
      'spec.containers[0].name',
      'spec.containers[1].name',
    ]);
    expect(findings[0]?.message).toContain('64 characters');
  });

  it('reports a sidecar that shares its name with a main container, on the later entry', () => {
    const d = design({
      containers: [container('app'), container('app', { role: 'sidecar' })],
    });
    const findings = runRule(apiContainerName, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.path).toBe('spec.initContainers[0].name');
    expect(findings[0]?.message).toContain('"app"');
  });

  it('reports an ephemeral container that reuses a container name', () => {
    const d = design({ podSpec: { ephemeralContainers: [{ name: 'app', image: 'busybox' }] } });
    expect(runRule(apiContainerName, d).map((f) => f.path)).toEqual([
      'spec.ephemeralContainers[0].name',
    ]);
  });

  it('stays quiet on distinct valid names', () => {
    const d = design({
      containers: [
        container('app'),
        container('proxy-1', { role: 'sidecar' }),
        container('setup', { role: 'init' }),
      ],
    });
    expect(runRule(apiContainerName, d)).toEqual([]);
  });
});
