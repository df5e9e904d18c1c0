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

interface TextState {
  readonly fileName: string;
  readonly unread: Unread[];
  readonly bySeries: Map<string, RawSeries & { scale: number }>;
  readonly skipped: Map<string, { reason: string; line: number }>;
  scrapeMs: number | undefined;
  absolute: boolean;
  untimedLine: number;
}

/** One sample line: into its series, or into the skipped families, or an error naming line and series. */
function readSample(st: TextState, trimmed: string, line: number): void {
  const m = SAMPLE.exec(trimmed);
  if (!m) throw new ArtefactError(st.fileName, line, '', `'${trimmed.slice(0, 80)}' is not a sample line (name{labels} value [timestamp])`);
  const key = m[1] as string;
  const parsed = splitSeriesName(key);
  if (!parsed) throw new ArtefactError(st.fileName, line, key, 'a malformed label set');
  if (st.skipped.has(key)) return;
  const c = classifyMetric(parsed.base, parsed.labels);
  const reason = !c.ok ? c.reason : c.scope === 'container' ? notAProcessContainer(parsed.labels) : undefined;
  if (!c.ok || reason) {
    st.skipped.set(key, { reason: reason ?? 'not read', line });
    return;
  }
  const value = floatOf(m[2] as string);
  if (Number.isNaN(value)) throw new ArtefactError(st.fileName, line, key, `'${m[2]}' is not a number`);
  if (value === undefined) return void st.unread.push({ where: `line ${line} ${key}`, reason: `'${m[2]}' is no sample (NaN or ±Inf)` });
  if (m[3] !== undefined) st.absolute = true;
  else if (st.scrapeMs === undefined && st.untimedLine === 0) st.untimedLine = line;
  const s = st.bySeries.get(key) ?? { name: key, source: sourceIdOf(parsed.labels), ...c, t: [], values: [] };
  s.t.push(m[3] !== undefined ? Number(m[3]) : (st.scrapeMs ?? 0));
  s.values.push(c.unit === 'bytes' ? Math.round(value * c.scale) : value * c.scale);
  st.bySeries.set(key, s);
}

/** One unread entry per family: a scrape repeats every series, and one line says why the family was not read. */
function skippedFamilies(skipped: ReadonlyMap<string, { reason: string; line: number }>): Unread[] {
  const families = new Map<string, { reason: string; line: number; count: number }>();
  for (const [key, s] of skipped) {
    const family = key.replace(/\{.*$/, '');
    const f = families.get(family) ?? { ...s, count: 0 };
    f.count++;
    families.set(family, f);
  }
  return [...families].map(([family, f]) => ({ where: `line ${f.line} ${family} (${f.count} series)`, reason: f.reason }));
}

export function readPrometheusText(text: string, fileName: string, options: MatchOptions = {}): ObservedMetrics {
  const st: TextState = {
    fileName,
    unread: [],
    bySeries: new Map(),
    skipped: new Map(),
    scrapeMs: undefined,
    absolute: false,
    untimedLine: 0,
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    const scrape = /^#\s*scrape\s+(\S+)/.exec(trimmed);
    if (scrape) {
      const t = parseAbsoluteTime(scrape[1] as string);
      if (!t) throw new ArtefactError(fileName, line, 'scrape', `'${scrape[1]}' is not epoch seconds, epoch ms or an ISO 8601 date`);
      st.scrapeMs = t.epochMs;
      st.absolute = true;
    } else if (trimmed !== '' && !trimmed.startsWith('#')) readSample(st, trimmed, line);
  });
  if (st.absolute && st.untimedLine > 0)
    throw new ArtefactError(
      fileName,
      st.untimedLine,
      '',
      'a sample without a time among timed ones (give each scrape a `# scrape <time>` line)',
    );
  const unread = [...st.unread, ...skippedFamilies(st.skipped)];
  const notes = st.absolute ? [] : ['one scrape without timestamps: every sample is at 0'];
  return assemble({ fileName, format: 'prometheus-text', absolute: st.absolute, raws: [...st.bySeries.values()], unread, notes }, options);
}
