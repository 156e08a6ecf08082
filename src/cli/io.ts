/** Where the command line reads and writes; tests pass their own to read what it printed. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The text of a file; `-` is standard input (read once, then the same text again). */
  readFile(path: string): string;
  /**
   * The entries of a folder, or undefined when the path is not a folder. Without it, every
   * path given is read as a file.
   */
  readFolder?(path: string): string[] | undefined;
  /**
   * The working folder, absolute: relative paths are read from it and the configuration file
   * is looked for from it upward. Without it, no configuration file is looked for.
   */
  cwd?: string;
  /** The version of the installed command, for `--version` and reports. */
  version?: string;
}

export interface CliResult {
  code: number;
}

/** What standard input is called in reports. */
export const STDIN_NAME = '<stdin>';
