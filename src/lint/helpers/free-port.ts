import { declaredPorts } from '../../model/ports';
import type { Design } from '../../model/types';
import { indexIn } from './edit';

/** Every port number the design already uses: container ports, host ports and link ports. */
export function usedPorts(design: Design): Set<number> {
  const used = new Set<number>(design.links.map((l) => l.port));
  for (const container of design.containers) {
    for (const p of declaredPorts(container)) {
      if (p.containerPort !== undefined) used.add(p.containerPort);
      if (p.hostPort !== undefined) used.add(p.hostPort);
    }
  }
  return used;
}

/** The first port above `from` (wrapping to 1024) that nothing in the design uses. */
export function freePort(design: Design, from: number): number {
  const used = usedPorts(design);
  for (let step = 1; step < 65535; step += 1) {
    const candidate = ((from - 1 + step) % 65535) + 1;
    if (candidate >= 1024 && !used.has(candidate)) return candidate;
  }
  return from;
}

/** The `k` of a field such as `ports[k].containerPort`, or undefined. */
export function portIndexOf(field: string | undefined): number | undefined {
  return indexIn(field, 'ports');
}
