/** The metrics CSV (CLI `--metrics`, the sandbox's export): `timeMs,process,` then one column per Flink metric name. */
export function csvHeader(metricNames: readonly string[]): string {
  return `timeMs,process,${metricNames.join(',')}\n`;
}

export function csvRow(atMs: number, process: string, values: ArrayLike<number>): string {
  let line = `${atMs},${process}`;
  for (let i = 0; i < values.length; i++) line += `,${values[i]}`;
  return `${line}\n`;
}
