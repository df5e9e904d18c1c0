/**
 * Which of Flink's readers a release applies to a file, and the hints around it: `${VAR}` templates
 * left unrendered, and files that hold no Flink key at all. The readers themselves follow Flink's
 * sources (legacyConfigReader.ts, standardConfigReader.ts).
 */
import type { ConfigEntry } from './configuration';
import { atLeast, formatFlinkVersion, parseFlinkVersion, type FlinkVersion } from './flinkVersion';
import { type FlinkLogLine, readLegacyConfig } from './legacyConfigReader';
import { readStandardConfig } from './standardConfigReader';

type FlinkConfigFileName = 'flink-conf.yaml' | 'config.yaml';

export interface FlinkReading {
  readonly entries: ConfigEntry[];
  readonly warnings: string[];
  readonly reader: FlinkConfigFileName;
  readonly flinkLog: readonly FlinkLogLine[];
  readonly notFlink: boolean;
  /** Flink's exception chain (`Class: message`) when the release would not read a file of this name at all. */
  readonly flinkRefusal?: string;
}

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() ?? fileName;

/**
 * Flink's refusal when the conf directory lacks the one file the release looks for (GlobalConfiguration
 * .loadConfiguration): `'<dir>/<name>' (<absolute dir>)` up to 1.12 (flink-core GlobalConfiguration.java:126-133 at
 * release-1.12.7), `'<dir>/<name>' (<absolute file>)` from 1.13 (:126-133 at release-1.13.0, :151-157 at release-1.20.0,
 * :139-145 at release-2.0.0). The directory is the user's file's own; a bare name stands for `.`.
 */
function missingFileRefusal(version: FlinkVersion, fileName: string, missing: FlinkConfigFileName): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const dir = slash < 0 ? '.' : fileName.slice(0, slash);
  const file = `${dir}/${missing}`;
  return `IllegalConfigurationException: The Flink config file '${file}' (${atLeast(version, 1, 13) ? file : dir}) does not exist.`;
}

interface ReaderChoice {
  readonly reader: FlinkConfigFileName;
  readonly warning?: string;
  /** Flink's exception chain (`Class: message`) when the release would not read this file at all. */
  readonly flinkRefusal?: string;
}

/**
 * The reader a release uses for a file of this name. ≤ 1.18 know only flink-conf.yaml; 1.19–1.20 read
 * flink-conf.yaml when present, else config.yaml (GlobalConfiguration.java:146-175 at release-1.20.0);
 * 2.x read only config.yaml (:138-152 at release-2.0.0). A file the release does not read makes Flink refuse to
 * start: the product still reads the text the user gave, with the reader the release applies once the file has the
 * name the warning asks for (so what is shown is what Flink gives after the rename), and the warning quotes Flink's
 * refusal word for word. A file of another name is read as the one file the release would look for.
 */
