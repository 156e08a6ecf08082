import { describe, expect, it } from 'vitest';
import { isDnsLabel, nameProblem, uniqueName } from './names';

describe('isDnsLabel', () => {
  it('accepts lowercase letters, digits and inner dashes', () => {
    expect(isDnsLabel('app')).toBe(true);
    expect(isDnsLabel('log-shipper-2')).toBe(true);
    expect(isDnsLabel('9')).toBe(true);
    expect(isDnsLabel('a'.repeat(63))).toBe(true);
  });

  it('refuses empty, uppercase, edge dashes, dots, underscores and long names', () => {
    for (const bad of ['', 'App', '-app', 'app-', 'my.app', 'my_app', 'a'.repeat(64)]) {
      expect(isDnsLabel(bad)).toBe(false);
    }
  });
});

describe('nameProblem', () => {
  it('explains an invalid container name and accepts a valid one', () => {
    expect(nameProblem('My_App', 'Container')).toBe(
      'Container names must be lowercase letters, digits and "-", start and end with a letter or digit, at most 63 characters.',
    );
    expect(nameProblem('', 'Volume')).toBe('A volume needs a name.');
    expect(nameProblem('logs', 'Volume')).toBeUndefined();
  });
});

describe('uniqueName', () => {
  it('keeps a free name and numbers a taken one from 2', () => {
    expect(uniqueName('app', [])).toBe('app');
    expect(uniqueName('app', ['app'])).toBe('app-2');
    expect(uniqueName('app', ['app', 'app-2', 'app-3'])).toBe('app-4');
  });

  it('shortens a long base so the result stays a valid label', () => {
    const base = `${'a'.repeat(61)}-b`;
    const result = uniqueName(base, [base]);
    expect(result).toHaveLength(63);
    expect(result.endsWith('-2')).toBe(true);
    expect(isDnsLabel(result)).toBe(true);
  });

  it('does not leave a dash before the suffix after shortening', () => {
    const base = `${'a'.repeat(60)}-bcd`;
    expect(uniqueName(base, [base])).toBe(`${'a'.repeat(60)}-2`);
  });
});
