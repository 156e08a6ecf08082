import { duplicateContainer, removeContainer } from '../../model/ops';
import type { Container } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { ExplainButton } from '../explain/ExplainButton';

/** Copy, remove or explain the selected container. */
export function ContainerActions({ container }: { container: Container }) {
  const dispatch = useStudio((state) => state.dispatch);
  const select = useStudio((state) => state.select);
  const name = container.name;
  return (
    <div className="inspector__actions">
      <button
        type="button"
        className="button"
        onClick={() => {
          let copy: string | undefined;
          dispatch((d) => {
            const next = duplicateContainer(d, name);
            copy = next.containers.find((c) => !d.containers.some((o) => o.name === c.name))?.name;
            return next;
          });
          if (copy) select({ kind: 'container', name: copy });
        }}
      >
        Duplicate container
      </button>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          dispatch((d) => removeContainer(d, name));
          select(null);
        }}
      >
        Remove container
      </button>
      <ExplainButton container={name} />
    </div>
  );
}
