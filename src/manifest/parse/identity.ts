import { uniqueName } from '../../model/names';

interface Named {
  name: string;
  declaredName?: string;
}

/**
 * Gives every entry a unique name, the model's identity: an entry whose name repeats an earlier
 * one (which the API server refuses, and lint reports) keeps its written name as `declaredName`
 * and gets a stand-in such as `app-2` that no entry of the list uses. Other entries are unchanged.
 */
export function withUniqueNames<T extends Named>(entries: readonly T[]): T[] {
  const taken = new Set(entries.map((e) => e.name));
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (!seen.has(entry.name)) {
      seen.add(entry.name);
      return entry;
    }
    const name = uniqueName(entry.name || 'unnamed', taken);
    taken.add(name);
    return { ...entry, name, declaredName: entry.name };
  });
}
