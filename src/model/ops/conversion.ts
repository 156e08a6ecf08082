import { initContainersOf, isNativeSidecar } from '../placement';
import type { Container, Design } from '../types';

/** What a sidecar conversion did beyond moving sidecars, in sentences for a person. */
export interface ConversionResult {
  design: Design;
  notes: string[];
}

/** The volumes `writer` mounts writably that `reader` mounts too. */
function handedOver(writer: Container, reader: Container): string[] {
  const read = new Set(reader.mounts.map((m) => m.volume));
  return [
    ...new Set(writer.mounts.filter((m) => !m.readOnly && read.has(m.volume)).map((m) => m.volume)),
  ];
}

/** Why `sidecar` must start after `other` in initContainers, or undefined when it need not. */
function needOf(design: Design, sidecar: Container, other: Container): string | undefined {
  if (other.role === 'init') {
    const volumes = handedOver(other, sidecar);
    if (volumes.length) {
      return `'${other.name}' prepares volume ${volumes.map((v) => `'${v}'`).join(', ')} that it reads`;
    }
  }
  if (isNativeSidecar(design, other)) {
    const link = design.links.find((l) => l.from === sidecar.name && l.to === other.name);
    if (link) return `it talks to '${other.name}' on port ${link.port}`;
  }
  return undefined;
}

/** Why `other` must start after `sidecar`, or undefined when it need not (it talks to it). */
function neededBy(design: Design, sidecar: Container, other: Container): string | undefined {
  const link = design.links.find((l) => l.from === other.name && l.to === sidecar.name);
  return link ? `'${other.name}' talks to it on port ${link.port}` : undefined;
}

/** `containers` with `moving` taken out and put back right after `anchor` (or before it). */
function moved(containers: Container[], moving: Container, anchor: Container, after: boolean) {
  const rest = containers.filter((c) => c !== moving);
  const at = rest.indexOf(anchor) + (after ? 1 : 0);
  return [...rest.slice(0, at), moving, ...rest.slice(at)];
}

/**
 * Places each sidecar that `before` wrote into `containers` and `after` writes into
 * `initContainers` where it keeps working: after every init container that prepares a volume it
 * reads and every sidecar it talks to, and before the init containers that talk to it. Moving a
 * legacy sidecar to native placement would otherwise put it first, ahead of those. When the two
 * demands cannot both hold, it keeps the sidecar's own needs and says so.
 */
export function placeConvertedSidecars(before: Design, after: Design): ConversionResult {
  const notes: string[] = [];
  let design = after;
  const converted = after.containers.filter(
    (c) =>
      isNativeSidecar(after, c) &&
      !isNativeSidecar(before, before.containers.find((b) => b.name === c.name) ?? c),
  );
  for (const sidecar of converted) {
    const current = design.containers.find((c) => c.name === sidecar.name) ?? sidecar;
    const others = initContainersOf(design).filter((c) => c !== current);
    const needs = others.flatMap((o) => {
      const why = needOf(design, current, o);
      return why ? [{ container: o, why }] : [];
    });
    const dependents = others.flatMap((o) => {
      const why = neededBy(design, current, o);
      return why ? [{ container: o, why }] : [];
    });
    const lastNeed = needs.at(-1);
    const firstDependent = dependents[0];
    const order = initContainersOf(design);
    if (
      lastNeed &&
      firstDependent &&
      order.indexOf(firstDependent.container) < order.indexOf(lastNeed.container)
    ) {
      notes.push(
        `No order of initContainers keeps '${current.name}' working: ${lastNeed.why}, but ${firstDependent.why} and starts earlier. It is placed after '${lastNeed.container.name}'; '${firstDependent.container.name}' may fail until it starts.`,
      );
    }
    if (lastNeed && order.indexOf(current) < order.indexOf(lastNeed.container)) {
      design = {
        ...design,
        containers: moved(design.containers, current, lastNeed.container, true),
      };
      notes.push(
        `'${current.name}' starts after '${lastNeed.container.name}' in initContainers, because ${lastNeed.why}.`,
      );
    } else if (!lastNeed && firstDependent) {
      const dependentAt = order.indexOf(firstDependent.container);
      if (dependentAt < order.indexOf(current)) {
        design = {
          ...design,
          containers: moved(design.containers, current, firstDependent.container, false),
        };
        notes.push(
          `'${current.name}' starts before '${firstDependent.container.name}' in initContainers, because ${firstDependent.why}.`,
        );
      }
    }
  }
  return { design, notes };
}
