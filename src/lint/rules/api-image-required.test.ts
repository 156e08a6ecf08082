import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiImageRequired } from './api-image-required';

function withImage(image: string | null, kind: 'Pod' | 'Deployment' = 'Pod') {
  const c = container('app');
  if (image === null) delete c.raw.image;
  else c.raw.image = image;
  return design({ kind, containers: [c] });
}

describe('api/image-required (R02)', () => {
  it('reports a container without an image', () => {
    const findings = runRule(apiImageRequired, withImage(null));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', container: 'app', field: 'image' });
  });

  it('reports an image of only spaces, in any workload', () => {
    expect(runRule(apiImageRequired, withImage('   ', 'Deployment'))).toHaveLength(1);
  });

  it('reports surrounding spaces in a bare Pod only', () => {
    expect(runRule(apiImageRequired, withImage(' nginx:1.27'))).toHaveLength(1);
    expect(runRule(apiImageRequired, withImage(' nginx:1.27', 'Deployment'))).toEqual([]);
  });

  it('stays quiet on a container with an image', () => {
    expect(runRule(apiImageRequired, withImage('nginx:1.27'))).toEqual([]);
  });
});
