/**
 * Freezes a value and everything reachable from it, so that any attempt to mutate it throws.
 * Designs are immutable; tests freeze their inputs to prove that ops copy instead of mutating.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
