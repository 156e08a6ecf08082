/** Whether two values of plain data (objects, arrays, primitives) have the same content. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every(
    (key) => Object.hasOwn(bRecord, key) && sameContent(aRecord[key], bRecord[key]),
  );
}

/** Whether two items have the same content, not counting their top-level key `ignored`. */
function sameContentBut(a: object, b: object, ignored: string | undefined): boolean {
  if (ignored === undefined) return sameContent(a, b);
  const { [ignored]: _a, ...restA } = a as Record<string, unknown>;
  const { [ignored]: _b, ...restB } = b as Record<string, unknown>;
  return sameContent(restA, restB);
}

/**
 * `next`, with each item whose content equals the previous item of the same id replaced by that
 * previous object. React Flow redraws only the nodes and edges whose objects changed, so an edit
 * redraws what it changed instead of the whole pod. Returns `previous` itself when nothing changed.
 * A key named `ignored` does not count as content: it only travels with items that changed.
 */
export function keepUnchanged<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
  ignored?: string,
): readonly T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  let changed = previous.length !== next.length;
  const kept = next.map((item, index) => {
    const old = before.get(item.id);
    const same = old !== undefined && sameContentBut(old, item, ignored);
    if (!same || previous[index] !== old) changed = true;
    return same ? old : item;
  });
  return changed ? kept : previous;
}
