import { parseArgs, UsageError } from './args';
import { runExport } from './export';
import type { CliIo } from './io';

export const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
  export FILE [--mode native|legacy] [--target X.Y] [--role NAME=sidecar]...
      Import FILE and write the YAML Sidecar Studio would export, all documents in order.
      Without --mode every container keeps the placement it was read with; --mode moves
      every sidecar to native (initContainers, restartPolicy: Always) or legacy placement.

Exit codes: 0 done, 2 unreadable input or a mistake in the command.
`;

/** Runs the command line with the given arguments; returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'export':
        return runExport(args, io);
      case 'help':
      case '--help':
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(`Unknown command "${args.command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
