/** `--events-file events.jsonl`: every event of the run, one JSON object a line, streamed as emitted (the run keeps only some). */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { TraceEvent, TraceSink } from '../../models/engine/trace';

export class EventsFileWriter implements TraceSink {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  sample(): void {}

  event(event: TraceEvent): void {
    const line = `${JSON.stringify(event)}\n`;
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
