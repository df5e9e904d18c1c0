/** A file written in large chunks: the CLI's trace sinks (`--metrics`, `--events-file`) stream through it. */
import { closeSync, openSync, writeSync } from 'node:fs';

/** What is buffered before a write: large enough that a year of samples costs few system calls. */
const CHUNK_CHARS = 1 << 20;

export class BufferedFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  /** Opens (and truncates) `path` at once, so that a path that cannot be written fails before the run. */
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > CHUNK_CHARS) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}
