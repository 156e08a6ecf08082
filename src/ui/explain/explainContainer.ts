import { defaultScenario, type LifecycleScenario, type Timeline } from '../../lifecycle';
import {
  appContainersOf,
  findContainer,
  initContainersOf,
  isLegacySidecar,
  isNativeSidecar,
} from '../../model/placement';
import type { Container, Design } from '../../model/types';
import { timelineOf } from '../../store/derived';

/** One part of an explanation: a heading and its sentences. */
export interface ExplanationSection {
  heading: string;
  sentences: string[];
}

/** What Kubernetes does with a container, or with the whole Pod, in plain words. */
export interface Explanation {
  title: string;
  sections: ExplanationSection[];
}

/** "a", "a and b", "a, b and c". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function restartPolicyOf(design: Design): string {
  const policy = design.podSpec.restartPolicy;
  return typeof policy === 'string' ? policy : 'Always';
}

function placementSentences(design: Design, c: Container): string[] {
  const inits = initContainersOf(design);
  const apps = appContainersOf(design);
  if (c.role === 'init') {
    return [
      `${c.name} is a regular init container (initContainers[${inits.indexOf(c)}]). It runs to completion on its own: it must exit 0 before the next container of the init sequence starts.`,
    ];
  }
  if (isNativeSidecar(design, c)) {
    return [
      `${c.name} is a native sidecar (initContainers[${inits.indexOf(c)}] with restartPolicy: Always). It starts in the init sequence, keeps running next to the main containers, and is stopped after them.`,
    ];
  }
  if (isLegacySidecar(design, c)) {
    return [
      `${c.name} is a legacy sidecar (containers[${apps.indexOf(c)}]). Kubernetes cannot tell it from a main container: it starts and stops together with them, in no guaranteed order.`,
    ];
  }
  return [
    `${c.name} is a main container (containers[${apps.indexOf(c)}]). It starts once the init sequence is done, together with the other entries of containers.`,
  ];
}

/** The reasons of one container's events, from event `from` on. */
function reasonsOf(timeline: Timeline, name: string, from = 0): string[] {
  return timeline.events
    .slice(from)
    .filter((e) => e.container === name)
    .map((e) => e.reason);
}

function stepSentence(timeline: Timeline, name: string): string[] {
  const step = timeline.start.findIndex((s) => s.includes(name));
  const together = timeline.start[step]?.filter((n) => n !== name) ?? [];
  if (step < 0) return [`${name} never starts in this design.`];
  const where = `${name} starts in step ${step + 1} of ${timeline.start.length} of the start sequence`;
  return [together.length > 0 ? `${where}, together with ${listOf(together)}.` : `${where}.`];
}

function blocksSentences(design: Design, c: Container, timeline: Timeline): string[] {
  const step = timeline.start.findIndex((s) => s.includes(c.name));
  const later = timeline.start.slice(step + 1).flat();
  if (step < 0) return [];
  if (c.role === 'init') {
    return later.length > 0
      ? [`Until ${c.name} has exited 0, ${listOf(later)} cannot start.`]
      : [`Nothing comes after ${c.name} in the start sequence.`];
  }
  if (isNativeSidecar(design, c)) {
    return later.length > 0
      ? [
          `Until ${c.name} counts as started (it runs, and its startupProbe, if any, has succeeded), ${listOf(later)} cannot start.`,
        ]
      : [`Nothing comes after ${c.name} in the start sequence.`];
  }
  return [
    `Nothing waits for ${c.name} to start or to be ready: the entries of containers start without waiting for each other.`,
  ];
}

