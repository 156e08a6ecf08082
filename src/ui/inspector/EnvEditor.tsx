import { updateContainerSpec } from '../../model/ops';
import type { Container } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { CommitField } from './CommitField';
import { objectsOf, textOf, withEntryField, withoutEntry } from './specValues';

/** Environment variables with plain values; values taken from elsewhere are shown, not edited. */
export function EnvEditor({ container }: { container: Container }) {
  const dispatch = useStudio((state) => state.dispatch);
  const name = container.name;
  const env = objectsOf(container.raw.env);
  const write = (next: ReturnType<typeof withoutEntry>) =>
    dispatch((d) => updateContainerSpec(d, name, { env: next }));

  return (
    <fieldset className="inspector__group">
      <legend>Environment</legend>
      {env.length === 0 && <p className="inspector__empty">No variables.</p>}
      {env.map((entry, index) => {
        const n = index + 1;
        const fromElsewhere = entry.valueFrom !== undefined;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: variables are edited in place by position
          <div className="inspector__row" key={index}>
            <CommitField
              compact
              label={`Variable ${n} name`}
              placeholder="NAME"
              value={textOf(entry.name)}
              onCommit={(text) => write(withEntryField(env, index, 'name', text.trim()))}
            />
            {fromElsewhere ? (
              <span className="inspector__note">from a reference</span>
            ) : (
              <CommitField
                compact
                label={`Variable ${n} value`}
                placeholder="value"
                value={textOf(entry.value)}
                onCommit={(text) => write(withEntryField(env, index, 'value', text))}
              />
            )}
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove variable ${n}`}
              onClick={() => write(withoutEntry(env, index))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => write([...env, { name: `VAR_${env.length + 1}`, value: '' }])}
      >
        Add variable
      </button>
    </fieldset>
  );
}
