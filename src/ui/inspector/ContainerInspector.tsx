import type { Container, Design } from '../../model/types';
import { CommandFields } from './CommandFields';
import { ContainerActions } from './ContainerActions';
import { ContainerBasics } from './ContainerBasics';
import { EnvEditor } from './EnvEditor';
import { KubectlSection } from './KubectlSection';
import { LifecycleEditor } from './LifecycleEditor';
import { LinksEditor } from './LinksEditor';
import { MountsEditor } from './MountsEditor';
import { PortsEditor } from './PortsEditor';
import { ProbesEditor } from './ProbesEditor';
import { ResourcesEditor } from './ResourcesEditor';
import { RestartPolicyField } from './RestartPolicyField';

/** Everything about one container, section by section. */
export function ContainerInspector({
  container,
  design,
}: {
  container: Container;
  design: Design;
}) {
  return (
    <div className="inspector__body">
      <h3 className="inspector__title">Container {container.name}</h3>
      <ContainerBasics container={container} />
      <RestartPolicyField container={container} design={design} />
      <MountsEditor container={container} design={design} />
      <LinksEditor container={container} design={design} />
      <CommandFields container={container} />
      <PortsEditor container={container} />
      <EnvEditor container={container} />
      <ResourcesEditor container={container} />
      <ProbesEditor container={container} design={design} />
      <LifecycleEditor container={container} design={design} />
      <KubectlSection container={container} design={design} />
      <ContainerActions container={container} />
    </div>
  );
}
