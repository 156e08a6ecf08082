import { useId } from 'react';
import type { Container, Design } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { editSpecField, restartPolicyChoices, restartPolicyHint } from './probeValues';
import { SelectField } from './SelectField';
import './probes.css';

/**
 * The restart policy of a main or regular init container, on targets that accept one (1.35 and
 * later); sidecars restart as their role and placement say, so they never show it.
 */
export function RestartPolicyField({
  container,
  design,
}: {
  container: Container;
  design: Design;
}) {
  const dispatch = useStudio((state) => state.dispatch);
  const hintId = useId();
  const choices = restartPolicyChoices(design, container);
  if (!choices) return null;
  const name = container.name;
  const current = container.raw.restartPolicy;
  return (
    <fieldset className="inspector__group" aria-describedby={hintId}>
      <legend>Restart</legend>
      <SelectField
        label="Restart policy"
        value={typeof current === 'string' ? current : ''}
        choices={choices}
        onCommit={(policy) =>
          dispatch(editSpecField(name, 'restartPolicy', () => policy || undefined))
        }
      />
      <p id={hintId} className="field__hint">
        {restartPolicyHint(container)}
      </p>
    </fieldset>
  );
}
