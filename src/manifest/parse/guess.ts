import type { JsonObject } from '../../model/json';
import type { SidecarPurpose, WorkloadKind } from '../../model/types';
import { imageRepository, isGenericImage, purposeOfImage, purposeOfName } from './imageEvidence';
import { followsFile, preStopHelpers, runsFiniteScript } from './structureEvidence';

/**
 * Guesses of what a container is for (sidecar-rules.md §8.0), each with the evidence it rests
 * on, in a phrase a person can check ("its image is docker.io/istio/proxyv2"). A guess is only a
 * guess: the import marks it as such and the page asks the user to confirm it.
 */
export interface PurposeGuess {
  purpose: SidecarPurpose;
  reason: string;
}

/** What the pod as a whole tells about its containers. */
export interface PodEvidence {
  kind: WorkloadKind;
  hostNetwork: boolean;
  /** Every container object of the pod (`containers` and `initContainers`), names included. */
  containers: readonly JsonObject[];
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The purpose a container's own evidence shows: its image repository (never the tag); else its
 * name, when the image is a base image that says nothing else or says the same; else a command
 * that follows a log file.
 */
function ownEvidence(container: JsonObject): PurposeGuess | undefined {
  const repository = imageRepository(textOf(container.image));
  const name = textOf(container.name);
  const byImage = purposeOfImage(repository);
  if (byImage) return { purpose: byImage, reason: `its image is ${repository}` };
  const byName = purposeOfName(name);
  if (byName && (isGenericImage(repository) || byName === 'other')) {
    const image = repository ? ` and its image ${repository} is a base image` : '';
    return { purpose: byName, reason: `its name is "${name}"${image}` };
  }
  if (followsFile(container)) {
    return { purpose: 'log-shipper', reason: 'its command follows a log file (tail -F)' };
  }
  return undefined;
}

/** A proxy in a hostNetwork pod intercepts nothing: it is a helper, not the pod's mesh proxy. */
function inPod(guess: PurposeGuess, pod: PodEvidence | undefined): PurposeGuess {
  if (guess.purpose !== 'proxy' || !pod?.hostNetwork) return guess;
  return {
    purpose: 'other',
    reason: `${guess.reason}, but the pod uses hostNetwork, so it intercepts no traffic`,
  };
}

/** True when another container of the pod is an Istio or Linkerd proxy (by image). */
function meshProxyIn(pod: PodEvidence, except: JsonObject): boolean {
  return pod.containers.some((c) => {
    if (textOf(c.name) === textOf(except.name)) return false;
    const repository = imageRepository(textOf(c.image));
    return /proxyv2$|linkerd\/proxy$|linkerd2?-proxy$/.test(repository);
  });
}

/** The purpose of a native sidecar (its role is certain; only the purpose is guessed). */
export function guessPurpose(container: JsonObject, pod?: PodEvidence): PurposeGuess | undefined {
  const own = ownEvidence(container);
  return own && inPod(own, pod);
}

/**
 * Whether an entry of `containers` looks like a legacy sidecar, and for what. The workload's
 * structure overrides the container's own evidence: the container whose preStop hook calls
 * another is the one being served (it stays a main container) and the one it calls is its
 * helper; in a Job, a container whose shell script ends by itself is not a long-running sidecar.
 */
export function guessLegacySidecar(
  container: JsonObject,
  pod: PodEvidence,
): PurposeGuess | undefined {
  const name = textOf(container.name);
  const helpers = preStopHelpers(pod.containers);
  if (helpers.has(name)) return undefined;
  const isJob = pod.kind === 'Job' || pod.kind === 'CronJob';
  if (isJob && runsFiniteScript(container)) return undefined;
  const own = ownEvidence(container);
  if (own?.purpose === 'proxy' && own.reason.includes('envoy') && meshProxyIn(pod, container)) {
    // Beside the pod's own mesh proxy, an Envoy is the application (an ingress or gateway).
    return undefined;
  }
  if (own) return inPod(own, pod);
  for (const [served, { helper, port }] of helpers) {
    if (helper === name) {
      return {
        purpose: 'other',
        reason: `the preStop hook of "${served}" calls it on port ${port}`,
      };
    }
  }
  return undefined;
}
