import { initContainersOf, isLegacySidecar, isNativeSidecar } from '../model/placement';
import type { Container, Design } from '../model/types';

/** Text made safe inside a quoted Mermaid label. */
export function mermaidText(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ');
}

function roleOf(design: Design, container: Container): string {
  if (isNativeSidecar(design, container)) return 'native';
  if (isLegacySidecar(design, container)) return 'legacy';
  return container.role === 'init' ? 'init' : 'main';
}

const ROLE_TEXT: Record<string, string> = {
  main: 'main',
  native: 'sidecar · native',
  legacy: 'sidecar · legacy',
  init: 'init',
};

/**
 * The pod of `design` as a Mermaid `flowchart`, for Markdown documents: a box per container
 * (with its role and, in initContainers, its start order) and a cylinder per volume inside the
 * pod; an edge per mount (dotted when read-only), a thick edge per port link, and dotted
 * "then" edges giving the start order.
 */
export function mermaidFlowchart(design: Design): string {
  const ids = new Map<string, string>([
    ...design.containers.map((c, i): [string, string] => [`c:${c.name}`, `c${i}`]),
    ...design.volumes.map((v, i): [string, string] => [`v:${v.name}`, `v${i}`]),
  ]);
  const order = new Map(initContainersOf(design).map((c, i) => [c.name, i + 1]));
  const name = typeof design.metadata.name === 'string' ? design.metadata.name : '(unnamed)';
  const lines = ['flowchart LR'];
  lines.push(`  subgraph pod["${mermaidText(`${design.kind} ${name}`)}"]`);
  lines.push('    direction LR');
  for (const container of design.containers) {
    const role = roleOf(design, container);
    const step = order.get(container.name);
    const detail = `${ROLE_TEXT[role]}${step === undefined ? '' : ` #${step}`}`;
    lines.push(
      `    ${ids.get(`c:${container.name}`)}["${mermaidText(container.name)}<br/><small>${mermaidText(detail)}</small>"]:::${role}`,
    );
  }
  for (const volume of design.volumes) {
    lines.push(
      `    ${ids.get(`v:${volume.name}`)}[("${mermaidText(volume.name)}<br/><small>${volume.type}</small>")]:::volume`,
    );
  }
  lines.push('  end');
  const starters = initContainersOf(design);
  const apps = design.containers.filter((c) => !order.has(c.name));
  starters.forEach((container, index) => {
    const next = starters[index + 1];
    const targets = next ? [next] : apps;
    for (const target of targets) {
      lines.push(`  ${ids.get(`c:${container.name}`)} -. then .-> ${ids.get(`c:${target.name}`)}`);
    }
  });
  for (const container of design.containers) {
    for (const mount of container.mounts) {
      const volume = ids.get(`v:${mount.volume}`);
      if (volume === undefined) continue;
      const from = ids.get(`c:${container.name}`);
      const text = mermaidText(mount.readOnly ? `${mount.mountPath} (read-only)` : mount.mountPath);
      lines.push(
        mount.readOnly
          ? `  ${from} -.->|"${text}"| ${volume}`
          : `  ${from} -->|"${text}"| ${volume}`,
      );
    }
  }
  for (const link of design.links) {
    const from = ids.get(`c:${link.from}`);
    const to = ids.get(`c:${link.to}`);
    if (from === undefined || to === undefined) continue;
    lines.push(`  ${from} ==>|"localhost:${link.port}"| ${to}`);
  }
  lines.push(
    '  classDef main stroke:#1d4ed8,stroke-width:2px',
    '  classDef native stroke:#0f766e,stroke-width:2px',
    '  classDef legacy stroke:#b45309,stroke-width:2px,stroke-dasharray:5 3',
    '  classDef init stroke:#6d28d9,stroke-width:2px',
    '  classDef volume stroke:#4b5563',
  );
  return `${lines.join('\n')}\n`;
}
