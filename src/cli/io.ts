/** Where the CLI writes; swapped for buffers in tests so commands run in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

export class UsageError extends Error {}
