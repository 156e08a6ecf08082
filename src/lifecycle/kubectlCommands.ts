import { objectAt } from '../model/jsonRead';
import { kubectlDefault } from '../model/kubectlDefault';
import { findContainer, isInInitContainers, isNativeSidecar } from '../model/placement';
import type { Design, WorkloadKind } from '../model/types';
import { simulateLifecycle } from './simulate';

/** A command a person would type for one container, with what it is for. */
export interface KubectlCommand {
  purpose: string;
  command: string;
}

export interface ContainerCommands {
  /** True when `kubectl logs` and `exec` reach this container without `-c`. */
  isDefault: boolean;
  commands: KubectlCommand[];
  /** What to know about `-c` and about what `kubectl get pod` shows while this container runs. */
  notes: string[];
}

/** kubectl's short resource names for the workloads whose pods `TYPE/NAME` can address. */
const SHORT_NAMES: Partial<Record<WorkloadKind, string>> = {
  Deployment: 'deploy',
  StatefulSet: 'sts',
  DaemonSet: 'ds',
  ReplicaSet: 'rs',
  Job: 'job',
};

function nameOf(design: Design): string {
  const name = design.metadata.name;
  return typeof name === 'string' && name !== '' ? name : 'NAME';
}

function namespaceFlag(design: Design): string {
  const namespace = design.metadata.namespace;
  return typeof namespace === 'string' && namespace !== '' ? ` -n ${namespace}` : '';
}

/** `-l a=b,c=d` for the pod template's labels, when it has plain ones. */
function selectorOf(design: Design): string | undefined {
  const labels = objectAt(design.templateMetadata, 'labels');
  if (!labels) return undefined;
  const pairs = Object.entries(labels)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `${key}=${value}`);
  return pairs.length > 0 ? pairs.join(',') : undefined;
}

/** How commands address the pod: its name, `deploy/NAME` and the like, or a Job made from a CronJob. */
function podReference(design: Design): { target: string; setup?: KubectlCommand } {
  const name = nameOf(design);
  if (design.kind === 'Pod') return { target: name };
  if (design.kind === 'CronJob') {
    return {
      target: `job/${name}-manual`,
      setup: {
        purpose: 'Run the CronJob once now, as a Job the commands below can address',
        command: `kubectl create job ${name}-manual --from=cronjob/${name}${namespaceFlag(design)}`,
      },
    };
  }
  return { target: `${SHORT_NAMES[design.kind] ?? 'deploy'}/${name}` };
}

function describeCommand(design: Design): string {
  const ns = namespaceFlag(design);
  if (design.kind === 'Pod') return `kubectl describe pod ${nameOf(design)}${ns}`;
  const selector = selectorOf(design);
  return selector
    ? `kubectl describe pods -l ${selector}${ns}`
    : `kubectl describe ${podReference(design).target}${ns}`;
}

/**
 * What `kubectl get pod` shows in STATUS while a container starts, read from the start of the
 * lifecycle simulation (the same column the timeline shows).
 */
function statusWhileStarting(design: Design, name: string): string | undefined {
  const { events } = simulateLifecycle(design, { scenario: 'start' });
  return events.find(
    (e) => e.container === name && (e.phase === 'starting' || e.phase === 'running'),
  )?.status;
}

/**
 * The kubectl commands for one container of the pod, with this pod's names: logs (and the previous
 * run's), a shell, describe; and notes on when `-c` is needed. Undefined for an unknown container.
 */
export function kubectlCommands(
  design: Design,
  containerName: string,
): ContainerCommands | undefined {
  const container = findContainer(design, containerName);
  if (!container) return undefined;
  const { target, setup } = podReference(design);
  const ns = namespaceFlag(design);
  const picked = kubectlDefault(design);
  const isDefault = picked.container?.name === containerName;
  const c = `-c ${containerName}`;
  const commands: KubectlCommand[] = [
    ...(setup ? [setup] : []),
    { purpose: 'Logs', command: `kubectl logs ${target} ${c}${ns}` },
    {
      purpose: 'Logs of the previous run, after a restart',
      command: `kubectl logs ${target} ${c} --previous${ns}`,
    },
    {
      purpose: 'A shell inside the container',
      command: `kubectl exec -it ${target} ${c}${ns} -- sh`,
    },
    { purpose: 'Events, states and restarts of the pod', command: describeCommand(design) },
  ];
  const notes: string[] = [];
  if (isDefault) {
    notes.push(
      picked.source === 'annotation'
        ? `kubectl logs and exec reach '${containerName}' without -c: the annotation kubectl.kubernetes.io/default-container names it.`
        : `kubectl logs and exec reach '${containerName}' without -c: it is the first entry of containers.`,
    );
  } else if (isInInitContainers(design, container)) {
    notes.push(
      `-c ${containerName} is required: kubectl never picks an init container${isNativeSidecar(design, container) ? ' (a native sidecar is one)' : ''} by default.`,
    );
    const status = statusWhileStarting(design, containerName);
    if (status) {
      const running = `While it starts, kubectl get pod shows STATUS ${status}`;
      notes.push(
        isNativeSidecar(design, container)
          ? `${running}; once it has started it counts in the READY column.`
          : `${running}.`,
      );
    }
  } else if (picked.container) {
    notes.push(
      `-c ${containerName} is needed: without it kubectl picks '${picked.container.name}'.`,
    );
  }
  return { isDefault, commands, notes };
}
