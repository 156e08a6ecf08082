import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  compareQuantities,
  isNegativeQuantity,
  isWholeQuantity,
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
