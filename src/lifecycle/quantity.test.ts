import { describe, expect, it } from 'vitest';
import { formatQuantity, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it('reads cpu in millicores', () => {
    expect(parseQuantity('500m')).toBe(500);
    expect(parseQuantity('0.5')).toBe(500);
    expect(parseQuantity('2')).toBe(2000);
    expect(parseQuantity(1)).toBe(1000);
    expect(parseQuantity(0.1)).toBe(100);
    expect(parseQuantity('.25')).toBe(250);
  });

  it('reads binary and decimal byte units', () => {
    expect(parseQuantity('64Mi')).toBe(64 * 2 ** 20 * 1000);
    expect(parseQuantity('1Gi')).toBe(2 ** 30 * 1000);
    expect(parseQuantity('1Ki')).toBe(1024 * 1000);
    expect(parseQuantity('1G')).toBe(1e9 * 1000);
    expect(parseQuantity('128M')).toBe(128e6 * 1000);
    expect(parseQuantity('1k')).toBe(1e6);
    expect(parseQuantity('1e3')).toBe(1e6);
    expect(parseQuantity('2E')).toBe(2e18 * 1000);
  });

  it('rounds fractions of a millicore up, like Kubernetes', () => {
    expect(parseQuantity('100u')).toBe(1);
    expect(parseQuantity('1500n')).toBe(1);
  });

  it('refuses what is not a quantity', () => {
    expect(parseQuantity('lots')).toBeUndefined();
    expect(parseQuantity('1 Gi')).toBeUndefined();
    expect(parseQuantity('1e')).toBeUndefined();
    expect(parseQuantity(true)).toBeUndefined();
    expect(parseQuantity(undefined)).toBeUndefined();
  });
});

describe('formatQuantity', () => {
  it('writes cpu as cores or millicores', () => {
    expect(formatQuantity('cpu', 650)).toBe('650m');
    expect(formatQuantity('cpu', 2000)).toBe('2');
    expect(formatQuantity('nvidia.com/gpu', 1000)).toBe('1');
  });

  it('writes bytes in the largest exact unit, else with two decimals', () => {
    expect(formatQuantity('memory', 640 * 2 ** 20 * 1000)).toBe('640Mi');
    expect(formatQuantity('memory', 2 ** 30 * 1000)).toBe('1Gi');
    expect(formatQuantity('ephemeral-storage', 1e9 * 1000)).toBe('1G');
    expect(formatQuantity('memory', (1e9 + 64 * 2 ** 20) * 1000)).toBe('1017.67Mi');
    expect(formatQuantity('memory', 0)).toBe('0');
  });
});
