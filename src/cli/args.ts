import type { DesignOverrides } from '../manifest/overrides';
import { CONTAINER_ROLES, type ContainerRole, type KubernetesVersion } from '../model/types';

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  command: string;
  files: string[];
  overrides: DesignOverrides;
  format?: string;
  /** `timeline --scenario NAME`. */
  scenario?: string;
  /** `timeline --container NAME`: the container the scenario acts on. */
  container?: string;
}

const TARGET = /^1\.\d{1,2}$/;

/**
 * Reads `COMMAND FILE... [--mode M] [--target X.Y] [--role NAME=ROLE]... [--format F]
 * [--scenario S] [--container NAME]`.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('No command given.');
  const parsed: ParsedArgs = { command, files: [], overrides: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    if (!flag.startsWith('--')) {
      parsed.files.push(arg);
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value.`);
    applyFlag(parsed, flag, value);
  }
  return parsed;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function applyFlag(parsed: ParsedArgs, flag: string, value: string): void {
  switch (flag) {
    case '--mode':
      if (value !== 'native' && value !== 'legacy') {
        throw new UsageError(`--mode is native or legacy, not "${value}".`);
      }
      parsed.overrides.mode = value;
      return;
    case '--target':
      if (!TARGET.test(value))
        throw new UsageError(`--target is a version such as 1.31, not "${value}".`);
      parsed.overrides.target = value as KubernetesVersion;
      return;
    case '--role': {
      const [name, role] = value.split('=');
      if (!name || !CONTAINER_ROLES.includes(role as ContainerRole)) {
        throw new UsageError(`--role is NAME=main, NAME=sidecar or NAME=init, not "${value}".`);
      }
      parsed.overrides.roles = { ...parsed.overrides.roles, [name]: role as ContainerRole };
      return;
    }
    case '--format':
      parsed.format = value;
      return;
    case '--scenario':
      parsed.scenario = value;
      return;
    case '--container':
      parsed.container = value;
      return;
    default:
      throw new UsageError(`Unknown option ${flag}.`);
  }
}
