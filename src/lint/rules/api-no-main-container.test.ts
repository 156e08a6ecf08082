import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiNoMainContainer } from './api-no-main-container';

describe('api/no-main-container (R03)', () => {
  it('reports a pod whose only container is a native sidecar', () => {
    const d = design({ containers: [container('proxy', { role: 'sidecar' })] });
    const findings = runRule(apiNoMainContainer, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      field: 'containers',
      path: 'spec.containers',
    });
  });

  it('reports a pod with no containers at all', () => {
    expect(runRule(apiNoMainContainer, design({ containers: [] }))).toHaveLength(1);
  });

  it('counts a legacy sidecar as an entry of spec.containers', () => {
    const d = design({ containers: [container('proxy', { role: 'sidecar', mode: 'legacy' })] });
    expect(runRule(apiNoMainContainer, d)).toEqual([]);
  });

  it('stays quiet with a main container next to the sidecar', () => {
    const d = design({ containers: [container('app'), container('proxy', { role: 'sidecar' })] });
    expect(runRule(apiNoMainContainer, d)).toEqual([]);
  });
});
