import { parseArgs, UsageError } from './args';
import { runExport } from './export';
import type { CliIo } from './io';
import { runLint } from './lint';
import { runTimeline } from './timeline';

export const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
  export FILE [--mode native|legacy] [--target X.Y] [--role NAME=sidecar]...
      Import FILE and write the YAML Sidecar Studio would export, all documents in order.
      Without --mode every container keeps the placement it was read with; --mode moves
      every sidecar to native (initContainers, restartPolicy: Always) or legacy placement.

  lint FILE... [--target X.Y] [--format text|json|sarif]
      Check every workload of the files against the sidecar rule catalogue.
      Exit code 0 when no error-severity finding, 1 when any.

  timeline FILE [--format text|json] [--scenario NAME [--container NAME]]
      The start and stop sequence of each workload, whether a Job can complete, and the
      STATUS and READY columns kubectl get pod would print at every event. Scenarios: start,
      delete, main-exits, sidecar-crash, init-fails, probe-fails (the last three act on
      --container, or the first that fits); the default is a Job's natural end, else a deletion.

Design context comes from the sidecar.studio/design annotation, or from header comments
(# @target 1.31, # @kind Job, # @role NAME=sidecar, # @purpose NAME=proxy, # @link A -> B:PORT).

Exit codes: 0 done, 2 unreadable input or a mistake in the command.
`;

/** Runs the command line with the given arguments; returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'export':
        return runExport(args, io);
      case 'lint':
        return runLint(args, io);
      case 'timeline':
        return runTimeline(args, io);
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
