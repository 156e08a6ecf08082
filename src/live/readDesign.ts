import * as Y from 'yjs';
import { emptyDesign } from '../model/create';
import type { Container, Design, Mount, PortLink, Position, Volume } from '../model/types';
import { type DesignIds, META_FIELDS } from './designDoc';
import { type Entry, sharedTypes } from './sharedTypes';

/** The ids in `order` that have entries, once each, then any entry the order lacks (by id). */
function orderedIds(order: Y.Array<string>, entries: Y.Map<Entry>): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const id of order.toArray()) {
    if (!seen.has(id) && entries.has(id)) {
      ids.push(id);
      seen.add(id);
    }
  }
  const rest = [...entries.keys()].filter((id) => !seen.has(id)).sort();
  return [...ids, ...rest];
}

/**
 * Names made unique: two people may add a container of the same name at once. The later entry
 * (in order) gets a suffix, the same one in every copy of the document.
 */
function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
    taken.add(unique);
    return unique;
  });
}

interface Item {
  id: string;
  name: string;
  data: Record<string, unknown>;
  position: Position | undefined;
}

/** A container's Kubernetes fields, in the order last written (fields added meanwhile after). */
function rawOf(entry: Entry): Record<string, unknown> | null {
  const fields = entry.get('raw');
  if (!(fields instanceof Y.Map)) return null;
  const order = (entry.get('rawOrder') ?? []) as string[];
  const keys = [
    ...order.filter((key) => fields.has(key)),
    ...[...fields.keys()].filter((key) => !order.includes(key)).sort(),
  ];
  return Object.fromEntries(keys.map((key) => [key, fields.get(key)]));
}

function withRaw(data: Record<string, unknown>, raw: Record<string, unknown> | null) {
  return raw === null ? data : { ...data, raw };
}

function itemsOf(entries: Y.Map<Entry>, order: Y.Array<string>): Item[] {
  const ids = orderedIds(order, entries);
  const raw = ids.map((id) => {
    const entry = entries.get(id) as Entry;
    return {
      id,
      name: String(entry.get('name') ?? id),
      data: withRaw((entry.get('data') ?? {}) as Record<string, unknown>, rawOf(entry)),
      position: entry.get('position') as Position | undefined,
    };
  });
  const names = uniqueNames(raw.map((item) => item.name));
  return raw.map((item, index) => ({ ...item, name: names[index] as string }));
}

/** The design the document holds, and the ids of its containers and volumes. */
export function readDesign(doc: Y.Doc): { design: Design; ids: DesignIds } {
  const shared = sharedTypes(doc);
  const base = emptyDesign();
  const meta = (field: string) => shared.meta.get(field);
  const volumes = itemsOf(shared.volumes, shared.volumeOrder);
  const containers = itemsOf(shared.containers, shared.containerOrder);
  const volumeName = new Map(volumes.map((v) => [v.id, v.name]));
  const containerName = new Map(containers.map((c) => [c.id, c.name]));

  const positions: Record<string, Position> = {
    ...((meta('positions') as Record<string, Position> | undefined) ?? {}),
  };
  for (const c of containers) if (c.position) positions[`container:${c.name}`] = c.position;
  for (const v of volumes) if (v.position) positions[`volume:${v.name}`] = v.position;

  const storedLinks = (meta('links') ?? []) as (PortLink & { fromId?: string; toId?: string })[];
  const links = storedLinks.map(({ fromId, toId, ...link }) => ({
    ...link,
    from: (fromId && containerName.get(fromId)) || link.from,
    to: (toId && containerName.get(toId)) || link.to,
  }));

  const design: Design = {
    ...base,
    ...Object.fromEntries(
      META_FIELDS.filter((field) => shared.meta.has(field)).map((field) => [field, meta(field)]),
    ),
    containers: containers.map((c) => {
      const { mounts = [], ...data } = c.data as { mounts?: (Mount & { volumeId?: string })[] };
      return {
        ...(data as Omit<Container, 'name' | 'mounts'>),
        name: c.name,
        mounts: mounts.map(({ volumeId, ...mount }) => ({
          ...mount,
          volume: (volumeId && volumeName.get(volumeId)) || mount.volume,
        })),
      };
    }),
    volumes: volumes.map((v) => ({ ...(v.data as Omit<Volume, 'name'>), name: v.name })),
    links,
    positions,
  };
  return {
    design,
    ids: { containers: containers.map((c) => c.id), volumes: volumes.map((v) => v.id) },
  };
}
