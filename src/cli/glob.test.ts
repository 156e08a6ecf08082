import { describe, expect, it } from 'vitest';
import { compilePattern, matchingPattern } from './glob';

const matches = (pattern: string, path: string) =>
  matchingPattern(path, [compilePattern(pattern)]) !== undefined;

describe('ignore patterns', () => {
  it.each([
    ['charts/**', 'charts/web/templates/deploy.yaml', true],
    ['charts/', 'charts/web/values.yaml', true],
    ['charts', 'deploy/charts/web.yaml', true],
    ['./charts', 'charts/a.yaml', true],
    ['charts/*.yaml', 'charts/a.yaml', true],
    ['charts/*.yaml', 'charts/web/a.yaml', false],
    ['**/test/*.yaml', 'a/b/test/x.yaml', true],
    ['**/test/*.yaml', 'test/x.yaml', true],
    ['*.json', 'k8s/package.json', true],
    ['k8s/app?.yaml', 'k8s/app1.yaml', true],
    ['k8s/app?.yaml', 'k8s/app10.yaml', false],
    ['k8s/a.yaml', 'k8s/a.yaml.bak', false],
    ['deploy/charts', 'charts/x.yaml', false],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it('says which pattern matched', () => {
    const patterns = ['vendor/', 'charts/**'].map(compilePattern);
    expect(matchingPattern('charts/x.yaml', patterns)?.text).toBe('charts/**');
  });
});
