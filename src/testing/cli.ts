import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from '../cli/io';
import { nodeIo } from '../cli/nodeIo';
import { runCli } from '../cli/run';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the command line as it runs on this machine, in the folder `cwd`, with what it prints
 * captured; `stdin` is what standard input holds.
 */
export function runInFolder(cwd: string, argv: readonly string[], stdin?: string): CliRun {
  let out = '';
  let err = '';
  const io: CliIo = {
    ...nodeIo(cwd),
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  };
  if (stdin !== undefined) {
    const readFile = io.readFile;
    io.readFile = (path) => (path === '-' ? stdin : readFile(path));
  }
  const code = runCli(argv, io);
  return { code, out, err };
}

/** A new temporary folder holding the given files (relative path → text). */
export function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sidecar-studio-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
