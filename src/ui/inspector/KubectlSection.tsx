import { useState } from 'react';
import { kubectlCommands } from '../../lifecycle/kubectlCommands';
import { setDefaultContainer } from '../../model/ops';
import type { Container, Design } from '../../model/types';
import { useStudio } from '../../store/studioStore';

/** Copies one command to the clipboard and says so next to the button. */
function CopyCommand({ command }: { command: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setState('copied');
    } catch {
      setState('refused');
    }
  };
  return (
    <>
      <button
        type="button"
        className="button kubectl__copy"
        aria-label={`Copy ${command}`}
        onClick={copy}
      >
        Copy
      </button>
      <span className="kubectl__copied" aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'refused' ? 'Select the text to copy it' : ''}
      </span>
    </>
  );
}

/**
 * What kubectl does with the selected container: whether `kubectl logs` and `exec` reach it
 * without `-c`, a button to make a main container the default, and the commands to type for it.
 */
export function KubectlSection({ container, design }: { container: Container; design: Design }) {
  const dispatch = useStudio((state) => state.dispatch);
  const facts = kubectlCommands(design, container.name);
  if (!facts) return null;
  const canBecomeDefault = !facts.isDefault && container.role === 'main';
  return (
    <fieldset className="inspector__group kubectl">
      <legend>kubectl</legend>
      {facts.notes.map((note) => (
        <p key={note} className="kubectl__note">
          {note}
        </p>
      ))}
      {canBecomeDefault && (
        <button
          type="button"
          className="button"
          onClick={() =>
            dispatch((d) => setDefaultContainer(d, container.name), {
              label: `Made '${container.name}' kubectl's default container`,
            })
          }
        >
          Make kubectl default
        </button>
      )}
      <ul className="kubectl__commands">
        {facts.commands.map(({ purpose, command }) => (
          <li key={command}>
            <span className="kubectl__purpose">{purpose}</span>
            <code className="kubectl__command">{command}</code>
            <CopyCommand command={command} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
