import { enabledFrom, type GateName } from '../../model/facts/gates';
import { arrayAt, objectAt } from '../../model/jsonRead';
import type { Design, KubernetesVersion } from '../../model/types';
import { isSet, podField } from '../helpers/json-access';
import { sources } from '../helpers/sources';
import type { Gates, LintContext, Rule, RuleFinding } from '../types';

/** A field that exists only while its feature gate is on, and what dropping it does. */
interface GatedField {
  gate: GateName;
  on: keyof Gates;
  find: (design: Design) => RuleFinding[];
  /** What the API server's dropping of the field leads to. */
  consequence: string;
  severity: 'error' | 'warning';
}

function firstTargetWith(gate: GateName): KubernetesVersion | undefined {
  const minor = enabledFrom(gate);
  return minor === undefined ? undefined : (`1.${minor}` as KubernetesVersion);
}

const GATED_FIELDS: readonly GatedField[] = [
  {
    gate: 'ImageVolume',
    on: 'imageVolume',
    severity: 'error',
    consequence:
      'the volume is left without a source and the API server rejects the pod ("must specify a volume type")',
    find: (design) =>
      design.volumes
        .filter((volume) => isSet(volume.raw.image))
        .map((volume) => ({
          volume: volume.name,
          field: 'image',
          message: `Volume "${volume.name}" is an image volume`,
        })),
  },
  {
    gate: 'EnvFiles',
    on: 'envFiles',
    severity: 'error',
    consequence: 'the variable is left with an empty valueFrom and the API server rejects the pod',
    find: (design) =>
      design.containers.flatMap((container) =>
        arrayAt(container.raw, 'env').flatMap((env, index) =>
          isSet(objectAt(env, 'valueFrom')?.fileKeyRef)
            ? [
                {
                  container: container.name,
                  field: `env[${index}].valueFrom.fileKeyRef`,
                  message: `Container "${container.name}" reads an environment variable from a file (fileKeyRef)`,
                },
              ]
            : [],
        ),
      ),
  },
  {
    gate: 'PodLevelResources',
    on: 'podLevelResources',
    severity: 'warning',
    consequence:
      "the pod runs with only its containers' own requests and limits, as if spec.resources were not written",
    find: (design) =>
      isSet(podField(design, 'resources'))
        ? [{ field: 'resources', message: 'The pod sets pod-level resources (spec.resources)' }]
        : [],
  },
];

function dropped(
  design: Design,
  context: LintContext,
): { field: GatedField; finding: RuleFinding }[] {
  return GATED_FIELDS.filter((field) => !context.gates[field.on]).flatMap((field) =>
    field.find(design).map((finding) => ({ field, finding })),
  );
}

export const verGatedFieldDropped: Rule = {
  id: 'ver/gated-field-dropped',
  number: 'R43',
  severity: 'error',
  title: 'Field that the target version drops',
  explanation:
    'Some fields exist only while their feature gate is on, and an API server with the gate off removes them from the pod without a word. At their default gates: image volumes (ImageVolume) from 1.35, environment variables read from a file (EnvFiles, fileKeyRef) from 1.35, and pod-level resources (PodLevelResources) from 1.34. A dropped image volume or fileKeyRef leaves an entry the API server then rejects; dropped pod-level resources are simply not applied. Raise the target (the one-click fix), or turn the gate on everywhere and say so in the configuration.',
  sources: sources('K-FEAT', 'D-FIELDVAL'),
  check(design, context) {
    return dropped(design, context).map(({ field, finding }) => {
      const first = firstTargetWith(field.gate);
      const from = first ? `; it is on by default from ${first}` : '';
      return {
        ...finding,
        severity: field.severity,
        message: `${finding.message}, but the ${field.gate} feature gate is off by default on Kubernetes ${context.target}${from}. The API server drops the field, so ${field.consequence}.`,
      };
    });
  },
  fix(design, _finding, context) {
    const firsts = dropped(design, context)
      .map(({ field }) => enabledFrom(field.gate))
      .filter((minor): minor is number => minor !== undefined);
    const minor = Math.max(...firsts);
    // With a gate turned off by configuration on a later version, a lower target is no fix.
    if (firsts.length === 0 || minor <= context.minor) return undefined;
    const target = `1.${minor}` as KubernetesVersion;
    return {
      design: { ...design, target },
      summary: `Raised the target Kubernetes version from ${design.target} to ${target}, the first release that keeps these fields by default.`,
    };
  },
};
