import type { Severity } from '../lint/types';
import type { DesignOverrides } from '../manifest/overrides';
import { CONTAINER_ROLES, type ContainerRole, type KubernetesVersion } from '../model/types';

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** The lowest severity that fails the run, or `never`. */
export type FailOn = Severity | 'never';

export interface ParsedArgs {
  /** Empty when only `--help` or `--version` was given. */
  command: string;
  /** Files, folders and `-` (standard input), as typed. */
  files: string[];
  overrides: DesignOverrides;
  format?: string;
  /** `--config PATH`: the configuration file to use instead of looking for one. */
  config?: string;
  failOn?: FailOn;
  /** `--skip-templates`: templates named on the command line are skipped, as found ones are. */
  skipTemplates?: boolean;
  /** `timeline --scenario NAME`. */
  scenario?: string;
  /** `timeline --container NAME`: the container the scenario acts on. */
  container?: string;
  help?: boolean;
  version?: boolean;
}

const TARGET = /^1\.\d{1,2}$/;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SWITCHES: Record<string, 'help' | 'version' | 'skipTemplates'> = {
  '--skip-templates': 'skipTemplates',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
};

/**
 * Reads `COMMAND FILE... [--option VALUE]...` (also `--option=VALUE`). `-` is a file: standard
 * input. `--help` and `--version` may stand alone.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: '', files: [], overrides: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const switched = SWITCHES[arg];
    if (switched) {
      parsed[switched] = true;
      continue;
    }
    const isOption = arg.startsWith('-') && arg !== '-';
    if (!isOption) {
      if (parsed.command === '') parsed.command = arg;
      else parsed.files.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg);
    if (!flag.startsWith('--')) throw new UsageError(`Unknown option ${flag}.`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value.`);
    applyFlag(parsed, flag, value);
  }
  if (parsed.command === '' && !parsed.help && !parsed.version) {
    throw new UsageError('No command given.');
  }
  return parsed;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function severity(flag: string, value: string, extra: string): Severity | typeof extra {
  if ((SEVERITIES as readonly string[]).includes(value) || value === extra) return value;
  throw new UsageError(`${flag} is error, warning, info or ${extra}, not "${value}".`);
}

/** `--max-severity S`: the most severe finding that still passes, as the least that fails. */
const FAIL_ABOVE: Record<string, FailOn> = {
  none: 'info',
  info: 'warning',
  warning: 'error',
  error: 'never',
};

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
    case '--config':
      parsed.config = value;
      return;
    case '--fail-on':
      parsed.failOn = severity(flag, value, 'never') as FailOn;
      return;
    case '--max-severity':
      parsed.failOn = FAIL_ABOVE[severity(flag, value, 'none')];
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
