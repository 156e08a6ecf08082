import type { Design } from '../../model/types';
import type { Selection } from '../../store/studioStore';

/** What removing a container or volume takes with it, in a sentence. */
export function removalSummary(design: Design, item: NonNullable<Selection>): string {
  if (item.kind === 'container') {
    const links = design.links.filter((l) => l.from === item.name || l.to === item.name).length;
    const mounts = design.containers.find((c) => c.name === item.name)?.mounts.length ?? 0;
    const parts = [
      mounts > 0 ? `its ${mounts === 1 ? 'mount' : `${mounts} mounts`}` : '',
      links > 0 ? `${links === 1 ? 'its port link' : `its ${links} port links`}` : '',
    ].filter((part) => part !== '');
    return parts.length > 0
      ? `The container "${item.name}" and ${parts.join(' and ')} will be removed.`
      : `The container "${item.name}" will be removed.`;
  }
  const users = design.containers.filter((c) => c.mounts.some((m) => m.volume === item.name));
  return users.length > 0
    ? `The volume "${item.name}" will be removed and unmounted from ${users.map((c) => `"${c.name}"`).join(', ')}.`
    : `The volume "${item.name}" will be removed.`;
}

/** True for the keys that ask to remove the selected item. */
export function isRemoveKey(key: string): boolean {
  return key === 'Delete' || key === 'Backspace';
}
