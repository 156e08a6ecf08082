import type { Gates } from '../lint/types';
import { isJsonObject, type JsonObject } from '../model/json';
import type { Container, Design } from '../model/types';

/** The design as the cluster keeps it, and a sentence per container about what it dropped. */
export interface ClusterView {
  design: Design;
  /** By container name: what the API server dropped from it, for a person. */
  notes: Map<string, string>;
}

function lifecycleOf(c: Container): JsonObject | undefined {
  const lifecycle = c.raw.lifecycle;
  return isJsonObject(lifecycle) ? lifecycle : undefined;
}

function withoutGatedFields(c: Container, gates: Gates, target: string): [Container, string[]] {
  const lifecycle = lifecycleOf(c);
  if (!lifecycle) return [c, []];
  const kept: JsonObject = { ...lifecycle };
  const dropped: string[] = [];
  if (!gates.podLifecycleSleepAction) {
    for (const hook of ['postStart', 'preStop'] as const) {
      const handler = kept[hook];
      if (isJsonObject(handler) && isJsonObject(handler.sleep)) {
        delete kept[hook];
        dropped.push(
          `its ${hook} sleep hook is dropped (the sleep action needs the PodLifecycleSleepAction ` +
            `feature gate, on by default from 1.30; the target is ${target})`,
        );
      }
    }
  }
  if (!gates.containerStopSignals && typeof kept.stopSignal === 'string') {
    dropped.push(
      `its lifecycle.stopSignal ${kept.stopSignal} is dropped (the ContainerStopSignals feature ` +
        'gate is alpha and off by default), so it gets SIGTERM or its image’s STOPSIGNAL',
    );
    delete kept.stopSignal;
  }
  if (dropped.length === 0) return [c, []];
  return [{ ...c, raw: { ...c.raw, lifecycle: kept } }, dropped];
}

/**
 * What the API server keeps of a design at its target version: fields behind a feature gate
 * that is off are dropped (sidecar-rules.md §1.2), and the simulation runs on what is left.
 */
export function clusterView(design: Design, gates: Gates): ClusterView {
  const notes = new Map<string, string>();
  const containers = design.containers.map((c) => {
    const [kept, dropped] = withoutGatedFields(c, gates, design.target);
    if (dropped.length > 0) notes.set(c.name, `On this cluster ${dropped.join('; ')}.`);
    return kept;
  });
  return notes.size === 0 ? { design, notes } : { design: { ...design, containers }, notes };
}

/** The container's `lifecycle.stopSignal`, if it has one. */
export function stopSignalOf(c: Container): string | undefined {
  const signal = lifecycleOf(c)?.stopSignal;
  return typeof signal === 'string' ? signal : undefined;
}
