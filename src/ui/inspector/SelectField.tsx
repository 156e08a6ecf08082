import { useId, useState } from 'react';
import { tryEdit } from './refusal';

export interface Choice {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  choices: readonly Choice[];
  /** Applies the chosen value; throws OpError to refuse it. */
  onCommit: (value: string) => void;
  compact?: boolean;
}

/** A choice that reaches the design as soon as it is made; a refusal is shown beside it. */
export function SelectField({ label, value, choices, onCommit, compact }: SelectFieldProps) {
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          const chosen = e.target.value;
          setError(chosen === value ? undefined : tryEdit(() => onCommit(chosen)));
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
