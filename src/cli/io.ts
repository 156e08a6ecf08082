/** Where the command line writes; tests pass their own to read what it printed. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

export interface CliResult {
  code: number;
}
