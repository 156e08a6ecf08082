import type { JsonValue } from '../../model/json';

/**
 * An exact Kubernetes resource quantity: `coefficient × 10^exponent`. Binary suffixes (Ki, Mi, ...)
 * are folded into the coefficient, so values compare and add without rounding.
 */
export interface Quantity {
  coefficient: bigint;
  exponent: number;
}

const DECIMAL_SUFFIXES: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIXES: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

/**
 * Reads a quantity such as `500m`, `1.5Gi`, `2e3` or a plain number; undefined when the text is
 * not a quantity Kubernetes accepts.
 */
export function parseQuantity(value: JsonValue | undefined): Quantity | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const text = typeof value === 'number' ? String(value) : value;
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const [, sign = '', number = '', suffix = ''] = match;
  const [whole = '', fraction = ''] = number.split('.');
  let coefficient = BigInt(`${whole}${fraction}` || '0');
  let exponent = -fraction.length;
  if (suffix in BINARY_SUFFIXES) {
    coefficient *= 1024n ** BigInt(BINARY_SUFFIXES[suffix] ?? 0);
  } else if (suffix.startsWith('e') || suffix.startsWith('E')) {
    exponent += Number(suffix.slice(1));
  } else {
    exponent += DECIMAL_SUFFIXES[suffix] ?? 0;
  }
  if (sign === '-') coefficient = -coefficient;
  return { coefficient, exponent };
}

function aligned(a: Quantity, b: Quantity): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  const scale = (q: Quantity) => q.coefficient * 10n ** BigInt(q.exponent - exponent);
  return [scale(a), scale(b), exponent];
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The exact sum of two quantities. */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  const [x, y, exponent] = aligned(a, b);
  return { coefficient: x + y, exponent };
}

/** The quantity as a JavaScript number (in base units: cores, bytes), for display and sums. */
export function quantityToNumber(q: Quantity): number {
  return Number(q.coefficient) * 10 ** q.exponent;
}

/** True for a quantity below zero. */
export function isNegativeQuantity(q: Quantity): boolean {
  return q.coefficient < 0n;
}

/** True for a whole number of units (required for extended resources). */
export function isWholeQuantity(q: Quantity): boolean {
  if (q.exponent >= 0) return true;
  return q.coefficient % 10n ** BigInt(-q.exponent) === 0n;
}
