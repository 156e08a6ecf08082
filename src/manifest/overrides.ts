import { convertSidecarMode } from '../model/ops/sidecarMode';
import { setWorkloadKind } from '../model/ops/workloadKind';
import type {
  Container,
  ContainerRole,
  Design,
  KubernetesVersion,
  PortLink,
  SidecarMode,
  SidecarPurpose,
  WorkloadKind,
} from '../model/types';
import type { ManifestDocument, ManifestFile } from './types';

/** Design context given outside the YAML: command-line flags or test-case header comments. */
export interface DesignOverrides {
  target?: KubernetesVersion;
  /** Every sidecar moves to this placement. */
  mode?: SidecarMode;
  /** Roles by container name, e.g. `logshipper → sidecar` for a legacy sidecar. */
  roles?: Record<string, ContainerRole>;
  /** Purposes of sidecars by container name. */
  purposes?: Record<string, SidecarPurpose>;
  /** Port links to add (those naming containers the design has). */
  links?: PortLink[];
  /** The workload kind the pod is meant for (a bare Pod used inside a Job, say). */
  kind?: WorkloadKind;
}

function withRole(design: Design, container: Container, role: ContainerRole): Container {
  if (container.role === role) {
    const { guessReason: _reason, ...confirmed } = container;
    return { ...confirmed, guessed: false };
  }
  const { mode: _mode, purpose: _purpose, guessed: _guessed, guessReason: _r, ...rest } = container;
  if (role !== 'sidecar') return { ...rest, role };
  // A `containers` entry named a sidecar is a legacy one; an `initContainers` entry a native one.
  const placement: SidecarMode = container.role === 'main' ? 'legacy' : 'native';
  return placement === design.sidecarMode ? { ...rest, role } : { ...rest, role, mode: placement };
}

/**
 * A design with the given overrides applied, in this order: kind, roles, purposes, links,
 * sidecar mode, target.
 */
export function applyOverrides(design: Design, overrides: DesignOverrides): Design {
  let next =
    overrides.kind && overrides.kind !== design.kind
      ? setWorkloadKind(design, overrides.kind)
      : design;
  const roles = overrides.roles ?? {};
  if (Object.keys(roles).length) {
    next = {
      ...next,
      containers: next.containers.map((c) => {
        const role = Object.hasOwn(roles, c.name) ? roles[c.name] : undefined;
        return role ? withRole(next, c, role) : c;
      }),
    };
  }
  const purposes = overrides.purposes ?? {};
  if (Object.keys(purposes).length) {
    next = {
      ...next,
      containers: next.containers.map((c) => {
        const purpose = Object.hasOwn(purposes, c.name) ? purposes[c.name] : undefined;
        if (!purpose || c.role !== 'sidecar') return c;
        const { guessReason: _reason, ...confirmed } = c;
        return { ...confirmed, purpose, guessed: false };
      }),
    };
  }
  const names = new Set(next.containers.map((c) => c.name));
  const links = (overrides.links ?? []).filter((l) => names.has(l.from) && names.has(l.to));
  if (links.length) next = { ...next, links: [...next.links, ...links] };
  if (overrides.mode) next = convertSidecarMode(next, overrides.mode).design;
  if (overrides.target) next = { ...next, target: overrides.target };
  return next;
}

/** A manifest file with the overrides applied to every workload. */
export function applyOverridesToFile(file: ManifestFile, overrides: DesignOverrides): ManifestFile {
  const map = (d: ManifestDocument): ManifestDocument => {
    if (d.type === 'workload')
      return { type: 'workload', design: applyOverrides(d.design, overrides) };
    if (d.type === 'list') return { ...d, items: d.items.map(map) };
    return d;
  };
  return { documents: file.documents.map(map) };
}
