/**
 * Makes ids for the containers and volumes one copy of the document adds: its Yjs client id (random
 * per copy) and a count, so that no two people's ids clash.
 */
export function idMaker(clientId: number): () => string {
  let count = 0;
  return () => `${clientId.toString(36)}.${(++count).toString(36)}`;
}

/**
 * The ids of `nextNames`, given the ids `previousIds` of `previousNames`: a name that stays keeps
 * its id; a name that took the place of one that went (same index) is a rename and keeps that
 * id; anything else is new.
 */
export function assignIds(
  previousNames: readonly string[],
  previousIds: readonly string[],
  nextNames: readonly string[],
  makeId: () => string,
): string[] {
  const idOf = new Map<string, string>();
  previousNames.forEach((name, index) => {
    const id = previousIds[index];
    if (id !== undefined && !idOf.has(name)) idOf.set(name, id);
  });
  const nextSet = new Set(nextNames);
  const used = new Set<string>();
  return nextNames.map((name, index) => {
    let id = idOf.get(name);
    if (id === undefined || used.has(id)) {
      const before = previousNames[index];
      const beforeId = previousIds[index];
      id =
        before !== undefined &&
        beforeId !== undefined &&
        !nextSet.has(before) &&
        !used.has(beforeId)
          ? beforeId
          : makeId();
    }
    used.add(id);
    return id;
  });
}
