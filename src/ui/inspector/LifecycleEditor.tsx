import { useId } from 'react';
import type { JsonValue } from '../../model/json';
import type { Container, Design } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { HandlerFields } from './HandlerFields';
import { defaultSleepSeconds, type SleepLimits, sleepLimitsOf } from './probeInput';
import {
  allowsProbesAndHooks,
  asHandlerState,
  defaultPortOf,
  editSpecField,
  HOOK_HANDLERS,
  HOOK_TITLES,
  type HookField,
  handlerChoices,
  handlerOf,
  objectAtKey,
  withHandler,
  withHook,
} from './probeValues';
import { SelectField } from './SelectField';
import './probes.css';

const HOOKS: readonly HookField[] = ['postStart', 'preStop'];

function hookHint(hook: HookField, limits: SleepLimits): string {
  return hook === 'postStart'
    ? 'Runs as soon as the container starts; the next container starts only when it has finished.'
    : `Runs before the container is asked to stop, within the pod's grace period (${limits.gracePeriod} s).`;
}

interface HookFieldsProps {
  container: Container;
  hook: HookField;
  limits: SleepLimits;
}

/** One hook: off, or a command, an HTTP GET or a sleep. */
function HookFields({ container, hook, limits }: HookFieldsProps) {
  const dispatch = useStudio((state) => state.dispatch);
  const hintId = useId();
  const name = container.name;
  const value = objectAtKey(container.raw.lifecycle)?.[hook];
  const handler = handlerOf(value, HOOK_HANDLERS);
  const defaults = { port: defaultPortOf(container), sleepSeconds: defaultSleepSeconds(limits) };
  const edit = (change: (current: JsonValue | undefined) => JsonValue | undefined) =>
    dispatch(
      editSpecField(name, 'lifecycle', (lifecycle) => {
        const next = change(objectAtKey(lifecycle)?.[hook]);
        return withHook(lifecycle, hook, objectAtKey(next));
      }),
    );

  return (
    <fieldset className="inspector__group inspector__subgroup" aria-describedby={hintId}>
      <legend>{HOOK_TITLES[hook]}</legend>
      <p id={hintId} className="field__hint">
        {hookHint(hook, limits)}
      </p>
      <SelectField
        label="Handler"
        value={handler}
        choices={handlerChoices(HOOK_HANDLERS, handler)}
        onCommit={(kind) =>
          edit((current) => withHandler(current, asHandlerState(kind, HOOK_HANDLERS), defaults))
        }
      />
      <HandlerFields owner={value} handler={handler} edit={edit} sleepLimits={limits} />
    </fieldset>
  );
}

/** The postStart and preStop hooks of a container, where Kubernetes allows them. */
export function LifecycleEditor({ container, design }: { container: Container; design: Design }) {
  // A regular init container says why it has none in the probes section.
  if (!allowsProbesAndHooks(container)) return null;
  const limits = sleepLimitsOf(design);
  return (
    <fieldset className="inspector__group">
      <legend>Lifecycle hooks</legend>
      {HOOKS.map((hook) => (
        <HookFields key={hook} container={container} hook={hook} limits={limits} />
      ))}
    </fieldset>
  );
}
