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

/** What Kubernetes would refuse but a person may import and then fix: lint reports these. */
function validityViolations(design: Design, container: Container): string[] {
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
  return problems;
}

function containerViolations(container: Container): string[] {
  const problems: string[] = [];
  const { name } = container;
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
 * What the model itself needs, as sentences; empty when the design keeps it. Containers are
 * identified by unique names; pod volumes have unique names, and so do claim templates (a
 * StatefulSet may give a claim template the name of a pod volume: the claim replaces it); port
 * links join two existing containers; claim templates appear only in StatefulSets; only sidecars
 * carry a sidecar mode or purpose. Every design that is imported, saved or shared keeps this.
 */
export function checkIntegrity(design: Design): string[] {
  const problems: string[] = [];
  for (const name of duplicates(design.containers.map((c) => c.name))) {
    problems.push(`More than one container is named "${name}".`);
  }
  const claim = (v: Design['volumes'][number]) => v.type === 'volumeClaimTemplate';
  for (const group of [design.volumes.filter((v) => !claim(v)), design.volumes.filter(claim)]) {
    for (const name of duplicates(group.map((v) => v.name))) {
      problems.push(`More than one volume is named "${name}".`);
    }
  }
  for (const container of design.containers) problems.push(...containerViolations(container));
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

/**
 * The ways a design breaks the model's rules, as sentences; empty when it keeps them all:
 * checkIntegrity, plus container names that are DNS-1123 labels, volume names unique across pod
 * volumes and claim templates, and mounts of volumes the design declares at distinct paths per
 * container. Operations keep these; an imported design may break them, and lint says how.
 */
export function checkInvariants(design: Design): string[] {
  const problems = checkIntegrity(design);
  const names = design.volumes.map((v) => v.name);
  const claimDuplicates = duplicates(names).filter(
    (name) => !problems.includes(`More than one volume is named "${name}".`),
  );
  for (const name of claimDuplicates) problems.push(`More than one volume is named "${name}".`);
  for (const container of design.containers) {
    problems.push(...validityViolations(design, container));
  }
  return problems;
}
