import type { Design } from '../src/model/types';
import { container, design, volume } from '../src/testing/build';

/**
 * A pod of `count` containers in the proportions of a 30-container one (16 main, 8 native
 * sidecars, 6 init containers), sharing 6 volumes, with main containers linked to sidecars.
 */
export function bigDesign(count: number): Design {
  const mains = Math.round((count * 16) / 30);
  const sidecars = Math.round((count * 8) / 30);
  const volumes = Array.from({ length: 6 }, (_, i) => volume(`data-${i}`));
  const containers = Array.from({ length: count }, (_, i) => {
    const role = i < mains ? 'main' : i < mains + sidecars ? 'sidecar' : 'init';
    const mounts = [{ volume: `data-${i % 6}`, mountPath: '/data', readOnly: i % 2 === 0 }];
    const spec = {
      ports: [{ containerPort: 8000 + i }],
      resources: { requests: { cpu: '100m', memory: '64Mi' } },
    };
    return container(`c-${i}`, { role, mounts, spec });
  });
  const links = containers.slice(1, mains).map((c, i) => ({
    from: c.name,
    to: `c-${mains + (i % sidecars)}`,
    port: 8000 + mains + (i % sidecars),
  }));
  return design({ kind: 'Deployment', containers, volumes, links });
}