function restartSentences(design: Design, c: Container, start: Timeline): string[] {
  if (c.role === 'sidecar') {
    const crash = timelineOf(design, 'sidecar-crash', c.name);
    const after = reasonsOf(crash, c.name, start.events.length);
    if (after.length > 0) return after;
    return [
      `${c.name} never runs in this design, so a crash cannot be shown; a native sidecar is always restarted, a legacy one follows the Pod's restartPolicy.`,
    ];
  }
  const policy = restartPolicyOf(design);
  if (c.role === 'init') {
    return policy === 'Never'
      ? [
          `If ${c.name} fails, the Pod fails: the Pod's restartPolicy is Never, so a failed init container is not retried.`,
        ]
      : [
          `If ${c.name} fails, the kubelet runs it again after a back-off (the Pod's restartPolicy is ${policy}); the containers after it keep waiting.`,
        ];
  }
  if (policy === 'Always')
    return [
      `If ${c.name} exits, the kubelet restarts it after a back-off: the Pod's restartPolicy is Always.`,
    ];
  if (policy === 'OnFailure')
    return [
      `If ${c.name} fails, the kubelet restarts it after a back-off; if it exits 0 it stays done (the Pod's restartPolicy is OnFailure).`,
    ];
  return [
    `If ${c.name} exits, it is not restarted: the Pod's restartPolicy is Never, and a failure fails the Pod.`,
  ];
}

function stopHeading(scenario: LifecycleScenario): string {
  return scenario === 'main-exits' ? 'When the Job’s work ends' : 'When the Pod is deleted';
}

/**
 * What Kubernetes does with one container of the design, from the lifecycle simulation: where it
 * sits, when it starts and what waits for it, how it stops, and what happens when it crashes.
 * `undefined` when the design has no container of that name.
 */
export function explainContainer(design: Design, name: string): Explanation | undefined {
  const c = findContainer(design, name);
  if (c === undefined) return undefined;
  const start = timelineOf(design, 'start');
  const scenario = defaultScenario(design);
  const stop = timelineOf(design, scenario);
  const stopping = reasonsOf(stop, name, start.events.length);
  const sections: ExplanationSection[] = [
    { heading: 'Where it runs', sentences: placementSentences(design, c) },
    {
      heading: 'When it starts',
      sentences: [...stepSentence(start, name), ...reasonsOf(start, name)],
    },
    { heading: 'What waits for it', sentences: blocksSentences(design, c, start) },
    {
      heading: stopHeading(scenario),
      sentences:
        stopping.length > 0
          ? stopping
          : [`Nothing more happens to ${name} in this scenario: it has already finished.`],
    },
    { heading: 'If it crashes', sentences: restartSentences(design, c, start) },
  ];
  return { title: `What Kubernetes does with ${name}`, sections };
}

function stepsText(steps: readonly string[][]): string {
  return steps.map((step, index) => `${index + 1}. ${listOf(step)}`).join('; ');
}

/** What Kubernetes does with the whole Pod: its start and stop sequences and, for Jobs, the end. */
export function explainPod(design: Design): Explanation {
  const scenario = defaultScenario(design);
  const timeline = timelineOf(design, scenario);
  const sections: ExplanationSection[] = [];
  sections.push({
    heading: 'Start sequence',
    sentences:
      timeline.start.length > 0
        ? [
            `The containers start in ${timeline.start.length} step${timeline.start.length === 1 ? '' : 's'}; the containers of one step do not wait for each other: ${stepsText(timeline.start)}.`,
          ]
        : ['The Pod has no container to start.'],
  });
  if (timeline.stop.length > 0) {
    sections.push({
      heading: stopHeading(scenario),
      sentences: [
        `The containers are told to stop in ${timeline.stop.length} step${timeline.stop.length === 1 ? '' : 's'}: ${stepsText(timeline.stop)}.`,
      ],
    });
  }
  if (timeline.completes !== null) {
    sections.push({
      heading: 'Completion',
      sentences: [
        timeline.completes
          ? 'The Pod can finish: once the main containers exit 0, the Job counts a completion.'
          : 'The Pod can never finish, so the Job never completes.',
      ],
    });
  }
  return { title: `What Kubernetes does with this ${design.kind}`, sections };
}
