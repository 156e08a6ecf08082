import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from './run';

// npm runs scripts from the package root; INIT_CWD is where the person typed the command.
const callerDir = process.env.INIT_CWD ?? process.cwd();

const code = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(resolve(callerDir, path), 'utf8'),
});
process.exitCode = code;
