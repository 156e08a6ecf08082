import { useState } from 'react';
import { removeVolume, updateVolume } from '../../model/ops';
import type { Design, Volume, VolumeType } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { volumeTypesFor } from '../palette/paletteItems';
import { CommitField } from './CommitField';
import { tryEdit } from './refusal';
import { SelectField } from './SelectField';
import { sourceFieldOf, sourceOf, withSourceField } from './volumeSource';

/** Name, type and source of one volume; remove it. */
export function VolumeInspector({ volume, design }: { volume: Volume; design: Design }) {
  const dispatch = useStudio((state) => state.dispatch);
  const select = useStudio((state) => state.select);
  const [removeError, setRemoveError] = useState<string | undefined>();
  const name = volume.name;
  const types = volumeTypesFor(design);
  if (!types.includes(volume.type)) types.unshift(volume.type);
  const field = sourceFieldOf(volume.type);
  const source = sourceOf(volume);

  const remove = (disconnect: boolean) => {
    const refused = tryEdit(() => dispatch((d) => removeVolume(d, name, { disconnect })));
    setRemoveError(refused);
    if (!refused) select(null);
  };

  return (
    <div className="inspector__body">
      <h3 className="inspector__title">Volume {name}</h3>
      <div className="inspector__group">
        <CommitField
          label="Name"
          value={name}
          onCommit={(next) => {
            dispatch((d) => updateVolume(d, name, { rename: next.trim() }));
            select({ kind: 'volume', name: next.trim() });
          }}
        />
        <SelectField
          label="Type"
          value={volume.type}
          choices={types.map((t) => ({ value: t, label: t }))}
          onCommit={(type) => dispatch((d) => updateVolume(d, name, { type: type as VolumeType }))}
        />
        {field && (
          <CommitField
            key={volume.type}
            label={field.label}
            value={typeof source[field.key] === 'string' ? String(source[field.key]) : ''}
            onCommit={(text) =>
              dispatch((d) =>
                updateVolume(d, name, { source: withSourceField(volume, field.key, text) }),
              )
            }
          />
        )}
      </div>
      <div className="inspector__actions">
        <button
          type="button"
          className="button button--danger"
          aria-describedby={removeError ? 'volume-remove-error' : undefined}
          onClick={() => remove(false)}
        >
          Remove volume
        </button>
        {removeError && (
          <button type="button" className="button" onClick={() => remove(true)}>
            Remove with its mounts
          </button>
        )}
      </div>
      {removeError && (
        <p id="volume-remove-error" className="field__error">
          {removeError}
        </p>
      )}
    </div>
  );
}
