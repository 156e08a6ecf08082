import { readFileSync } from 'node:fs';
import { runCli } from './run';

const code = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
});
process.exitCode = code;
