import type { Container, Design } from '../../model/types';
import { ProbeFields } from './ProbeFields';
import {
  allowsProbesAndHooks,
  INIT_WITHOUT_PROBES,
  probeOrder,
  startupProbeHint,
} from './probeValues';
import './probes.css';

/**
 * The startup, readiness and liveness probes of a container, where Kubernetes allows them; a
 * regular init container gets the reason instead.
 */
export function ProbesEditor({ container, design }: { container: Container; design: Design }) {
  if (!allowsProbesAndHooks(container)) {
    return (
      <fieldset className="inspector__group">
        <legend>Probes and lifecycle hooks</legend>
        <p className="inspector__note">{INIT_WITHOUT_PROBES}</p>
      </fieldset>
    );
  }
  return (
    <fieldset className="inspector__group">
      <legend>Probes</legend>
      {probeOrder(container).map((field) => (
        <ProbeFields
          key={field}
          container={container}
          design={design}
          field={field}
          hint={field === 'startupProbe' ? startupProbeHint(design, container) : undefined}
        />
      ))}
    </fieldset>
  );
}
