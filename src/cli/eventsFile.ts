/** `--events-file events.jsonl`: every event of the run, one JSON object a line, streamed as emitted (the run keeps only some). */
import type { TraceEvent, TraceSink } from '../../models/engine/trace';
import { BufferedFile } from './bufferedFile';

export class EventsFileWriter implements TraceSink {
  private readonly file: BufferedFile;

  constructor(path: string) {
    this.file = new BufferedFile(path);
  }

  sample(): void {}

  event(event: TraceEvent): void {
    this.file.write(`${JSON.stringify(event)}\n`);
  }

  close(): void {
    this.file.close();
  }
}
