import { type FormEvent, useId, useState } from 'react';
import { addPortLink, removePortLink } from '../../model/ops';
import type { Container, Design } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { tryEdit } from './refusal';
import { parsePort } from './specValues';

/**
 * The containers this one talks to on localhost: the keyboard way to connect two containers.
 */
export function LinksEditor({ container, design }: { container: Container; design: Design }) {
  const dispatch = useStudio((state) => state.dispatch);
  const id = useId();
  const name = container.name;
  const others = design.containers.filter((c) => c.name !== name);
  const links = design.links.filter((l) => l.from === name);
  const [target, setTarget] = useState('');
  const [port, setPort] = useState('');
  const [error, setError] = useState<string | undefined>();
  const chosen = others.some((c) => c.name === target) ? target : others[0]?.name;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const refused = tryEdit(() => {
      const number = parsePort(port);
      dispatch((d) => addPortLink(d, name, chosen, number));
    });
    setError(refused);
    if (!refused) setPort('');
  };

  const errorId = `${id}-error`;
  return (
    <fieldset className="inspector__group">
      <legend>Talks to</legend>
      {links.length === 0 && <p className="inspector__empty">No links to other containers.</p>}
      {links.length > 0 && (
        <ul className="inspector__links">
          {links.map((link) => (
            <li key={`${link.to}:${link.port}`}>
              <span>
                {link.to} on localhost:{link.port}
              </span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove link to ${link.to} on port ${link.port}`}
                onClick={() => dispatch((d) => removePortLink(d, name, link.to, link.port))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen ? (
        <form className="inspector__add" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={`${id}-to`} className="field__label">
              Link to container
            </label>
            <select id={`${id}-to`} value={chosen} onChange={(e) => setTarget(e.target.value)}>
              {others.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${error ? ' field--invalid' : ''}`}>
            <label htmlFor={`${id}-port`} className="field__label">
              Link port
            </label>
            <input
              id={`${id}-port`}
              type="text"
              inputMode="numeric"
              value={port}
              placeholder="8080"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => setPort(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            Add link
          </button>
          {error && (
            <p id={errorId} className="field__error">
              {error}
            </p>
          )}
        </form>
      ) : (
        <p className="inspector__empty">Add another container to link to it.</p>
      )}
    </fieldset>
  );
}
