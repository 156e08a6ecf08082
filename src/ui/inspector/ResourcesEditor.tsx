import { updateContainerSpec } from '../../model/ops';
import type { Container } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { CommitField } from './CommitField';
import { type ResourceGroup, type ResourceName, resourceOf, withResource } from './specValues';

const CELLS: ReadonlyArray<{ group: ResourceGroup; name: ResourceName; label: string }> = [
  { group: 'requests', name: 'cpu', label: 'CPU request' },
  { group: 'requests', name: 'memory', label: 'Memory request' },
  { group: 'limits', name: 'cpu', label: 'CPU limit' },
  { group: 'limits', name: 'memory', label: 'Memory limit' },
];

/** CPU and memory requests and limits, in Kubernetes quantities (100m, 128Mi). */
export function ResourcesEditor({ container }: { container: Container }) {
  const dispatch = useStudio((state) => state.dispatch);
  const name = container.name;
  return (
    <fieldset className="inspector__group inspector__grid">
      <legend>Resources</legend>
      {CELLS.map((cell) => (
        <CommitField
          key={cell.label}
          label={cell.label}
          placeholder={cell.name === 'cpu' ? '100m' : '128Mi'}
          value={resourceOf(container.raw.resources, cell.group, cell.name)}
          onCommit={(text) =>
            dispatch((d) => {
              const current = d.containers.find((c) => c.name === name)?.raw.resources;
              const resources = withResource(current, cell.group, cell.name, text);
              return updateContainerSpec(d, name, { resources });
            })
          }
        />
      ))}
    </fieldset>
  );
}
