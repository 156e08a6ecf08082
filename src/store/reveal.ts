/**
 * A request to show a place of the manifest: the field path a finding points at, e.g.
 * `spec.template.spec.initContainers[0].restartPolicy`. Session state, never saved or undone.
 * Each request has its own number, so that asking twice for the same place shows it twice.
 */
export interface RevealRequest {
  path: string;
  serial: number;
}

type Listener = (request: RevealRequest) => void;

const listeners = new Set<Listener>();
let serial = 0;

/** Asks the manifest editor to scroll to the line of `path` and mark it for a moment. */
export function revealInManifest(path: string): void {
  serial += 1;
  const request = { path, serial };
  for (const listener of listeners) listener(request);
}

/** Calls `listener` for every later request; returns what stops it. */
export function onRevealInManifest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
