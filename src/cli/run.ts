import { parseArgs, UsageError } from './args';
import { ConfigError } from './config';
import { runExport } from './export';
import type { CliIo } from './io';
import { runLint } from './lint';
import { runTimeline } from './timeline';

export const USAGE = `Usage: sidecar-studio <command> [options]
       (in a clone of the repository: npm run --silent cli -- <command> [options])

Commands:
  lint FILE... [--target X.Y] [--format text|json|sarif|github] [--config PATH]
               [--fail-on error|warning|info|never] [--max-severity none|info|warning|error]
               [--skip-templates]
      Check every workload of the files against the sidecar rule catalogue. FILE may be a
      folder (its *.yaml, *.yml and *.json files, recursively; Helm templates found there are
      skipped with the reason) or - for standard input. Files without a kind: key hold no
      Kubernetes object and are passed over. --skip-templates skips named templates too.
      Exit code 0 when no finding fails the run (by default: none of error severity), 1 when
      one does.

  export FILE [--mode native|legacy] [--target X.Y] [--role NAME=sidecar]...
      Import FILE (or -) and write the YAML Sidecar Studio would export, all documents in
      order. Without --mode every container keeps the placement it was read with; --mode
      moves every sidecar to native (initContainers, restartPolicy: Always) or legacy placement.

  timeline FILE [--format text|json] [--scenario NAME [--container NAME]]
      The start and stop sequence of each workload, whether a Job can complete, and the
      STATUS and READY columns kubectl get pod would print at every event. Scenarios: start,
      delete, main-exits, sidecar-crash, init-fails, probe-fails (the last three act on
      --container, or the first that fits); the default is a Job's natural end, else a deletion.
      FILE may be a folder (read as lint reads one) or - for standard input.

Options:
  --help, -h       this text
  --version, -v    the version of the command

Design context comes from the sidecar.studio/design annotation, or from header comments
(# @target 1.31, # @kind Job, # @role NAME=sidecar, # @purpose NAME=proxy, # @link A -> B:PORT).

Configuration: .sidecar-studio.yaml, found from the working folder upward (or --config PATH):
  target: "1.31"                 # the version checked against; --target wins
  failOn: warning                # what fails lint: error (default), warning, info or never
  rules:
    res/effective-requests: off  # a rule turned off, or set to error, warning or info
  ignore: [charts/**, test/]     # paths lint leaves out, relative to this file
The annotation sidecar.studio/ignore: "rule-id,rule-id" silences rules for one workload.

Exit codes: 0 done, 1 lint found what fails the run, 2 unreadable input or a mistake in the
command or the configuration.
`;

/** Runs the command line with the given arguments; returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    if (args.help || args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.version) {
      io.out(`${io.version ?? 'unknown'}\n`);
      return 0;
    }
    switch (args.command) {
      case 'export':
        return runExport(args, io);
      case 'lint':
        return runLint(args, io);
      case 'timeline':
        return runTimeline(args, io);
      default:
        throw new UsageError(`Unknown command "${args.command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
