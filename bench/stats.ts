/** The median of `values` (NaN when there are none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The bench runs through tsx, which names inner functions with a `__name` helper; functions sent
 * to the page need it there too. Pass this to `addInitScript`.
 */
export const NAME_HELPER = 'window.__name = (fn) => fn;';
