import { describe, expect, it } from 'vitest';
import { formatCpu, formatMemory, parseQuantity, toMillicores } from './quantity';

describe('quantities', () => {
  it('reads cpu in cores and millicores', () => {
    expect(toMillicores(parseQuantity('500m') ?? Number.NaN)).toBe(500);
    expect(toMillicores(parseQuantity('0.25') ?? Number.NaN)).toBe(250);
    expect(toMillicores(parseQuantity(2) ?? Number.NaN)).toBe(2000);
    expect(toMillicores(parseQuantity('0.0001') ?? Number.NaN)).toBe(1);
  });

  it('reads memory with binary, decimal and exponent suffixes', () => {
    expect(parseQuantity('256Mi')).toBe(256 * 2 ** 20);
    expect(parseQuantity('1G')).toBe(1e9);
    expect(parseQuantity('129e6')).toBe(129e6);
    expect(parseQuantity('1.5Gi')).toBe(1.5 * 2 ** 30);
  });

  it('refuses text that is not a quantity', () => {
    expect(parseQuantity('lots')).toBeUndefined();
    expect(parseQuantity('12 Mi')).toBeUndefined();
  });

  it('prints values the way Kubernetes writes them', () => {
    expect(formatCpu(650)).toBe('650m');
    expect(formatCpu(2000)).toBe('2');
    expect(formatMemory(640 * 2 ** 20)).toBe('640Mi');
    expect(formatMemory(2 ** 30)).toBe('1Gi');
    expect(formatMemory(5e8)).toBe('500M');
    expect(formatMemory(1001)).toBe('1001');
  });
});
