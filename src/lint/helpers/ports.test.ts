import { describe, expect, it } from 'vitest';
import { isDns1123Label } from './names';
import { isPortNumber, portNameProblems, portNumOrNameProblem } from './ports';

describe('port names', () => {
  it('accepts IANA service names', () => {
    for (const name of ['http', 'http-metrics', 'h2c', 'a1'])
      expect(portNameProblems(name)).toEqual([]);
  });

  it('gives one problem per broken rule', () => {
    expect(portNameProblems('Metrics')).toHaveLength(1);
    expect(portNameProblems('prometheus-metrics')).toHaveLength(1);
    expect(portNameProblems('1234')).toHaveLength(1);
    expect(portNameProblems('-a--b-')).toHaveLength(2);
  });
});

describe('port numbers', () => {
  it('accepts whole numbers from 1 to 65535', () => {
    expect(isPortNumber(1)).toBe(true);
    expect(isPortNumber(65535)).toBe(true);
    expect(isPortNumber(0)).toBe(false);
    expect(isPortNumber(65536)).toBe(false);
    expect(isPortNumber(80.5)).toBe(false);
    expect(isPortNumber('80')).toBe(false);
  });

  it('accepts a number or a name for probes', () => {
    expect(portNumOrNameProblem(8080)).toBeUndefined();
    expect(portNumOrNameProblem('http')).toBeUndefined();
    expect(portNumOrNameProblem('8080')).toContain('neither');
    expect(portNumOrNameProblem(undefined)).toBe('is required');
  });
});

describe('DNS-1123 labels', () => {
  it('follows the Kubernetes pattern', () => {
    expect(isDns1123Label('app-1')).toBe(true);
    expect(isDns1123Label('App')).toBe(false);
    expect(isDns1123Label('-app')).toBe(false);
    expect(isDns1123Label('a'.repeat(64))).toBe(false);
  });
});
