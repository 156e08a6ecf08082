import { type FormEvent, useId, useState } from 'react';
import { suggestMountPath, suggestReadOnly } from '../../model/facts/volumes';
import { connectMount } from '../../model/ops';
import type { Container, Design } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { tryEdit } from './refusal';

/** Mounts one more volume: choose the volume, type the path, add. */
export function AddMount({ container, design }: { container: Container; design: Design }) {
  const dispatch = useStudio((state) => state.dispatch);
  const id = useId();
  const [volume, setVolume] = useState('');
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | undefined>();
  const chosen = design.volumes.some((v) => v.name === volume) ? volume : design.volumes[0]?.name;

  if (!chosen) {
    return <p className="inspector__empty">Add a volume from the palette to mount it here.</p>;
  }

  const suggested = suggestMountPath(design, container.name, chosen);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The same suggestions as a mount drawn on the canvas: the path the volume has elsewhere,
    // read-only for configuration and secrets.
    const mountPath = path.trim() || suggested;
    const readOnly = suggestReadOnly(design.volumes.find((v) => v.name === chosen));
    const refused = tryEdit(() =>
      dispatch((d) => connectMount(d, container.name, { volume: chosen, mountPath, readOnly })),
    );
    setError(refused);
    if (!refused) setPath('');
  };

  const errorId = `${id}-error`;
  return (
    <form className="inspector__add" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={`${id}-volume`} className="field__label">
          Volume to mount
        </label>
        <select id={`${id}-volume`} value={chosen} onChange={(e) => setVolume(e.target.value)}>
          {design.volumes.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-path`} className="field__label">
          Mount path
        </label>
        <input
          id={`${id}-path`}
          type="text"
          spellCheck={false}
          value={path}
          placeholder={suggested}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setPath(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        Add mount
      </button>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </form>
  );
}
