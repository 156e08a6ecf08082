import { updateContainerSpec } from '../../model/ops';
import type { Container } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { CommitField } from './CommitField';
import { SelectField } from './SelectField';
import { objectsOf, parsePort, textOf, withEntryField, withoutEntry } from './specValues';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'].map((p) => ({ value: p, label: p }));

/** The ports a container listens on: number, name and protocol. */
export function PortsEditor({ container }: { container: Container }) {
  const dispatch = useStudio((state) => state.dispatch);
  const name = container.name;
  const ports = objectsOf(container.raw.ports);
  const write = (next: ReturnType<typeof withoutEntry>) =>
    dispatch((d) => updateContainerSpec(d, name, { ports: next }));
  const nextPort = () => {
    const used = new Set(ports.map((p) => p.containerPort));
    let port = 8080;
    while (used.has(port)) port += 1;
    return port;
  };

  return (
    <fieldset className="inspector__group">
      <legend>Ports</legend>
      {ports.length === 0 && <p className="inspector__empty">No ports.</p>}
      {ports.map((port, index) => {
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: ports are edited in place by position
          <div className="inspector__row" key={index}>
            <CommitField
              compact
              label={`Port ${n} number`}
              inputMode="numeric"
              value={textOf(port.containerPort)}
              onCommit={(text) =>
                write(withEntryField(ports, index, 'containerPort', parsePort(text)))
              }
            />
            <CommitField
              compact
              label={`Port ${n} name`}
              placeholder="name"
              value={textOf(port.name)}
              onCommit={(text) => write(withEntryField(ports, index, 'name', text.trim()))}
            />
            <SelectField
              compact
              label={`Port ${n} protocol`}
              value={typeof port.protocol === 'string' ? port.protocol : 'TCP'}
              choices={PROTOCOLS}
              onCommit={(protocol) =>
                write(withEntryField(ports, index, 'protocol', protocol === 'TCP' ? '' : protocol))
              }
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Remove port ${n}`}
              onClick={() => write(withoutEntry(ports, index))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => write([...ports, { containerPort: nextPort() }])}
      >
        Add port
      </button>
    </fieldset>
  );
}
