/**
 * YARN NodeManager container metrics as Hadoop's metrics2 FileSink writes them
 * (hadoop-common …/metrics2/sink/FileSink.java putMetrics: `<timestamp ms> <context>.<record>: tag=value, …,
 * metric=value, …`), for the records of hadoop-yarn-server-nodemanager …/containermanager/monitor/ContainerMetrics.java:
 * record `ContainerResource_<container id>`, tags `ContainerResource` (the id) and `ContainerPid`, the MutableStat
 * `pMemUsageMBs` (`PMemUsageMBsAvgMBs`, …) and the gauge `pMemLimitMBs` (MiB). Enabled with
 * `nodemanager.sink.file.filename=…` in hadoop-metrics2.properties and `yarn.nodemanager.container-metrics.enable`.
 * Other records (the NodeManager's own, jvm.*) are listed once each as not read.
 */
import { classifyMetric } from './metricNames';
import { ArtefactError, type ObservedMetrics, type Unread } from './observedSeries';
import { assemble, type MatchOptions, type RawSeries } from './processMatch';

const LINE = /^(\d{10,13})\s+([\w.-]+?)\.([\w.-]+):\s*(.*)$/;

export function readYarnMetrics2(text: string, fileName: string, options: MatchOptions = {}): ObservedMetrics {
  const unread: Unread[] = [];
  const series = new Map<string, RawSeries & { scale: number }>();
  const otherRecords = new Map<string, number>();
  const otherFields = new Map<string, { line: number; reason: string }>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const m = LINE.exec(raw.trim());
    if (!m)
      throw new ArtefactError(
        fileName,
        line,
        '',
        `'${raw.slice(0, 80)}' is not a metrics2 FileSink line (<ms> <context>.<record>: k=v, …)`,
      );
    const record = m[3] as string;
    if (!record.startsWith('ContainerResource_')) {
      if (!otherRecords.has(record)) otherRecords.set(record, line);
      return;
    }
    const t = Number(m[1]);
    const fields = new Map(
      (m[4] as string).split(', ').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)] as const),
    );
    const container = fields.get('ContainerResource') ?? record.slice('ContainerResource_'.length);
    for (const [key, text] of fields) {
      const c = classifyMetric(key);
      if (!c.ok || c.scope !== 'container') {
        if (!['ContainerResource', 'Context', 'Hostname', 'ContainerPid'].includes(key) && !otherFields.has(key))
          otherFields.set(key, { line, reason: c.ok ? 'not a container metric' : c.reason });
        continue;
      }
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value)) throw new ArtefactError(fileName, line, key, `'${text}' is not a number`);
      const id = `${container} ${key}`;
      const s = series.get(id) ?? {
        name: `${record}.${key}`,
        source: container,
        scope: c.scope,
        metric: c.metric,
        unit: c.unit,
        scale: c.scale,
        t: [],
        values: [],
      };
      s.t.push(t);
      s.values.push(Math.round(value * c.scale));
      series.set(id, s);
    }
  });
  for (const [record, line] of otherRecords)
    unread.push({ where: `line ${line}, record ${record}`, reason: 'not a container record (ContainerResource_…)' });
  for (const [key, f] of otherFields) unread.push({ where: `line ${f.line}, ${key}`, reason: f.reason });
  const notes = ["YARN's pmem is sampled every yarn.nodemanager.container-monitor.interval-ms (3 s) and reported in whole MiB"];
  return assemble({ fileName, format: 'yarn-metrics2', absolute: true, raws: [...series.values()], unread, notes }, options);
}
