import { disconnectMount, updateMount } from '../../model/ops';
import type { Container, Design } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { AddMount } from './AddMount';
import { CommitField } from './CommitField';
import { SelectField } from './SelectField';

/** The volumes a container mounts: volume, path, read-only and sub-path; add and remove. */
export function MountsEditor({ container, design }: { container: Container; design: Design }) {
  const dispatch = useStudio((state) => state.dispatch);
  const name = container.name;
  const volumeChoices = design.volumes.map((v) => ({ value: v.name, label: v.name }));

  return (
    <fieldset className="inspector__group">
      <legend>Mounts</legend>
      {container.mounts.length === 0 && <p className="inspector__empty">No volumes mounted.</p>}
      {container.mounts.map((mount, index) => {
        const n = index + 1;
        const choices = volumeChoices.some((c) => c.value === mount.volume)
          ? volumeChoices
          : [{ value: mount.volume, label: `${mount.volume} (missing)` }, ...volumeChoices];
        return (
          <div className="inspector__mount" key={`${mount.volume}:${mount.mountPath}`}>
            <SelectField
              compact
              label={`Mount ${n} volume`}
              value={mount.volume}
              choices={choices}
              onCommit={(volume) => dispatch((d) => updateMount(d, name, index, { volume }))}
            />
            <CommitField
              compact
              label={`Mount ${n} path`}
              value={mount.mountPath}
              onCommit={(mountPath) =>
                dispatch((d) => updateMount(d, name, index, { mountPath: mountPath.trim() }))
              }
            />
            <CommitField
              compact
              label={`Mount ${n} sub-path`}
              placeholder="sub-path"
              value={mount.subPath ?? ''}
              onCommit={(subPath) =>
                dispatch((d) => updateMount(d, name, index, { subPath: subPath.trim() }))
              }
            />
            <div className="inspector__mount-tail">
              <label className="check">
                <input
                  type="checkbox"
                  checked={mount.readOnly === true}
                  onChange={(e) => {
                    const readOnly = e.target.checked;
                    dispatch((d) => updateMount(d, name, index, { readOnly }));
                  }}
                />
                Read-only<span className="visually-hidden"> (mount {n})</span>
              </label>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove mount ${n}`}
                onClick={() => dispatch((d) => disconnectMount(d, name, index))}
              >
                Remove
              </button>
            </div>
          </div>
        );
      })}
      <AddMount container={container} design={design} />
    </fieldset>
  );
}
