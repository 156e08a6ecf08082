import type { ContainerRole, Design, VolumeType } from '../../model/types';

/** Something the palette adds to the pod: a container of a role or a volume of a type. */
export type PaletteItem =
  | { kind: 'container'; role: ContainerRole }
  | { kind: 'volume'; type: VolumeType };

/** The volume types the palette offers, in menu order. */
const POD_VOLUME_TYPES: readonly VolumeType[] = [
  'emptyDir',
  'configMap',
  'secret',
  'persistentVolumeClaim',
  'hostPath',
  'projected',
  'downwardAPI',
];

/** The volume types a design of this kind can add; claim templates only in a StatefulSet. */
export function volumeTypesFor(design: Pick<Design, 'kind'>): VolumeType[] {
  return design.kind === 'StatefulSet'
    ? [...POD_VOLUME_TYPES, 'volumeClaimTemplate']
    : [...POD_VOLUME_TYPES];
}

/** The media type of a palette item carried by a drag. */
export const PALETTE_MIME = 'application/x-sidecar-studio-item';

/** The text a drag carries for `item`. */
export function encodeItem(item: PaletteItem): string {
  return JSON.stringify(item);
}

const ROLES = new Set(['main', 'sidecar', 'init']);

/** The palette item a drag carried, or undefined for anything else. */
export function decodeItem(text: string): PaletteItem | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.kind === 'container' && typeof record.role === 'string' && ROLES.has(record.role)) {
    return { kind: 'container', role: record.role as ContainerRole };
  }
  if (
    record.kind === 'volume' &&
    typeof record.type === 'string' &&
    [...POD_VOLUME_TYPES, 'volumeClaimTemplate'].includes(record.type as VolumeType)
  ) {
    return { kind: 'volume', type: record.type as VolumeType };
  }
  return undefined;
}
