import type { JsonValue } from '../../model/json';
import { CommitField } from './CommitField';
import {
  parseCommand,
  parseHandlerPort,
  parsePath,
  parseSleepSeconds,
  type SleepLimits,
} from './probeInput';
import { type HandlerState, objectAtKey, withHandlerField } from './probeValues';
import { linesOf, textOf } from './specValues';

interface HandlerFieldsProps {
  /** The probe or hook object. */
  owner: JsonValue | undefined;
  handler: HandlerState;
  /** Replaces the probe or hook with what `change` makes of the current one. */
  edit: (change: (current: JsonValue | undefined) => JsonValue | undefined) => void;
  sleepLimits: SleepLimits;
}

/** The settings of one probe or hook handler: path and port, port, command, or seconds. */
export function HandlerFields({ owner, handler, edit, sleepLimits }: HandlerFieldsProps) {
  if (handler === 'off') return null;
  if (handler === 'other') {
    return (
      <p className="inspector__note">
        This one is written in a form the inspector does not edit; change it in the manifest, or
        pick a handler to replace it.
      </p>
    );
  }
  const settings = objectAtKey(objectAtKey(owner)?.[handler]) ?? {};
  const set = (field: string, value: JsonValue | undefined) =>
    edit((current) => withHandlerField(current, handler, field, value));

  const port = (
    <CommitField
      label="Port"
      inputMode={handler === 'grpc' ? 'numeric' : 'text'}
      hint={
        handler === 'grpc' ? undefined : "A number, or the name of one of this container's ports."
      }
      value={textOf(settings.port)}
      onCommit={(text) => set('port', parseHandlerPort(text, handler !== 'grpc'))}
    />
  );

  switch (handler) {
    case 'httpGet':
      return (
        <div className="inspector__pair">
          <CommitField
            label="Path"
            placeholder="/"
            value={textOf(settings.path)}
            onCommit={(text) => set('path', parsePath(text))}
          />
          {port}
        </div>
      );
    case 'tcpSocket':
    case 'grpc':
      return port;
    case 'exec':
      return (
        <CommitField
          label="Command"
          multiline
          hint="One entry a line. Ctrl+Enter or leaving the field applies it."
          value={linesOf(settings.command)}
          onCommit={(text) => set('command', parseCommand(text))}
        />
      );
    case 'sleep':
      return (
        <CommitField
          label="Seconds"
          inputMode="numeric"
          hint={`At most the pod's grace period (${sleepLimits.gracePeriod} s).`}
          value={textOf(settings.seconds)}
          onCommit={(text) => set('seconds', parseSleepSeconds(text, sleepLimits))}
        />
      );
  }
}
