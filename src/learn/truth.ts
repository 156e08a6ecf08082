import { simulateLifecycle } from '../lifecycle';
import { lintDesign } from '../lint/engine';
import type { Finding } from '../lint/types';
import { restoreManifest } from '../manifest/restore';
import { designsOf } from '../manifest/workloads';
import { kubectlDefault } from '../model/kubectlDefault';
import { isInInitContainers, isLegacySidecar, isNativeSidecar } from '../model/placement';
import type { Container, Design } from '../model/types';
import type {
  ContainerKind,
  FixThisPodExercise,
  KubectlDefaultExercise,
  ManifestExercise,
  NativeOrLegacyExercise,
  OrderExercise,
} from './types';

/** The true order of an order exercise, straight from the lifecycle simulation. */
export function expectedOrder(exercise: OrderExercise): string[][] {
  const timeline = simulateLifecycle(exercise.design);
  return exercise.type === 'predict-start' ? timeline.start : timeline.stop;
}

/** What a container of a design is: main, native sidecar, legacy sidecar or regular init. */
export function kindOfContainer(design: Design, container: Container): ContainerKind {
  if (isNativeSidecar(design, container)) return 'native-sidecar';
  if (isLegacySidecar(design, container)) return 'legacy-sidecar';
  return isInInitContainers(design, container) ? 'init' : 'main';
}

/** The design the importer makes of an exercise's manifest (its first workload). */
export function manifestDesign(exercise: ManifestExercise): Design {
  const restored = restoreManifest(exercise.manifest);
  if (!restored.ok) {
    throw new Error(
      `Exercise ${exercise.id} has an unreadable manifest: ${restored.error.message}`,
    );
  }
  const [design] = designsOf(restored.file);
  if (!design) throw new Error(`Exercise ${exercise.id} has no workload in its manifest.`);
  return design;
}

/**
 * The true classification of every container of the manifest, in declaration order: from the
 * importer (restoreManifest) and the model's placement.
 */
export function expectedPlacement(exercise: NativeOrLegacyExercise): [string, ContainerKind][] {
  const design = manifestDesign(exercise);
  return design.containers.map((c) => [c.name, kindOfContainer(design, c)]);
}

/** The findings of `design` among the rules an exercise asks to clear. */
export function listedFindings(exercise: FixThisPodExercise, design: Design): Finding[] {
  return lintDesign(design).filter((f) => exercise.rules.includes(f.rule));
}

/** The container names a learner orders or classifies: every container, in declaration order. */
export function containerNames(exercise: OrderExercise | ManifestExercise): string[] {
  const design =
    exercise.type === 'native-or-legacy' || exercise.type === 'kubectl-default'
      ? manifestDesign(exercise)
      : exercise.design;
  return design.containers.map((c) => c.name);
}

/** The container the exercise's command reaches: what kubectl picks without `-c`. */
export function expectedDefaultContainer(exercise: KubectlDefaultExercise): string {
  const name = kubectlDefault(manifestDesign(exercise)).container?.name;
  if (!name) throw new Error(`Exercise ${exercise.id} has no entry in containers.`);
  return name;
}
