import type { Container, Design } from '../../model/types';
import { CommandFields } from './CommandFields';
import { ContainerActions } from './ContainerActions';
import { ContainerBasics } from './ContainerBasics';
import { EnvEditor } from './EnvEditor';
import { LinksEditor } from './LinksEditor';
import { MountsEditor } from './MountsEditor';
import { PortsEditor } from './PortsEditor';
import { ResourcesEditor } from './ResourcesEditor';

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
      <MountsEditor container={container} design={design} />
      <LinksEditor container={container} design={design} />
      <CommandFields container={container} />
      <PortsEditor container={container} />
      <EnvEditor container={container} />
      <ResourcesEditor container={container} />
      <ContainerActions container={container} />
    </div>
  );
}
