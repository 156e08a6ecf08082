import { dirname, join, resolve } from 'node:path';
import { ruleById } from '../lint/registry';
import type { Severity } from '../lint/types';
import { readYamlDocuments } from '../manifest/yaml/read';
import { isKubernetesVersion } from '../model/ops/target';
import type { KubernetesVersion } from '../model/types';
import type { FailOn } from './args';
import { compilePattern, type PathPattern } from './glob';
import type { CliIo } from './io';

export const CONFIG_FILE = '.sidecar-studio.yaml';

/** A configuration file that cannot be used: exit code 2, without the usage. */
export class ConfigError extends Error {}

/** What a `.sidecar-studio.yaml` sets; everything is optional. */
export interface CliConfig {
  /** The file it was read from, if any. */
  path?: string;
  /** The folder `ignore` patterns are relative to. */
  folder: string;
  target?: KubernetesVersion;
  failOn?: FailOn;
  /** Rules turned off or given another severity, by rule id. */
  rules: Record<string, Severity | 'off'>;
  ignore: PathPattern[];
}

const KEYS = ['target', 'failOn', 'rules', 'ignore'];
const RULE_SETTINGS = ['off', 'error', 'warning', 'info'];
const FAIL_ON = ['error', 'warning', 'info', 'never'];

/**
 * The configuration for a run: the `--config` file, else the first `.sidecar-studio.yaml` found
 * from the working folder upward, else none (an empty configuration).
 */
export function loadConfig(explicit: string | undefined, io: CliIo): CliConfig {
  const cwd = io.cwd ?? '.';
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    let text: string;
    try {
      text = io.readFile(path);
    } catch (error) {
      throw new ConfigError(`${explicit}: cannot be read (${messageOf(error)})`);
    }
    return parseConfig(text, explicit, dirname(path));
  }
  if (io.cwd === undefined) return { folder: cwd, rules: {}, ignore: [] };
  for (let dir = resolve(io.cwd); ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE);
    const text = readIfPresent(path, io);
    if (text !== undefined) return parseConfig(text, path, dir);
    if (dirname(dir) === dir) return { folder: io.cwd, rules: {}, ignore: [] };
  }
}

function readIfPresent(path: string, io: CliIo): string | undefined {
  try {
    return io.readFile(path);
  } catch {
    return undefined;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads the text of a configuration file; `path` names it in messages. */
export function parseConfig(text: string, path: string, folder: string): CliConfig {
  const fail = (message: string): never => {
    throw new ConfigError(`${path}: ${message}`);
  };
  let value: unknown;
  try {
    value = readYamlDocuments(text)[0] ?? {};
  } catch (error) {
    fail(`not readable as YAML (${messageOf(error).split('\n')[0]})`);
  }
  if (value === null) value = {};
  if (typeof value !== 'object' || Array.isArray(value)) fail('must be a mapping of settings.');
  const settings = value as Record<string, unknown>;
  const config: CliConfig = { path, folder, rules: {}, ignore: [] };
  for (const key of Object.keys(settings)) {
    if (!KEYS.includes(key)) fail(`unknown setting "${key}"; the settings are ${KEYS.join(', ')}.`);
  }
  const { target, failOn, rules, ignore } = settings;
  if (target !== undefined) {
    if (typeof target === 'number') {
      fail(`write the target in quotes, e.g. target: "1.30" (YAML reads ${target} as a number).`);
    }
    if (typeof target !== 'string' || !isKubernetesVersion(target)) {
      fail(`target is a Kubernetes version such as "1.31", not ${JSON.stringify(target)}.`);
    }
    config.target = target as KubernetesVersion;
  }
  if (failOn !== undefined) {
    if (typeof failOn !== 'string' || !FAIL_ON.includes(failOn)) {
      fail(`failOn is ${FAIL_ON.join(', ')}, not ${JSON.stringify(failOn)}.`);
    }
    config.failOn = failOn as FailOn;
  }
  if (rules !== undefined && rules !== null) {
    if (typeof rules !== 'object' || Array.isArray(rules)) {
      fail('rules is a mapping from rule id to off, error, warning or info.');
    }
    for (const [id, raw] of Object.entries(rules as Record<string, unknown>)) {
      // YAML 1.1 habits: `off` and `false` both mean the rule is off.
      const setting = raw === false ? 'off' : raw;
      if (!ruleById(id)) fail(`rules: there is no rule "${id}".`);
      if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting)) {
        fail(`rules: ${id} is off, error, warning or info, not ${JSON.stringify(raw)}.`);
      }
      config.rules[id] = setting as Severity | 'off';
    }
  }
  if (ignore !== undefined && ignore !== null) {
    const list = Array.isArray(ignore) ? ignore : [ignore];
    for (const pattern of list) {
      if (typeof pattern !== 'string' || pattern.trim() === '') {
        fail('ignore is a list of paths or patterns such as charts/** or test/fixtures/.');
      }
      config.ignore.push(compilePattern(pattern as string));
    }
  }
  return config;
}
