import { nameProblem } from './names';
import type { Container, Design } from './types';

/** Names that occur more than once, each reported once, in order of first repetition. */
function duplicates(names: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return [...repeated];
}

function containerViolations(design: Design, container: Container): string[] {
  const problems: string[] = [];
  const { name } = container;
  const problem = nameProblem(name, 'Container');
  if (problem) problems.push(`Container "${name}": ${problem}`);
  const volumes = new Set(design.volumes.map((v) => v.name));
  for (const mount of container.mounts) {
    if (!volumes.has(mount.volume)) {
      problems.push(`Container "${name}" mounts "${mount.volume}", which is not a volume.`);
    }
  }
  for (const path of duplicates(container.mounts.map((m) => m.mountPath))) {
    problems.push(`Container "${name}" mounts more than one volume at ${path}.`);
  }
  if (container.mode !== undefined && container.role !== 'sidecar') {
    problems.push(`Container "${name}" has a sidecar mode but is not a sidecar.`);
  }
  if (container.purpose !== undefined && container.role !== 'sidecar') {
    problems.push(`Container "${name}" has a purpose but is not a sidecar.`);
  }
  return problems;
}

function linkViolations(design: Design): string[] {
  const names = new Set(design.containers.map((c) => c.name));
  const problems: string[] = [];
  for (const { from, to, port } of design.links) {
    const label = `The link from "${from}" to "${to}" on port ${port}`;
    if (!names.has(from) || !names.has(to)) problems.push(`${label} names a missing container.`);
    if (from === to) problems.push(`${label} links a container to itself.`);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      problems.push(`${label} has a port outside 1–65535.`);
    }
  }
  return problems;
}

/**
 * The ways a design breaks the model's rules, as sentences; empty when it keeps them all.
 * Container names are unique DNS-1123 labels, volume names unique, mounts name volumes of the
 * design at distinct paths per container, port links join two existing containers, claim
 * templates appear only in StatefulSets, and only sidecars carry a sidecar mode or purpose.
 */
export function checkInvariants(design: Design): string[] {
  const problems: string[] = [];
  for (const name of duplicates(design.containers.map((c) => c.name))) {
    problems.push(`More than one container is named "${name}".`);
  }
  for (const name of duplicates(design.volumes.map((v) => v.name))) {
    problems.push(`More than one volume is named "${name}".`);
  }
  for (const container of design.containers) {
    problems.push(...containerViolations(design, container));
  }
  problems.push(...linkViolations(design));
  if (design.kind !== 'StatefulSet') {
    for (const volume of design.volumes) {
      if (volume.type === 'volumeClaimTemplate') {
        problems.push(
          `Volume "${volume.name}" is a claim template, but only StatefulSets have those.`,
        );
      }
    }
  }
  return problems;
}