function chooseReader(version: FlinkVersion, fileName: string, text = ''): ReaderChoice {
  const name = baseName(fileName);
  const v = formatFlinkVersion(version);
  if (atLeast(version, 2, 0)) {
    if (name !== 'flink-conf.yaml') return { reader: 'config.yaml' };
    const flinkRefusal = missingFileRefusal(version, fileName, 'config.yaml');
    return {
      reader: 'config.yaml',
      flinkRefusal,
      warning: `${fileName}: Flink ${v} ignores flink-conf.yaml and reads only config.yaml; given this file alone it stops with "${flinkRefusal}" Rename the file to config.yaml (standard YAML: check quotes, '#' and nested keys, which that reader takes differently); read here as that config.yaml.`,
    };
  }
  if (atLeast(version, 1, 19)) {
    if (name === 'config.yaml' || name === 'flink-conf.yaml') return { reader: name };
    // A pasted text or another name: nested keys mean a config.yaml (the line parser would drop them), else flink-conf.yaml.
    const reader = /^[ \t]+[^\s#-][^:#]*:/m.test(text) ? 'config.yaml' : 'flink-conf.yaml';
    return {
      reader,
      warning: `${fileName}: read as ${reader}, as Flink ${v} reads ${reader === 'config.yaml' ? 'a config.yaml (standard YAML: it holds nested keys)' : 'a flink-conf.yaml (line by line: it holds no nested keys)'}.`,
    };
  }
  if (name !== 'config.yaml') return { reader: 'flink-conf.yaml' };
  const flinkRefusal = missingFileRefusal(version, fileName, 'flink-conf.yaml');
  return {
    reader: 'flink-conf.yaml',
    flinkRefusal,
    warning: `${fileName}: Flink ${v} reads only flink-conf.yaml (config.yaml came with 1.19); given this file alone it stops with "${flinkRefusal}" Rename the file to flink-conf.yaml; read here as that flink-conf.yaml, with its line parser.`,
  };
}

export function readAsFlink(text: string, fileName: string, versionText: string): FlinkReading {
  const version = parseFlinkVersion(versionText);
  const { reader, warning, flinkRefusal } = chooseReader(version, fileName, text);
  const warnings: string[] = warning ? [warning] : [];
  let entries: ConfigEntry[];
  let flinkLog: readonly FlinkLogLine[] = [];
  let skippedKeys: readonly string[] = [];
  if (reader === 'flink-conf.yaml') {
    const legacy = readLegacyConfig(text, fileName, version);
    entries = legacy.entries;
    flinkLog = legacy.flinkLog;
    skippedKeys = legacy.skippedKeys;
    warnings.push(...legacy.warnings);
  } else {
    entries = readStandardConfig(text, fileName).entries;
  }
  warnings.push(...duplicateWarnings(entries), ...placeholderWarnings(entries));
  const keys = [...entries.map((e) => e.key), ...skippedKeys];
  const notFlink = keys.length > 0 && !keys.some(isFlinkKey);
  if (notFlink)
    warnings.splice(warning ? 1 : 0, 0, `${fileName}: this file does not look like a Flink configuration (no Flink keys found).`);
  return { entries, warnings, reader, flinkLog, notFlink, ...(flinkRefusal ? { flinkRefusal } : {}) };
}

/** Flink's Configuration keeps the last value of a key (setString / HashMap.put); said, not silently done. */
function duplicateWarnings(entries: readonly ConfigEntry[]): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const e of entries) {
    const earlier = seen.get(e.key);
    if (earlier !== undefined) out.push(`${e.origin}: '${e.key}' is set again (first at ${earlier}); the later value wins, as in Flink.`);
    seen.set(e.key, e.origin ?? '');
  }
  return out;
}

/** `${VAR}` (envsubst, shell) and `{{ … }}` (Helm, Jinja): text meant to be replaced before Flink sees it. */
const PLACEHOLDER = /\$\{[^}]*\}|\{\{[^}]*\}\}/;

function placeholderWarnings(entries: readonly ConfigEntry[]): string[] {
  return entries
    .filter((e) => PLACEHOLDER.test(e.value))
    .map(
      (e) =>
        `${e.origin}: '${e.key}: ${e.value}' looks like a template variable: render the template first (Flink reads the text as it is).`,
    );
}

/**
 * First key segments of Flink's options (the configuration reference of 1.10–2.x): a file none of
 * whose keys starts so is not a Flink configuration, whatever else it is.
 */
const FLINK_KEY_ROOTS = new Set([
  'akka',
  'blob',
  'checkpointing',
  'classloader',
  'client',
  'cluster',
  'compiler',
  'containerized',
  'deployment',
  'env',
  'execution',
  'external-resources',
  'external-resource',
  'fs',
  'heartbeat',
  'high-availability',
  'historyserver',
  'io',
  'jobmanager',
  'jobstore',
  'kubernetes',
  'local',
  'mesos',
  'metrics',
  'parallelism',
  'pekko',
  'pipeline',
  'process',
  'python',
  'queryable-state',
  'recovery',
  'resourcemanager',
  'rest',
  'restart-strategy',
  's3',
  'scheduler-mode',
  'security',
  'slot',
  'slotmanager',
  'sql-client',
  'state',
  'table',
  'task',
  'taskmanager',
  'web',
  'yarn',
  'zookeeper',
]);

function isFlinkKey(key: string): boolean {
  // Any position, not only the first: a FlinkDeployment or Helm values file holds Flink's keys under its own
  // (`spec.flinkConfiguration.taskmanager.…`), and is a Flink configuration the Kubernetes readers unwrap.
  const segments = key.split('.');
  return segments.some((segment, i) => FLINK_KEY_ROOTS.has(segment) && (i === 0 || i < segments.length - 1));
}

/**
 * What Flink's `Configuration.toMap()` holds after loading: each key's last value. With `flinkLog`
 * (its WARN lines, the file named as the user named it) this is what an oracle run of
 * GlobalConfiguration.loadConfiguration is compared with.
 */
export function flinkLoadedMap(entries: readonly ConfigEntry[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const e of entries) map[e.key] = e.value;
  return map;
}
