import * as Y from 'yjs';
import type { JsonValue } from '../model/json';
import type { Container, Design, PortLink, Position } from '../model/types';
import { jsonEqual } from './equal';
import { assignIds, idMaker } from './ids';
import { type Entry, sharedTypes } from './sharedTypes';

/**
 * The design as a Yjs document, so that concurrent edits merge:
 *
 * - `meta`: a map of the design-wide fields (kind, metadata, pod spec, target, links, ...), each a
 *   last-writer-wins value;
 * - `containers` and `volumes`: maps from a stable id to an entry map with `name`, `data` (the rest
 *   of the item) and `position`, each last-writer-wins. Edits of different containers touch
 *   different entries and both survive; a rename and another edit of one container both survive;
 *   two renames of one container settle on one name everywhere.
 * - `containerOrder` and `volumeOrder`: arrays of ids, the declaration order.
 *
 * Links and mounts refer to ids, not names, so a rename never needs to touch them.
 */

/** The ids of the local design's containers and volumes, index for index. */
export interface DesignIds {
  containers: string[];
  volumes: string[];
}

export const NO_IDS: DesignIds = { containers: [], volumes: [] };

/** The design fields kept whole in the shared document's `meta` map. */
export const META_FIELDS = [
  'kind',
  'apiVersion',
  'metadata',
  'controller',
  'templateMetadata',
  'podSpec',
  'rest',
  'target',
  'sidecarMode',
] as const;

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (!jsonEqual(map.get(key), value)) {
    map.set(key, value);
  }
}

/** Makes `order` list `ids` in order, touching only what differs (others' inserts survive). */
function writeOrder(order: Y.Array<string>, ids: readonly string[]): void {
  const wanted = new Set(ids);
  const current = order.toArray();
  for (let i = current.length - 1; i >= 0; i--) {
    if (!wanted.has(current[i] as string)) order.delete(i, 1);
  }
  const present = new Set(order.toArray());
  ids.forEach((id, index) => {
    if (present.has(id)) return;
    const before = index === 0 ? -1 : order.toArray().indexOf(ids[index - 1] as string);
    order.insert(before + 1, [id]);
    present.add(id);
  });
  const now = order.toArray().filter((id) => wanted.has(id));
  if (!jsonEqual(now, ids)) {
    order.delete(0, order.length);
    order.insert(0, [...ids]);
  }
}

function writeEntries(
  entries: Y.Map<Entry>,
  order: Y.Array<string>,
  ids: readonly string[],
  values: readonly {
    name: string;
    data: unknown;
    raw?: Record<string, unknown>;
    position: Position | undefined;
  }[],
): void {
  const keep = new Set(ids);
  for (const id of [...entries.keys()]) if (!keep.has(id)) entries.delete(id);
  values.forEach((value, index) => {
    const id = ids[index] as string;
    let entry = entries.get(id);
    if (entry === undefined) {
      entry = new Y.Map<unknown>();
      entries.set(id, entry);
    }
    setIfChanged(entry, 'name', value.name);
    setIfChanged(entry, 'data', value.data);
    setIfChanged(entry, 'position', value.position);
    if (value.raw !== undefined) writeRaw(entry, value.raw);
  });
  writeOrder(order, ids);
}

/**
 * A container's Kubernetes fields, each a value of its own (`raw`), so that two people editing
 * different fields of one container at once (the image, the ports) both keep their edit. The
 * order of the fields, which the manifest keeps, is one more value (`rawOrder`).
 */
function writeRaw(entry: Entry, raw: Record<string, unknown>): void {
  let fields = entry.get('raw');
  if (!(fields instanceof Y.Map)) {
    fields = new Y.Map<unknown>();
    entry.set('raw', fields);
  }
  const map = fields as Y.Map<unknown>;
  for (const key of [...map.keys()]) if (!(key in raw)) map.delete(key);
  for (const [key, value] of Object.entries(raw)) setIfChanged(map, key, value);
  setIfChanged(entry, 'rawOrder', Object.keys(raw));
}

/** A container's data as stored: its mounts name volume ids where the volume is known. */
function containerData(container: Container, volumeIdOf: Map<string, string>): JsonValue {
  const { name: _name, raw: _raw, ...data } = container;
  const mounts = container.mounts.map((mount) => ({
    ...mount,
    volumeId: volumeIdOf.get(mount.volume) ?? null,
  }));
  return plain({ ...data, mounts });
}

/** A copy as JSON would carry it (no undefined fields), so that equal values compare equal. */
function plain(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

const makers = new WeakMap<Y.Doc, () => string>();

/**
 * Writes the changes from `previous` to `next` (the local design before and after an edit) into
 * the document, and returns the ids of `next`.
 */
export function writeDesign(
  doc: Y.Doc,
  previousIds: DesignIds,
  previous: Design | null,
  next: Design,
  origin: unknown,
): DesignIds {
  const shared = sharedTypes(doc);
  const makeId = makers.get(doc) ?? idMaker(doc.clientID);
  makers.set(doc, makeId);
  const ids: DesignIds = {
    containers: assignIds(
      previous?.containers.map((c) => c.name) ?? [],
      previousIds.containers,
      next.containers.map((c) => c.name),
      makeId,
    ),
    volumes: assignIds(
      previous?.volumes.map((v) => v.name) ?? [],
      previousIds.volumes,
      next.volumes.map((v) => v.name),
      makeId,
    ),
  };
  const containerIdOf = new Map(next.containers.map((c, i) => [c.name, ids.containers[i] ?? '']));
  const volumeIdOf = new Map(next.volumes.map((v, i) => [v.name, ids.volumes[i] ?? '']));
  const itemKeys = new Set([
    ...next.containers.map((c) => `container:${c.name}`),
    ...next.volumes.map((v) => `volume:${v.name}`),
  ]);
  doc.transact(() => {
    for (const field of META_FIELDS) setIfChanged(shared.meta, field, next[field]);
    setIfChanged(shared.meta, 'links', linksData(next.links, containerIdOf));
    const otherPositions = Object.fromEntries(
      Object.entries(next.positions).filter(([key]) => !itemKeys.has(key)),
    );
    setIfChanged(shared.meta, 'positions', otherPositions);
    writeEntries(
      shared.containers,
      shared.containerOrder,
      ids.containers,
      next.containers.map((c) => ({
        name: c.name,
        data: containerData(c, volumeIdOf),
        raw: plain(c.raw) as Record<string, unknown>,
        position: next.positions[`container:${c.name}`],
      })),
    );
    writeEntries(
      shared.volumes,
      shared.volumeOrder,
      ids.volumes,
      next.volumes.map((v) => {
        const { name, ...data } = v;
        return { name, data: plain(data), position: next.positions[`volume:${name}`] };
      }),
    );
  }, origin);
  return ids;
}

function linksData(links: readonly PortLink[], idOf: Map<string, string>) {
  return links.map((link) => ({
    ...link,
    fromId: idOf.get(link.from) ?? null,
    toId: idOf.get(link.to) ?? null,
  }));
}
