import { declaredPorts } from '../../model/ports';
import { kindOf } from '../helpers/containers';
import { handlerPorts, isPortName } from '../helpers/ports';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const probeNamedPortMissing: Rule = {
  id: 'net/probe-named-port-missing',
  number: 'R34',
  severity: 'warning',
  title: "Probe or hook uses a port name the container doesn't declare",
  explanation:
    "The API server checks only the format of a named probe or hook port. The kubelet looks the name up in the container's own ports, so a name declared elsewhere (or nowhere) makes the probe fail: liveness and startup probes restart the container, a readiness probe keeps it unready, and a sidecar's startup probe keeps the Pod from ever initializing.",
  sources: sources('K-PROBE', 'K-VAL'),
  check(design) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      if (kindOf(design, container) === 'init') continue;
      const names = new Set(declaredPorts(container).map((p) => p.name));
      for (const { field, port } of handlerPorts(container)) {
        if (!isPortName(port) || names.has(port)) continue;
        const elsewhere = design.containers.find(
          (c) => c.name !== container.name && declaredPorts(c).some((p) => p.name === port),
        );
        const hint = elsewhere
          ? ` ('${port}' is declared by '${elsewhere.name}', but names resolve only inside the probed container)`
          : '';
        findings.push({
          container: container.name,
          field,
          message: `'${container.name}' uses port name '${port}' in ${field.split('.').slice(0, -2).join('.')}, but does not declare it in its own ports${hint}; the kubelet cannot resolve it and the check always fails. Declare '${port}' in '${container.name}' or use the port number.`,
        });
      }
    }
    return findings;
  },
};
