/** `--metrics out.csv`: `timeMs,process,` then one column per Flink metric name, streamed in large chunks. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvHeader, csvRow } from '../../models/engine/metricsCsv';
import type { TraceEvent, TraceSink } from '../../models/engine/trace';

export class CsvMetricsWriter implements TraceSink {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  constructor(path: string, metricNames: readonly string[]) {
    this.fd = openSync(path, 'w');
    this.write(csvHeader(metricNames));
  }

  sample(atMs: number, process: string, values: ArrayLike<number>): void {
    this.write(csvRow(atMs, process, values));
  }

  event(_event: TraceEvent): void {}

  private write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
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
