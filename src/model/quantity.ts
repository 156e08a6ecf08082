import type { JsonValue } from './json';

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
/** A number with a binary or decimal suffix (`E` alone is exa) or a decimal exponent (`e3`, `E-2`). */
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
  } else if (suffix.length > 1 && (suffix.startsWith('e') || suffix.startsWith('E'))) {
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

/**
 * The quantity in thousandths of its base unit (millicores for cpu, millibytes for memory),
 * rounded up like Kubernetes does.
 */
export function toMilli(q: Quantity): number {
  const shift = q.exponent + 3;
  if (shift >= 0) return Number(q.coefficient * 10n ** BigInt(shift));
  const divisor = 10n ** BigInt(-shift);
  const quotient = q.coefficient / divisor;
  const rest = q.coefficient % divisor;
  return Number(rest > 0n ? quotient + 1n : quotient);
}

/**
 * Parses a Kubernetes quantity ("500m", "0.5", "64Mi", "1G", "1e3", or a YAML number) into
 * thousandths of the resource's base unit, rounded up. Undefined when the value is not a quantity.
 */
export function parseMilli(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  const quantity = parseQuantity(typeof value === 'string' ? value.trim() : value);
  return quantity === undefined ? undefined : toMilli(quantity);
}

/** True for resources counted in bytes: memory, ephemeral-storage, storage, hugepages-*. */
export function isByteResource(resource: string): boolean {
  return (
    resource === 'memory' ||
    resource === 'ephemeral-storage' ||
    resource === 'storage' ||
    resource.startsWith('hugepages-')
  );
}

const BINARY_UNITS = Object.entries(BINARY_SUFFIXES)
  .map(([suffix, power]): [string, number] => [suffix, 1024 ** power])
  .reverse();
const DECIMAL_UNITS = ['E', 'P', 'T', 'G', 'M', 'k'].map((suffix): [string, number] => [
  suffix,
  10 ** (DECIMAL_SUFFIXES[suffix] ?? 0),
]);

function trimmed(value: number): string {
  return String(Number(value.toFixed(2)));
}

function formatBytes(bytes: number): string {
  if (bytes === 0 || !Number.isInteger(bytes)) return trimmed(bytes);
  for (const [suffix, scale] of [...BINARY_UNITS, ...DECIMAL_UNITS]) {
    if (bytes % scale === 0) return `${bytes / scale}${suffix}`;
  }
  for (const [suffix, scale] of BINARY_UNITS) {
    if (bytes >= scale) return `${trimmed(bytes / scale)}${suffix}`;
  }
  return String(bytes);
}

/**
 * Formats thousandths of a resource's base unit in a readable Kubernetes unit: "650m" or "2" for
 * cpu and counts, "640Mi", "1G" for byte resources (with two decimals where no unit is exact).
 */
export function formatQuantity(resource: string, milli: number): string {
  if (isByteResource(resource)) return formatBytes(milli / 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}
