/** `--metrics out.csv`: `timeMs,process,` then one column per Flink metric name, streamed in large chunks. */
import { csvHeader, csvRow } from '../../models/engine/metricsCsv';
import type { TraceEvent, TraceSink } from '../../models/engine/trace';
import { BufferedFile } from './bufferedFile';

export class CsvMetricsWriter implements TraceSink {
  private readonly file: BufferedFile;

  constructor(path: string, metricNames: readonly string[]) {
    this.file = new BufferedFile(path);
    this.file.write(csvHeader(metricNames));
  }

  sample(atMs: number, process: string, values: ArrayLike<number>): void {
    this.file.write(csvRow(atMs, process, values));
  }

  event(_event: TraceEvent): void {}

  close(): void {
    this.file.close();
  }
}
