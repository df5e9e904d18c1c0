/**
 * Which reader an artefact goes to: its content decides, its name only breaks a tie (a file without any telling line).
 * The patterns are the first lines each format prints: Flink's log4j layout with org.apache.flink loggers
 * (flink-dist/src/main/flink-bin/conf/log4j.properties), the JVM's unified (-Xlog:gc) and JDK 8 GC lines, the metric
 * exports models/artefacts/metricsExport.ts detects, Kubernetes objects and kubectl tables, YARN's NodeManager lines,
 * and a Flink configuration file's `key: value` lines.
 */
import { metricsFormatOf } from '../artefacts/metricsExport';
import type { ArtefactKind } from './types';

export type { ArtefactKind } from './types';

export function classifyArtefact(fileName: string, text: string): ArtefactKind {
  return classifyByContent(text.slice(0, 200_000)) ?? classifyByName(fileName);
}

const GC_LINE =
  /^(\[[^\]]*\])*\[(info|debug|trace)?\]?\[?gc[\],]|^\[[\d.]+s\]\[info\]\[gc|^(\S+: )?\d+\.\d+: \[(GC|Full GC)\b|\[(GC|Full GC) \(/m;
const FLINK_LOGGER = /\s(org\.apache\.flink\.[\w.$]+|o\.a\.f\.[\w.$]+)\s+(\[[^\]]*\]\s+)?-\s/;
const FLINK_PROCESS_LINES =
  /Starting (TaskManager|TaskExecutor|StandaloneSessionClusterEntrypoint|\w+ClusterEntrypoint|\w+TaskExecutorRunner)|Final (TaskExecutor|Master) Memory configuration|Loading configuration property|switched from \w+ to \w+/;
const YARN_KILL =
  /ContainersMonitorImpl|is running (\d+\w?B )?beyond the '(PHYSICAL|VIRTUAL)' memory limit|is running beyond (physical|virtual) memory/;
const RM_KILL = /is completed with diagnostics|Worker \S+ is terminated|Container released on a \*lost\* node/;
const K8S_EVENTS = /^\s*(kind:\s*(Pod|PodList|Event|EventList|List)\b|"kind":\s*"(Pod|PodList|Event|EventList|List)")/m;
const K8S_MANIFEST =
  /^\s*(kind:\s*(FlinkDeployment|Deployment|StatefulSet|ConfigMap|FlinkSessionJob)\b|"kind":\s*"(FlinkDeployment|Deployment|ConfigMap)")/m;
const KUBECTL = /^(Name:\s|LAST SEEN\b|NAMESPACE\s+LAST SEEN|(NAMESPACE\s+)?NAME\s+READY\s+STATUS\s+RESTARTS)/m;
const CONFIG_LINE =
  /^\s*(taskmanager|jobmanager|state|execution|restart-strategy|env|kubernetes|yarn|high-availability|metrics|rest|parallelism)[\w.-]*\s*:/m;

function classifyByContent(text: string): ArtefactKind | undefined {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return undefined;
  if (K8S_MANIFEST.test(body)) return 'kubernetes';
  if (K8S_EVENTS.test(body) || KUBECTL.test(body.trimStart().split(/\r?\n/, 1)[0] ?? '')) return 'cluster-events';
  if (GC_LINE.test(body)) return 'gc-log';
  const flinkLines = body.split(/\r?\n/, 400).filter((l) => FLINK_LOGGER.test(l));
  if (flinkLines.length > 0 && FLINK_PROCESS_LINES.test(body)) return 'flink-log';
  if (YARN_KILL.test(body) || RM_KILL.test(body)) return 'cluster-events';
  if (flinkLines.length > 0 || /^(RESOURCE_PARAMS extraction logs:|jvm_params: |dynamic_configs: )/m.test(body)) return 'flink-log';
  const format = metricsFormatOf(body);
  if (format !== 'csv') return format === 'prometheus-json' && !/"resultType"|"result"/.test(body) ? undefined : 'metrics';
  if (CONFIG_LINE.test(body) && !/^\d{4}-\d\d-\d\d/m.test(body)) return 'flink-config';
  // Grafana's "Download for Excel" starts with a `sep=;` line before the header
  const header =
    body
      .trimStart()
      .replace(/^sep=.\r?\n/, '')
      .split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(header) && /time|flink_|container_|Status\.JVM|process/i.test(header)) return 'metrics';
  return undefined;
}

function classifyByName(fileName: string): ArtefactKind {
  const name = (fileName.split(/[\\/]/).pop() ?? fileName).toLowerCase();
  if (/gc.*\.(log|txt|current)|\.gc$/.test(name)) return 'gc-log';
  if (/(taskmanager|jobmanager|taskexecutor|standalonesession).*\.(log|out)/.test(name)) return 'flink-log';
  if (/\.(csv|prom|json)$/.test(name)) return 'metrics';
  if (/^(flink-conf|config)\.ya?ml$/.test(name)) return 'flink-config';
  return 'unknown';
}
