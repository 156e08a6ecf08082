import type { JsonValue } from '../model/json';

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/;

/**
 * Parses a Kubernetes quantity ("500m", "0.5", "64Mi", "1G", "1e3", or a YAML number) into
 * thousandths of the resource's base unit (millicores for cpu, millibytes for memory), rounded up
 * like Kubernetes does. Undefined when the value is not a quantity.
 */
export function parseQuantity(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? toMilli(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = QUANTITY.exec(value.trim());
  if (!match?.[1]) return undefined;
  const suffix = match[3] ?? '';
  const scale = BINARY[suffix] ?? DECIMAL[suffix] ?? 1;
  const exponent = match[2] ? 10 ** Number(match[2]) : 1;
  return toMilli(Number(match[1]) * exponent * scale);
}

function toMilli(base: number): number {
  const milli = base * 1000;
  const rounded = Math.round(milli);
  return Math.abs(milli - rounded) < 1e-6 ? rounded : Math.ceil(milli);
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

function trimmed(value: number): string {
  return String(Number(value.toFixed(2)));
}

function formatBytes(bytes: number): string {
  if (bytes === 0 || !Number.isInteger(bytes)) return trimmed(bytes);
  const binary = Object.entries(BINARY).reverse();
  for (const [suffix, scale] of binary) {
    if (bytes % scale === 0) return `${bytes / scale}${suffix}`;
  }
  for (const suffix of ['E', 'P', 'T', 'G', 'M', 'k']) {
    const scale = DECIMAL[suffix] ?? 1;
    if (bytes % scale === 0) return `${bytes / scale}${suffix}`;
  }
  for (const [suffix, scale] of binary) {
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
