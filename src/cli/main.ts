import { nodeIo } from './nodeIo';
import { runCli } from './run';

/**
 * The working folder. `npm run cli` in a clone runs from the repository root, so there the
 * folder the person typed the command in (INIT_CWD) is the one meant.
 */
function workingFolder(): string {
  const viaRepositoryScript =
    process.env.npm_lifecycle_event === 'cli' && process.env.npm_package_name === 'sidecar-studio';
  return (viaRepositoryScript && process.env.INIT_CWD) || process.cwd();
}

process.exitCode = runCli(process.argv.slice(2), nodeIo(workingFolder()));
