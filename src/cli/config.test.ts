import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../testing/cli';
import { REPO_ROOT } from '../testing/corpus';
import { ConfigError, loadConfig, parseConfig } from './config';
import { nodeIo } from './nodeIo';

const parse = (text: string) => parseConfig(text, '.sidecar-studio.yaml', '/repo');

describe('the configuration file', () => {
  it('reads target, failOn, rules and ignore', () => {
    const config = parse(
      [
        'target: "1.28"',
        'failOn: warning',
        'rules:',
        '  res/effective-requests: off',
        '  vol/unused: false',
        '  net/port-collision: error',
        'ignore:',
        '  - charts/**',
        '  - test/',
      ].join('\n'),
    );
    expect(config.target).toBe('1.28');
    expect(config.failOn).toBe('warning');
    expect(config.rules).toEqual({
      'res/effective-requests': 'off',
      'vol/unused': 'off',
      'net/port-collision': 'error',
    });
    expect(config.ignore.map((p) => p.text)).toEqual(['charts/**', 'test/']);
    expect(config.folder).toBe('/repo');
  });

  it('is empty when the file is', () => {
    expect(parse('')).toMatchObject({ rules: {}, ignore: [] });
    expect(parse('# nothing yet\n').target).toBeUndefined();
  });

  it.each([
    ['target: 1.30', 'write the target in quotes, e.g. target: "1.30"'],
    ['target: "latest"', 'target is a Kubernetes version such as "1.31"'],
    ['failOn: sometimes', 'failOn is error, warning, info, never'],
    ['rules:\n  res/no-such-rule: off', 'rules: there is no rule "res/no-such-rule"'],
    ['rules:\n  vol/unused: loud', 'rules: vol/unused is off, error, warning or info'],
    ['rules: [vol/unused]', 'rules is a mapping'],
    ['ignore: [1]', 'ignore is a list of paths'],
    ['tagret: "1.31"', 'unknown setting "tagret"'],
    ['- a\n- b', 'must be a mapping of settings'],
    ['target: [', 'not readable as YAML'],
  ])('refuses %j, saying what is wrong', (text, message) => {
    expect(() => parse(text)).toThrow(ConfigError);
    expect(() => parse(text)).toThrow(`.sidecar-studio.yaml: ${message}`);
  });

  it('is found in the working folder or the nearest folder above it', () => {
    const root = folderWith({ '.sidecar-studio.yaml': 'target: "1.29"\n' });
    const deep = join(root, 'deploy', 'k8s');
    mkdirSync(deep, { recursive: true });
    const config = loadConfig(undefined, nodeIo(deep));
    expect(config.target).toBe('1.29');
    expect(config.path).toBe(join(root, '.sidecar-studio.yaml'));
    expect(config.folder).toBe(root);
  });

  it('is the one --config names, relative to the working folder', () => {
    const root = folderWith({
      '.sidecar-studio.yaml': 'target: "1.29"\n',
      'ci/strict.yaml': 'failOn: info\n',
    });
    const config = loadConfig('ci/strict.yaml', nodeIo(root));
    expect(config).toMatchObject({ failOn: 'info', folder: join(root, 'ci') });
    expect(config.target).toBeUndefined();
    expect(() => loadConfig('ci/missing.yaml', nodeIo(root))).toThrow(
      'ci/missing.yaml: cannot be read',
    );
  });
});

describe('the configuration examples of the READMEs', () => {
  it.each(['README.md', 'cli/README.md'])('are valid in %s', (readme) => {
    const text = readFileSync(join(REPO_ROOT, readme), 'utf8');
    const example = /```yaml\n(target:[\s\S]*?)```/.exec(text)?.[1];
    expect(example).toContain('rules:');
    const config = parse(example as string);
    expect(Object.keys(config.rules).length).toBeGreaterThan(0);
    expect(config.ignore.length).toBeGreaterThan(0);
  });
});
