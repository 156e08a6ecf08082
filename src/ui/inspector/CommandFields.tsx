import { updateContainerSpec } from '../../model/ops';
import type { Container } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { CommitField } from './CommitField';
import { linesOf, listFromLines } from './specValues';

const HINT = 'One entry a line. Ctrl+Enter or leaving the field applies it.';

/** The command and its arguments, one entry a line. */
export function CommandFields({ container }: { container: Container }) {
  const dispatch = useStudio((state) => state.dispatch);
  const name = container.name;
  return (
    <div className="inspector__group">
      <CommitField
        label="Command"
        multiline
        value={linesOf(container.raw.command)}
        placeholder="The image's entrypoint"
        onCommit={(text) =>
          dispatch((d) => updateContainerSpec(d, name, { command: listFromLines(text) }))
        }
      />
      <CommitField
        label="Arguments"
        multiline
        hint={HINT}
        value={linesOf(container.raw.args)}
        onCommit={(text) =>
          dispatch((d) => updateContainerSpec(d, name, { args: listFromLines(text) }))
        }
      />
    </div>
  );
}
