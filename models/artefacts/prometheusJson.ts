/**
 * Prometheus' HTTP API answers saved as files (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * `/api/v1/query_range` → `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[1733300000.123,"123"],…]}]}}`,
 * `/api/v1/query` → `"resultType":"vector"` with one `"value":[t,"v"]` per series (or `"matrix"` for a range selector such as
 * `foo[5m]`), `"scalar"` and `"string"` (no series: refused). Sample values are strings: a float, `NaN`, `+Inf` or `-Inf`.
 * Several answers may be saved as a JSON array of them (e.g. one per query), and bare `result` arrays are read too.
 */
import { classifyMetric, notAProcessContainer, sourceIdOf } from './metricNames';
import { ArtefactError, type ObservedMetrics, type Unread } from './observedSeries';
import { assemble, type MatchOptions, type RawSeries } from './processMatch';

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The 1-based line of a JSON text where the n-th occurrence of a result's `"metric"` key starts (for messages). */
function metricLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (let at = text.indexOf('"metric"'); at >= 0; at = text.indexOf('"metric"', at + 1)) {
    for (let i = text.indexOf('\n', from); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      from = i + 1;
    }
    lines.push(line);
  }
  return lines;
}

/** The `result` arrays of one answer, an array of answers, or a bare result array. */
function resultsOf(doc: Json, fileName: string): Json[] {
  if (Array.isArray(doc)) return doc.flatMap((d) => (isObject(d) && ('data' in d || 'status' in d) ? resultsOf(d, fileName) : [d]));
  if (!isObject(doc)) throw new ArtefactError(fileName, 1, '', 'is not a Prometheus API answer (an object with "data")');
  if (doc.status === 'error')
    throw new ArtefactError(fileName, 1, 'status', `the query failed: ${String(doc.errorType)}: ${String(doc.error)}`);
  const data = doc.data;
  if (!isObject(data)) throw new ArtefactError(fileName, 1, 'data', 'is missing: not a Prometheus API answer');
  if (data.resultType === 'scalar' || data.resultType === 'string')
    throw new ArtefactError(fileName, 1, 'data.resultType', `'${data.resultType}' holds no series (query a metric, not an expression)`);
  if (data.resultType !== 'matrix' && data.resultType !== 'vector')
    throw new ArtefactError(fileName, 1, 'data.resultType', `'${String(data.resultType)}' is not matrix or vector`);
  if (!Array.isArray(data.result)) throw new ArtefactError(fileName, 1, 'data.result', 'is not a list');
  return data.result;
}

function sampleOf(pair: Json, where: string, fileName: string, line: number): { t: number; v: number | string } {
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'number' || typeof pair[1] !== 'string')
    throw new ArtefactError(fileName, line, where, `${JSON.stringify(pair)?.slice(0, 60)} is not a [time, "value"] pair`);
  const v = Number(pair[1]);
  // Prometheus' float text: NaN and ±Inf are samples without a number (a staleness marker, a division by zero).
  return { t: Math.round(pair[0] * 1000), v: Number.isFinite(v) && pair[1].trim() !== '' ? v : pair[1] };
}

/** One result entry → a raw series, or a reason it is not read. */
function seriesOf(entry: Json, index: number, line: number, fileName: string, unread: Unread[]): RawSeries | undefined {
  const where = `data.result[${index}]`;
  if (!isObject(entry) || !isObject(entry.metric)) throw new ArtefactError(fileName, line, where, 'has no "metric" object');
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(entry.metric)) labels[k] = String(v);
  const base = labels.__name__ ?? '';
  delete labels.__name__;
  const name = `${base}{${Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(', ')}}`;
  const c = classifyMetric(base, labels);
  const skip = !c.ok ? c.reason : c.scope === 'container' ? notAProcessContainer(labels) : undefined;
  if (base === '' && !c.ok) {
    unread.push({
      where: `line ${line}, ${where} ${name}`,
      reason: 'no __name__ (an expression such as rate(…) drops it): query the metric itself',
    });
    return undefined;
  }
  if (skip || !c.ok) {
    unread.push({ where: `line ${line}, ${where} ${name}`, reason: skip ?? 'not read' });
    return undefined;
  }
  const pairs = Array.isArray(entry.values) ? entry.values : entry.value !== undefined ? [entry.value] : undefined;
  if (!pairs) throw new ArtefactError(fileName, line, where, 'has neither "values" (matrix) nor "value" (vector)');
  const raw: RawSeries = { name, source: sourceIdOf(labels), scope: c.scope, metric: c.metric, unit: c.unit, t: [], values: [] };
  let notNumbers = 0;
  pairs.forEach((pair, k) => {
    const s = sampleOf(pair, `${where}.values[${k}]`, fileName, line);
    if (typeof s.v === 'string') notNumbers++;
    else {
      raw.t.push(s.t);
      raw.values.push(c.unit === 'bytes' ? Math.round(s.v * c.scale) : s.v * c.scale);
    }
  });
  if (notNumbers > 0) unread.push({ where: `line ${line}, ${where} ${name}`, reason: `${notNumbers} samples are NaN or ±Inf` });
  return raw;
}

/** A Prometheus API answer (or several) as observed series. */
export function readPrometheusJson(text: string, fileName: string, options: MatchOptions = {}): ObservedMetrics {
  let doc: Json;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ArtefactError(fileName, 0, '', `is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const results = resultsOf(doc, fileName);
  const lines = metricLines(text);
  const unread: Unread[] = [];
  const raws: RawSeries[] = [];
  results.forEach((entry, i) => {
    const raw = seriesOf(entry, i, lines[i] ?? 1, fileName, unread);
    if (raw) raws.push(raw);
  });
  return assemble({ fileName, format: 'prometheus-json', absolute: true, raws, unread, notes: [] }, options);
}
