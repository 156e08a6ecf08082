import { useId } from 'react';
import type { Container, Design } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { CommitField } from './CommitField';
import { HandlerFields } from './HandlerFields';
import { defaultSleepSeconds, parseTiming, sleepLimitsOf } from './probeInput';
import {
  asHandlerState,
  defaultPortOf,
  editSpecField,
  handlerChoices,
  handlerOf,
  objectAtKey,
  PROBE_HANDLERS,
  PROBE_TITLES,
  type ProbeField,
  TIMINGS,
  withHandler,
  withKey,
} from './probeValues';
import { SelectField } from './SelectField';
import { textOf } from './specValues';

interface ProbeFieldsProps {
  container: Container;
  design: Design;
  field: ProbeField;
  hint?: string | undefined;
}

/** One probe of a container: off or one handler, and how often and how patiently it checks. */
export function ProbeFields({ container, design, field, hint }: ProbeFieldsProps) {
  const dispatch = useStudio((state) => state.dispatch);
  const hintId = useId();
  const name = container.name;
  const probe = container.raw[field] ?? undefined;
  const handler = handlerOf(probe, PROBE_HANDLERS);
  const sleepLimits = sleepLimitsOf(design);
  const defaults = {
    port: defaultPortOf(container),
    sleepSeconds: defaultSleepSeconds(sleepLimits),
  };
  const edit = (change: Parameters<typeof editSpecField>[2]) =>
    dispatch(editSpecField(name, field, change));
  const settings = objectAtKey(probe);

  return (
    <fieldset
      className="inspector__group inspector__subgroup"
      aria-describedby={hint ? hintId : undefined}
    >
      <legend>{PROBE_TITLES[field]}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <SelectField
        label="Handler"
        value={handler}
        choices={handlerChoices(PROBE_HANDLERS, handler)}
        onCommit={(kind) =>
          edit((current) => withHandler(current, asHandlerState(kind, PROBE_HANDLERS), defaults))
        }
      />
      <HandlerFields owner={probe} handler={handler} edit={edit} sleepLimits={sleepLimits} />
      {handler !== 'off' && (
        <div className="inspector__pair">
          {TIMINGS.map((timing) => (
            <CommitField
              key={timing.key}
              label={timing.label}
              inputMode="numeric"
              placeholder={String(timing.fallback)}
              value={textOf(settings?.[timing.key])}
              onCommit={(text) => {
                const value = parseTiming(text, timing);
                edit((current) => withKey(current, timing.key, value));
              }}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
