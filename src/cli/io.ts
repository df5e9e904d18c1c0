/** Where the CLI writes; swapped for buffers in tests so commands run in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** Writes a whole file (`--out`); absent where a command never writes one. */
  writeFile?(path: string, text: string): void;
}

/** For commands that simulate: a wall clock for "simulated in N ms" and an optional progress bar. */
export interface SimulationIo extends CliIo {
  /** Wall clock in ms (the CLI's, never the model's). */
  now(): number;
  /** A progress line on a terminal, or undefined when stderr is not one. */
  progress?: (fraction: number) => void;
  /** A progress line on stderr whether or not it is a terminal (`--progress`). */
  progressAlways?: (fraction: number) => void;
  /** True once the user asked the run to stop (Ctrl-C): the command reports what ran so far. */
  shouldStop?: () => boolean;
  /** Gives the event loop a turn between simulated hours (so that a Ctrl-C handler can run); absent in tests. */
  pause?: () => Promise<void>;
}

export class UsageError extends Error {}
