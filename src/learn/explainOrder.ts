import { minorOf, sidecarSupport } from '../model/facts/versions';
import { initContainersOf } from '../model/placement';
import type { Container, Design } from '../model/types';
import { kindOfContainer } from './truth';

function hasField(container: Container, field: 'startupProbe'): boolean {
  return container.raw[field] !== undefined && container.raw[field] !== null;
}

function hasPostStart(container: Container): boolean {
  const lifecycle = container.raw.lifecycle;
  return typeof lifecycle === 'object' && lifecycle !== null && 'postStart' in lifecycle;
}

function find(design: Design, name: string): Container | undefined {
  return design.containers.find((c) => c.name === name);
}

function minor(design: Design): number {
  return minorOf(design.target);
}

/** Why `first` starts in an earlier step than `second` (sidecar-rules.md §3). */
export function whyStartsBefore(design: Design, first: string, second: string): string {
  const a = find(design, first);
  const b = find(design, second);
  if (!a || !b) return `${first} starts before ${second}.`;
  const kindA = kindOfContainer(design, a);
  const kindB = kindOfContainer(design, b);
  const lead = `${first} starts before ${second}`;
  if (kindA === 'init') {
    return `${lead}: ${first} is a regular init container, and each init container must run to completion before the next container starts.`;
  }
  if (kindA === 'native-sidecar') {
    if (kindB === 'main' || kindB === 'legacy-sidecar') {
      return `${lead}: native sidecars start in the init sequence, before any entry of containers.`;
    }
    const init = initContainersOf(design);
    const later = init.indexOf(a) < init.indexOf(b);
    let gate = '';
    if (hasField(a, 'startupProbe'))
      gate = `, and ${second} also waits for ${first}'s startupProbe to succeed`;
    else if (hasPostStart(a)) gate = `, and ${second} also waits for ${first}'s postStart hook`;
    return later
      ? `${lead}: initContainers start one at a time in declaration order and ${first} is declared first${gate}.`
      : `${lead}.`;
  }
  if (hasPostStart(a)) {
    return `${lead}: ${first} is declared earlier in containers and has a postStart hook; the kubelet starts the next container only when that hook returns.`;
  }
  return `${lead}.`;
}

/** Why two containers start in the same step (sidecar-rules.md §3.3, §5.1). */
export function whyStartTogether(design: Design, first: string, second: string): string {
  const legacy = [first, second].filter((name) => {
    const c = find(design, name);
    return c !== undefined && kindOfContainer(design, c) === 'legacy-sidecar';
  });
  const lead = `${first} and ${second} start together: the entries of containers are started without waiting for each other`;
  return legacy.length > 0
    ? `${lead}; a legacy sidecar such as ${legacy[0]} is just one more entry of containers, so nothing makes the others wait for it.`
    : `${lead}.`;
}

/** Why `first` is told to stop in an earlier step than `second` (sidecar-rules.md §4). */
export function whyStopsBefore(design: Design, first: string, second: string): string {
  const a = find(design, first);
  const b = find(design, second);
  if (!a || !b) return `${first} stops before ${second}.`;
  const kindA = kindOfContainer(design, a);
  const kindB = kindOfContainer(design, b);
  const lead = `${first} stops before ${second}`;
  if (kindB === 'native-sidecar' && kindA !== 'native-sidecar') {
    return `${lead}: native sidecars are stopped only after every main container has exited.`;
  }
  if (kindA === 'native-sidecar' && kindB === 'native-sidecar') {
    return `${lead}: sidecars stop in reverse declaration order, so ${second}, declared earlier, stops later.`;
  }
  return `${lead}.`;
}

/** Why two containers are told to stop at the same time (sidecar-rules.md §4.2, §5.1). */
export function whyStopTogether(design: Design, first: string, second: string): string {
  const lead = `${first} and ${second} are told to stop at the same time`;
  const kinds = [first, second].map((name) => {
    const c = find(design, name);
    return c ? kindOfContainer(design, c) : 'main';
  });
  if (kinds.includes('native-sidecar') && sidecarSupport(minor(design)) !== 'full') {
    return `${lead}: on Kubernetes ${design.target} sidecars get their stop signal together with the main containers; the ordered shutdown arrived in 1.29.`;
  }
  if (kinds.includes('legacy-sidecar')) {
    return `${lead}: a legacy sidecar is an ordinary entry of containers, so it gets its stop signal together with the main containers, in no particular order.`;
  }
  return `${lead}: all main containers get their stop signal together.`;
}
