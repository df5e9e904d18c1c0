/**
 * One entry for every metrics export the product reads (issue 15): the format is told by the text itself —
 * a Prometheus API answer (JSON), a Prometheus scrape (text exposition), YARN's metrics2 FileSink lines, else a CSV
 * (Grafana's downloads, long or wide, and the sandbox's own). Each reader names what it did not read; a file that
 * cannot be read at all is an ArtefactError naming file, line, field and problem.
 */
import { type CsvOptions, readMetricsCsv } from './grafanaCsv';
import type { MetricsFormat, ObservedMetricSeries, ObservedMetrics } from './observedSeries';
import { readPrometheusJson } from './prometheusJson';
import { readPrometheusText } from './prometheusText';
import { readYarnMetrics2 } from './yarnMetrics2';

export type MetricsOptions = CsvOptions;

/** The format a text is in (by its first non-blank line). */
export function metricsFormatOf(text: string): MetricsFormat | 'csv' {
  const body = text.replace(/^\uFEFF/, '');
  const first =
    body
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (first.startsWith('{') || first.startsWith('[')) return 'prometheus-json';
  if (/^\d{10,13}\s+[\w.-]+\.[\w.-]+:\s/.test(first)) return 'yarn-metrics2';
  if (/^#\s*(HELP|TYPE|scrape)\b/.test(first) || /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})?\s+\S+(\s+-?\d+)?$/.test(first))
    return 'prometheus-text';
  return 'csv';
}

/** Reads a metrics export of any format above. */
export function readMetricsExport(text: string, fileName: string, options: MetricsOptions = {}): ObservedMetrics {
  switch (metricsFormatOf(text)) {
    case 'prometheus-json':
      return readPrometheusJson(text, fileName, options);
    case 'yarn-metrics2':
      return readYarnMetrics2(text, fileName, options);
    case 'prometheus-text':
      return readPrometheusText(text, fileName, options);
    default:
      return readMetricsCsv(text, fileName, options);
  }
}

export interface CounterRate {
  readonly process: string;
  readonly metric: ObservedMetricSeries['metric'];
  readonly name: string;
  /** The end of each interval (ms since the file's earliest sample). */
  readonly tMs: readonly number[];
  /** The counter's increase per second over each interval (GC time: ms of pauses per second; counts: per second). */
  readonly perSecond: readonly number[];
  /** Where the counter fell: its process restarted (a new JVM counts from 0). */
  readonly resetsAtMs: readonly number[];
}

/**
 * A counter (GC count or time, restarts) as a rate, as Prometheus' rate() takes it: a fall is a reset, after which
 * the new value is the increase since the restart. Samples at one time are one sample.
 */
export function counterRate(s: ObservedMetricSeries): CounterRate {
  const tMs: number[] = [];
  const perSecond: number[] = [];
  const resetsAtMs: number[] = [];
  for (let i = 1; i < s.tMs.length; i++) {
    const dt = (s.tMs[i] as number) - (s.tMs[i - 1] as number);
    if (dt <= 0) continue;
    const now = s.values[i] as number;
    const before = s.values[i - 1] as number;
    const reset = now < before;
    if (reset) resetsAtMs.push(s.tMs[i] as number);
    tMs.push(s.tMs[i] as number);
    perSecond.push(((reset ? now : now - before) * 1000) / dt);
  }
  return { process: s.process, metric: s.metric, name: s.name, tMs, perSecond, resetsAtMs };
}
