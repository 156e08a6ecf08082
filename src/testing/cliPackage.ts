import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

export interface PackedCli {
  /** The tarball `npm pack` wrote. */
  tarball: string;
  /** Its size in bytes. */
  size: number;
  /** An empty project with the tarball installed. */
  project: string;
  /** Every package the install put in node_modules, by name. */
  installed: string[];
}

/**
 * Builds the command-line package into `folder`, packs it, and installs the tarball into an
 * empty project there, as a person would (`npm install ./sidecar-studio-X.Y.Z.tgz`).
 */
export function packAndInstall(folder: string): PackedCli {
  const tarball = execFileSync(
    'node',
    ['cli/build.mjs', '--out', join(folder, 'package'), '--pack'],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
  const project = join(folder, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "project", "private": true }\n');
  execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund'], {
    cwd: project,
    stdio: 'pipe',
  });
  return { tarball, size: statSync(tarball).size, project, installed: installedPackages(project) };
}

function installedPackages(project: string): string[] {
  const modules = join(project, 'node_modules');
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`) : [name],
    );
}
