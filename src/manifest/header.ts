import {
  CONTAINER_ROLES,
  type ContainerRole,
  type KubernetesVersion,
  type PortLink,
  SIDECAR_PURPOSES,
  type SidecarPurpose,
  WORKLOAD_KINDS,
  type WorkloadKind,
} from '../model/types';

/**
 * Design context written as comments at the top of a manifest (sidecar-rules.md §9.0):
 * `# @target 1.31`, `# @kind Job`, `# @role NAME=sidecar`, `# @purpose NAME=proxy`,
 * `# @link FROM -> TO:PORT`. A file with such a header states its context explicitly, so the
 * importer makes no guesses about it.
 */
export interface HeaderContext {
  target?: KubernetesVersion;
  kind?: WorkloadKind;
  roles: Record<string, ContainerRole>;
  purposes: Record<string, SidecarPurpose>;
  links: PortLink[];
  /** Lines that start with `# @` but could not be read, for a message. */
  unreadable: string[];
}

/** True when the text starts with at least one `# @` directive. */
export function hasHeader(text: string): boolean {
  return headerLines(text).length > 0;
}

function headerLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line === '---') continue;
    if (!line.startsWith('#')) break;
    if (/^#\s*@/.test(line)) lines.push(line.replace(/^#\s*@/, '').trim());
  }
  return lines;
}

/** The design context of the leading `# @` comments of a text. */
export function readHeader(text: string): HeaderContext {
  const context: HeaderContext = { roles: {}, purposes: {}, links: [], unreadable: [] };
  for (const line of headerLines(text)) {
    const [word = '', ...restWords] = line.split(/\s+/);
    const rest = restWords.join(' ');
    if (!readDirective(context, word, rest)) context.unreadable.push(`# @${line}`);
  }
  return context;
}

function readDirective(context: HeaderContext, word: string, rest: string): boolean {
  switch (word) {
    case 'target':
      if (!/^1\.\d{1,2}$/.test(rest)) return false;
      context.target = rest as KubernetesVersion;
      return true;
    case 'kind':
      if (!(WORKLOAD_KINDS as readonly string[]).includes(rest)) return false;
      context.kind = rest as WorkloadKind;
      return true;
    case 'role': {
      const [name, role] = rest.split('=').map((s) => s.trim());
      if (!name || !CONTAINER_ROLES.includes(role as ContainerRole)) return false;
      context.roles[name] = role as ContainerRole;
      return true;
    }
    case 'purpose': {
      const [name, purpose] = rest.split('=').map((s) => s.trim());
      if (!name || !SIDECAR_PURPOSES.includes(purpose as SidecarPurpose)) return false;
      context.purposes[name] = purpose as SidecarPurpose;
      return true;
    }
    case 'link': {
      const match = /^([a-z0-9-]+)\s*->\s*([a-z0-9-]+):(\d{1,5})$/.exec(rest);
      if (!match) return false;
      context.links.push({
        from: match[1] as string,
        to: match[2] as string,
        port: Number(match[3]),
      });
      return true;
    }
    default:
      return false;
  }
}
