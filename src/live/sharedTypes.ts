import type * as Y from 'yjs';

/** A container's or volume's entry: `name`, `data` and `position`. */
export type Entry = Y.Map<unknown>;

export interface Shared {
  meta: Y.Map<unknown>;
  containers: Y.Map<Entry>;
  volumes: Y.Map<Entry>;
  containerOrder: Y.Array<string>;
  volumeOrder: Y.Array<string>;
}

/** The shared types of the design document (see designDoc.ts). */
export function sharedTypes(doc: Y.Doc): Shared {
  return {
    meta: doc.getMap('meta'),
    containers: doc.getMap('containers'),
    volumes: doc.getMap('volumes'),
    containerOrder: doc.getArray('containerOrder'),
    volumeOrder: doc.getArray('volumeOrder'),
  };
}

/** True when the document holds a design (the one who started the session wrote one). */
export function hasDesign(doc: Y.Doc): boolean {
  return sharedTypes(doc).meta.has('kind');
}
