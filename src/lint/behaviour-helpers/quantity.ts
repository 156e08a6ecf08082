/**
 * Kubernetes resource quantities for cpu (in millicores) and memory (in bytes). Only what the
 * resource summary needs: parse, add, compare, and print back in Kubernetes' own notation.
 */

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

const PATTERN = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])|[eE]([+-]?\d+))?$/;

/** The value of a quantity in base units (cores or bytes), or undefined when unreadable. */
export function parseQuantity(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, digits, suffix, exponent] = match;
  const value = Number(digits);
  if (exponent !== undefined) return value * 10 ** Number(exponent);
  const factor = suffix === undefined ? 1 : (BINARY[suffix] ?? DECIMAL[suffix] ?? 1);
  return value * factor;
}

/** Cores → whole millicores, rounded up as Kubernetes does for cpu. */
export function toMillicores(cores: number): number {
  return Math.ceil(Math.round(cores * 1e6) / 1e3);
}

/** "650m", or "2" for whole cores. */
export function formatCpu(millicores: number): string {
  return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}

/** "640Mi", "1Gi", "500M", or plain bytes, whichever states the value exactly. */
export function formatMemory(bytes: number): string {
  const rounded = Math.ceil(bytes);
  if (rounded === 0) return '0';
  for (const suffix of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
    const factor = BINARY[suffix] ?? 1;
    if (rounded % factor === 0) return `${rounded / factor}${suffix}`;
  }
  for (const suffix of ['E', 'P', 'T', 'G', 'M', 'k']) {
    const factor = DECIMAL[suffix] ?? 1;
    if (rounded % factor === 0) return `${rounded / factor}${suffix}`;
  }
  return String(rounded);
}
