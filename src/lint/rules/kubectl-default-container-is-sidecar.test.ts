import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTAINER_ANNOTATION, kubectlDefault } from '../../model/kubectlDefault';
import { renameContainer } from '../../model/ops';
import type { Design } from '../../model/types';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { defaultContainerIsSidecar as rule } from './kubectl-default-container-is-sidecar';

const withAnnotation = (d: Design, value: string): Design =>
  d.kind === 'Pod'
    ? { ...d, metadata: { ...d.metadata, annotations: { [DEFAULT_CONTAINER_ANNOTATION]: value } } }
    : {
        ...d,
        templateMetadata: {
          ...d.templateMetadata,
          annotations: { [DEFAULT_CONTAINER_ANNOTATION]: value },
        },
      };

const shipperFirst = (kind: 'Pod' | 'Deployment' = 'Pod', guessed = false) =>
  design({
    kind,
    containers: [
      {
        ...container('shipper', { role: 'sidecar', mode: 'legacy' }),
        ...(guessed ? { guessed } : {}),
      },
      container('app'),
      container('setup', { role: 'init' }),
      container('proxy', { role: 'sidecar', mode: 'native' }),
    ],
  });

describe('kubectl/default-container-is-sidecar (R41)', () => {
  it('fires when a legacy sidecar is listed first and no annotation says otherwise', () => {
    const findings = check(rule, shipperFirst());
    expect(findings).toHaveLength(1);
    expect(findings[0]?.container).toBe('shipper');
    expect(findings[0]?.message).toContain("instead of main container 'app'");
    expect(findings[0]?.guess).toBeUndefined();
    expect(rule.severity).toBe('warning');
  });

  it('marks the finding as a guess when the sidecar role was guessed', () => {
    const [finding] = check(rule, shipperFirst('Pod', true));
    expect(finding?.guess).toBe(true);
    expect(finding?.message).toContain('guessed role');
  });

  it('stays quiet when the main container is first, or the annotation names it', () => {
    const mainFirst = design({
      containers: [container('app'), container('shipper', { role: 'sidecar', mode: 'legacy' })],
    });
    expect(check(rule, mainFirst)).toEqual([]);
    expect(check(rule, withAnnotation(shipperFirst(), 'app'))).toEqual([]);
    expect(check(rule, withAnnotation(shipperFirst('Deployment'), 'app'))).toEqual([]);
  });

  it('fires when the annotation names no container, pointing at the fallback', () => {
    const [finding] = check(rule, withAnnotation(shipperFirst(), 'web'));
    expect(finding?.message).toContain("names 'web', which is not a container");
    expect(finding?.container).toBe('shipper');
    const mainFirst = design({ containers: [container('app'), container('other')] });
    expect(check(rule, withAnnotation(mainFirst, 'ghost'))[0]?.container).toBe('app');
  });

  it('fires when the annotation names an init container or a native sidecar', () => {
    expect(check(rule, withAnnotation(shipperFirst(), 'setup'))[0]?.container).toBe('setup');
    expect(check(rule, withAnnotation(shipperFirst(), 'proxy'))[0]?.container).toBe('proxy');
    expect(check(rule, withAnnotation(shipperFirst(), 'proxy'))[0]?.message).toContain(
      'makes sidecar',
    );
  });

  it('stays quiet when the pod has no main container (api/no-main-container covers it)', () => {
    const onlySidecar = design({
      containers: [container('shipper', { role: 'sidecar', mode: 'legacy' })],
    });
    expect(check(rule, onlySidecar)).toEqual([]);
  });

  it('fix sets the annotation on the Pod, and on the pod template of a workload', () => {
    const pod = requireFix(rule, shipperFirst('Pod')).design;
    expect(pod.metadata.annotations).toEqual({ [DEFAULT_CONTAINER_ANNOTATION]: 'app' });
    expect(kubectlDefault(pod).container?.name).toBe('app');
    expect(check(rule, pod)).toEqual([]);
    expect(errorsOf(pod)).toEqual([]);
    const deployment = requireFix(rule, shipperFirst('Deployment')).design;
    expect(deployment.templateMetadata.annotations).toEqual({
      [DEFAULT_CONTAINER_ANNOTATION]: 'app',
    });
    expect(deployment.metadata.annotations).toBeUndefined();
  });

  it('fix corrects a wrong name and keeps the other annotations', () => {
    const d = shipperFirst('Deployment');
    const annotated = {
      ...d,
      templateMetadata: {
        ...d.templateMetadata,
        annotations: { [DEFAULT_CONTAINER_ANNOTATION]: 'ghost', team: 'web' },
      },
    };
    const fixed = requireFix(rule, annotated).design;
    expect(fixed.templateMetadata.annotations).toEqual({
      [DEFAULT_CONTAINER_ANNOTATION]: 'app',
      team: 'web',
    });
  });

  it('renaming the named container keeps the annotation pointing at it', () => {
    const renamed = renameContainer(withAnnotation(shipperFirst(), 'app'), 'app', 'web');
    expect(renamed.metadata.annotations).toEqual({ [DEFAULT_CONTAINER_ANNOTATION]: 'web' });
    expect(check(rule, renamed)).toEqual([]);
    const other = renameContainer(withAnnotation(shipperFirst(), 'app'), 'shipper', 'logs');
    expect(other.metadata.annotations).toEqual({ [DEFAULT_CONTAINER_ANNOTATION]: 'app' });
  });
});
