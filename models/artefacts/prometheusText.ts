/**
 * Prometheus' text exposition format, as Flink's PrometheusReporter serves it on `/metrics` and as `curl` saves it
 * (https://prometheus.io/docs/instrumenting/exposition_formats/): `# HELP`/`# TYPE` lines, then
 * `name{label="value",…} value [timestamp ms]`. Several scrapes may follow each other in one file when each starts
 * with a comment `# scrape <epoch s|ms or ISO 8601>` (what `while sleep 10; do echo "# scrape $(date -Is)"; curl …; done`
 * writes); a file of one scrape without timestamps is one sample per series at 0.
 */
import { classifyMetric, notAProcessContainer, sourceIdOf, splitSeriesName } from './metricNames';
import { ArtefactError, type ObservedMetrics, type Unread } from './observedSeries';
import { parseAbsoluteTime } from './observedTimes';
import { assemble, type MatchOptions, type RawSeries } from './processMatch';

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{.*\})?)\s+(\S+)(?:\s+(-?\d+))?\s*$/;

/** Prometheus' float text (Go's ParseFloat: `1.2E8`, `NaN`, `+Inf`). */
function floatOf(text: string): number | undefined {
  if (/^[+-]?Inf$/.test(text) || text === 'NaN') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && text !== '' ? n : Number.NaN;
}

export function readPrometheusText(text: string, fileName: string, options: MatchOptions = {}): ObservedMetrics {
  const unread: Unread[] = [];
  const bySeries = new Map<string, RawSeries & { scale: number }>();
  const skipped = new Map<string, { reason: string; line: number }>();
  let scrapeMs: number | undefined;
  let absolute = false;
  let untimedLine = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const scrape = /^#\s*scrape\s+(\S+)/.exec(trimmed);
    if (scrape) {
      const t = parseAbsoluteTime(scrape[1] as string);
      if (!t) throw new ArtefactError(fileName, line, 'scrape', `'${scrape[1]}' is not epoch seconds, epoch ms or an ISO 8601 date`);
      scrapeMs = t.epochMs;
      absolute = true;
      return;
    }
    if (trimmed.startsWith('#')) return;
    const m = SAMPLE.exec(trimmed);
    if (!m) throw new ArtefactError(fileName, line, '', `'${trimmed.slice(0, 80)}' is not a sample line (name{labels} value [timestamp])`);
    const parsed = splitSeriesName(m[1] as string);
    if (!parsed) throw new ArtefactError(fileName, line, m[1] as string, 'a malformed label set');
    const key = m[1] as string;
    if (skipped.has(key)) return;
    const c = classifyMetric(parsed.base, parsed.labels);
    const reason = !c.ok ? c.reason : c.scope === 'container' ? notAProcessContainer(parsed.labels) : undefined;
    if (!c.ok || reason) {
      skipped.set(key, { reason: reason ?? 'not read', line });
      return;
    }
    const value = floatOf(m[2] as string);
    if (Number.isNaN(value)) throw new ArtefactError(fileName, line, key, `'${m[2]}' is not a number`);
    if (value === undefined) return void unread.push({ where: `line ${line} ${key}`, reason: `'${m[2]}' is no sample (NaN or ±Inf)` });
    if (m[3] !== undefined) absolute = true;
    else if (scrapeMs === undefined && untimedLine === 0) untimedLine = line;
    const t = m[3] !== undefined ? Number(m[3]) : (scrapeMs ?? 0);
    const s = bySeries.get(key) ?? {
      name: key,
      source: sourceIdOf(parsed.labels),
      scope: c.scope,
      metric: c.metric,
      unit: c.unit,
      scale: c.scale,
      t: [],
      values: [],
    };
    s.t.push(t);
    s.values.push(c.unit === 'bytes' ? Math.round(value * c.scale) : value * c.scale);
    bySeries.set(key, s);
  });
  if (absolute && untimedLine > 0)
    throw new ArtefactError(
      fileName,
      untimedLine,
      '',
      'a sample without a time among timed ones (give each scrape a `# scrape <time>` line)',
    );
  // One line per family is enough to say why it was not read: a scrape repeats every series.
  const families = new Map<string, { reason: string; line: number; count: number }>();
  for (const [key, s] of skipped) {
    const family = key.replace(/\{.*$/, '');
    const f = families.get(family) ?? { ...s, count: 0 };
    f.count++;
    families.set(family, f);
  }
  for (const [family, f] of families) unread.push({ where: `line ${f.line} ${family} (${f.count} series)`, reason: f.reason });
  const notes = absolute ? [] : ['one scrape without timestamps: every sample is at 0'];
  return assemble({ fileName, format: 'prometheus-text', absolute, raws: [...bySeries.values()], unread, notes }, options);
}
