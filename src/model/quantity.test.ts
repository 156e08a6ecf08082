import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  compareQuantities,
  formatQuantity,
  isNegativeQuantity,
  isWholeQuantity,
  parseMilli,
  parseQuantity,
  quantityToNumber,
} from './quantity';

function q(text: string | number) {
  const parsed = parseQuantity(text);
  if (!parsed) throw new Error(`not a quantity: ${text}`);
  return parsed;
}

describe('parseQuantity', () => {
  it('reads decimal, binary and exponent suffixes', () => {
    expect(quantityToNumber(q('500m'))).toBeCloseTo(0.5);
    expect(quantityToNumber(q('1Gi'))).toBe(1024 ** 3);
    expect(quantityToNumber(q('2k'))).toBe(2000);
    expect(quantityToNumber(q('1e3'))).toBe(1000);
    expect(quantityToNumber(q(0.25))).toBeCloseTo(0.25);
    expect(quantityToNumber(q('1.5Mi'))).toBe(1.5 * 1024 ** 2);
  });

  it('refuses text that is not a quantity', () => {
    expect(parseQuantity('lots')).toBeUndefined();
    expect(parseQuantity('1 Gi')).toBeUndefined();
    expect(parseQuantity('1GB')).toBeUndefined();
    expect(parseQuantity(true)).toBeUndefined();
  });

  it('tells milli from mega', () => {
    expect(compareQuantities(q('1M'), q('1m'))).toBeGreaterThan(0);
    expect(quantityToNumber(q('2E'))).toBe(2e18);
  });
});

describe('quantity arithmetic', () => {
  it('compares exactly across suffixes', () => {
    expect(compareQuantities(q('1'), q('1000m'))).toBe(0);
    expect(compareQuantities(q('0.1'), q('100m'))).toBe(0);
    expect(compareQuantities(q('1Gi'), q('1G'))).toBeGreaterThan(0);
    expect(compareQuantities(q('128Mi'), q('256Mi'))).toBeLessThan(0);
  });

  it('adds exactly', () => {
    expect(compareQuantities(addQuantities(q('650m'), q('0.35')), q('1'))).toBe(0);
  });

  it('knows signs and whole numbers', () => {
    expect(isNegativeQuantity(q('-1'))).toBe(true);
    expect(isNegativeQuantity(q('0'))).toBe(false);
    expect(isWholeQuantity(q('2'))).toBe(true);
    expect(isWholeQuantity(q('1500m'))).toBe(false);
    expect(isWholeQuantity(q('2000m'))).toBe(true);
  });
});

describe('parseMilli', () => {
  it('reads cpu in millicores', () => {
    expect(parseMilli('500m')).toBe(500);
    expect(parseMilli('0.5')).toBe(500);
    expect(parseMilli('2')).toBe(2000);
    expect(parseMilli(1)).toBe(1000);
    expect(parseMilli(0.1)).toBe(100);
    expect(parseMilli('.25')).toBe(250);
    expect(parseMilli('0.25')).toBe(250);
  });

  it('reads binary and decimal byte units', () => {
    expect(parseMilli('64Mi')).toBe(64 * 2 ** 20 * 1000);
    expect(parseMilli('1Gi')).toBe(2 ** 30 * 1000);
    expect(parseMilli('1Ki')).toBe(1024 * 1000);
    expect(parseMilli('1G')).toBe(1e9 * 1000);
    expect(parseMilli('128M')).toBe(128e6 * 1000);
    expect(parseMilli('1k')).toBe(1e6);
    expect(parseMilli('1e3')).toBe(1e6);
    expect(parseMilli('2E')).toBe(2e18 * 1000);
    expect(parseMilli('129e6')).toBe(129e6 * 1000);
    expect(parseMilli('1.5Gi')).toBe(1.5 * 2 ** 30 * 1000);
  });

  it('rounds fractions of a millicore up, like Kubernetes', () => {
    expect(parseMilli('100u')).toBe(1);
    expect(parseMilli('1500n')).toBe(1);
    expect(parseMilli('0.0001')).toBe(1);
  });

  it('refuses what is not a quantity', () => {
    expect(parseMilli('lots')).toBeUndefined();
    expect(parseMilli('1 Gi')).toBeUndefined();
    expect(parseMilli('1e')).toBeUndefined();
    expect(parseMilli(true)).toBeUndefined();
    expect(parseMilli(undefined)).toBeUndefined();
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
    expect(formatQuantity('memory', 5e8 * 1000)).toBe('500M');
    expect(formatQuantity('memory', 1001 * 1000)).toBe('1001');
    expect(formatQuantity('memory', (1e9 + 64 * 2 ** 20) * 1000)).toBe('1017.67Mi');
    expect(formatQuantity('memory', 0)).toBe('0');
  });
});
