import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { tryEdit } from './refusal';

interface CommitFieldProps {
  label: string;
  value: string;
  /** Applies the typed value; throws OpError to refuse it. */
  onCommit: (value: string) => void;
  /** Several lines, one entry a line; commits on leaving the field or Ctrl+Enter. */
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  inputMode?: 'numeric' | 'text';
  /** Hides the label visually (the field sits in a table row that says what it is). */
  compact?: boolean;
}

/**
 * A text field whose edit reaches the design when the person leaves it or presses Enter. A value
 * the model refuses stays in the field, marked invalid, with the model's reason beside it.
 */
export function CommitField(props: CommitFieldProps) {
  const { label, value, onCommit, multiline, placeholder, hint, inputMode, compact } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    setDraft(value);
    setError(undefined);
  }, [value]);

  const commit = () => {
    if (draft === value) {
      setError(undefined);
      return;
    }
    setError(tryEdit(() => onCommit(draft)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      setDraft(value);
      setError(undefined);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  const shared = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onBlur: commit,
    onKeyDown,
  } as const;

  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...shared}
          type="text"
          inputMode={inputMode}
          spellCheck={false}
          onChange={(e) => setDraft(e.target.value)}
        />
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
