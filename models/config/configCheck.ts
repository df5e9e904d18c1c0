/**
 * Keys the user wrote that the chosen Flink version will not read the way they may expect: deprecated keys, options
 * of other releases, typos, and keys outside the memory model. Nothing is dropped: every such key stays in the
 * configuration and is reported here. Whether a release declares a key is decided by Flink's own ConfigOptions of that
 * release (optionKeyIndex.ts, from the configuration oracle's scan of its jars), not by a hand-made list.
 */
import type { FlinkConfiguration } from './configuration';
import type { FlinkVersion } from './flinkVersion';
import {
  chosenName,
  declaredKey,
  declaredReleases,
  declaredKeysWithPrefix,
  describeReleases,
  inRanges,
  releaseForModule,
  releaseIndexOf,
  releaseName,
  renamedKey,
} from './optionKeyIndex';
import { ALL_OPTIONS, optionForKey } from './options';
import type { Note } from './note';
import { isJvmOptionsKey } from './jvmCommandLine';
import { rocksDbOptionForKey } from './rocksdbOptions';

const MEMORY_NAMESPACES = [
  'taskmanager.memory.',
  'jobmanager.memory.',
  'taskmanager.network.memory.',
  'taskmanager.heap',
  'jobmanager.heap',
];

/**
 * Families Flink reads by prefix, with a name chosen by the user, so no ConfigOption declares their keys:
 * metrics.reporter.<name>.* (ConfigConstants.METRICS_REPORTER_PREFIX), containerized.master.env.* and
 * containerized.taskmanager.env.* (ResourceManagerOptions.CONTAINERIZED_MASTER_ENV_PREFIX /
 * CONTAINERIZED_TASK_MANAGER_ENV_PREFIX), external-resource.<name>.* (ExternalResourceOptions), flink.hadoop.*
 * (flink-hadoop-fs HadoopUtils.FLINK_CONFIG_PREFIXES), kubernetes.*.env.* and the pod labels/annotations/node
 * selectors written as nested keys, and the S3 file systems' pass-through prefixes (flink-s3-fs-hadoop
 * S3FileSystemFactory: s3., s3a., fs.s3a.; flink-s3-fs-presto: presto.s3.).
 */
const PREFIX_FAMILIES = [
  /^metrics\.reporter\.[^.]+\./,
  /^containerized\.(master|taskmanager)\.env\./,
  /^external-resource\./,
  /^flink\.hadoop\./,
  /^kubernetes\.(jobmanager|taskmanager|rest-service)\.(labels|annotations|node-selector|env)\./,
  /^(s3|s3a|fs\.s3a|presto\.s3)\./,
];

const KEPT_TITLE = 'Kept, not part of the memory model (no effect on sizes)';
const FOREIGN_TITLE = "Not an option of Flink's core modules (a connector's, a reporter's, or a typo?)";

/** What one key gets: its own note, or a place in one of the two summaries. */
type KeyVerdict = Note | 'model' | 'kept' | 'foreign';

export function configWarnings(config: FlinkConfiguration, version: FlinkVersion): Note[] {
  const release = releaseIndexOf(version);
  const notes: Note[] = [];
  const kept: string[] = [];
  const foreign: string[] = [];
  for (const key of config.keys()) {
    const verdict = keyVerdict(key, version, release);
    if (verdict === 'kept') kept.push(key);
    else if (verdict === 'foreign') foreign.push(key);
    else if (verdict !== 'model') notes.push(verdict);
  }
  if (kept.length > 0) notes.push(summaryNote(KEPT_TITLE, kept));
  if (foreign.length > 0) notes.push(summaryNote(FOREIGN_TITLE, foreign));
  return notes;
}

function keyVerdict(key: string, version: FlinkVersion, release: number): KeyVerdict {
  // env.java.*opts* reach the JVM's command line after Flink's flags (jvmCommandLine.ts shows them, and which are read)
  if (isJvmOptionsKey(key)) return 'model';
  const def = optionForKey(key);
  if (def && !def.informational) {
    // An option the memory model reads: the model's own catalogue says when it exists and what it is read as.
    if (!def.availableIn(version)) return otherRelease(key, version, release, def.doc) ?? warn(notAnOption(key, version, def.doc), key);
    if (def.key !== key) return warn(deprecatedText(key, def.key), key);
    return 'model';
  }
  // RocksDB's memory options (rocksdbOptions.ts; the oracle's scan of flink-statebackend-rocksdb missed RocksDBOptions):
  // read from the release that introduced each
  const rocks = rocksDbOptionForKey(key);
  if (rocks) return rocks.availableIn(version) ? 'model' : warn(notAnOption(key, version, rocks.doc), key);
  const renamed = renamedKey(key).find((r) => inRanges(r.releases, release));
  if (renamed?.deprecated) return warn(deprecatedText(key, renamed.proper), key);
  const declared = declaredKey(key);
  // the release whose scan of the key's module stands for the chosen one (undefined: the module was not scanned)
  const at = declared ? releaseForModule(declared.module, release) : release;
  if (renamed || at === undefined || (declared && inRanges(declared.releases, at))) return 'kept';
  if (PREFIX_FAMILIES.some((p) => p.test(key))) return 'kept';
  const other = otherRelease(key, version, at, def?.doc);
  if (other) return other;
  if (def || !isMemoryNamespace(key)) return def ? 'kept' : 'foreign';
  const suggestion = closestKey(key, [...declaredKeysWithPrefix(release, MEMORY_NAMESPACES), ...catalogueKeys(version)]);
  return warn(`Unknown memory option '${key}' is kept but has no effect.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`, key);
}

/**
 * Flink's own warning when a deprecated key is read in place of its option: Configuration#loggingFallback
 * (flink-core/src/main/java/org/apache/flink/configuration/Configuration.java, 1.10–2.x) logs
 * "Config uses deprecated configuration key '{}' instead of proper key '{}'".
 */
const deprecatedText = (key: string, proper: string) =>
  `Config uses deprecated configuration key '${key}' instead of proper key '${proper}'`;

const notAnOption = (key: string, version: FlinkVersion, doc: string) =>
  `'${key}' is not an option of ${chosenName(version)} and has no effect there. ${doc}`;

/**
 * A key other releases declare (or read as another key) and release `at` does not; undefined if no release does.
 * The message names the releases exactly and the version as the user chose it.
 */
function otherRelease(key: string, version: FlinkVersion, at: number, doc: string | undefined): Note | undefined {
  const declared = declaredKey(key);
  const tail = `${chosenName(version)} does not read it.${doc ? ` ${doc}` : ''}`;
  if (declared) {
    const releases = declaredReleases(declared);
    const lastRange = releases[releases.length - 1] as readonly [number, number];
    if (lastRange[1] < at)
      return warn(`'${key}' was removed in Flink ${releaseName(lastRange[1] + 1)} (last in ${releaseName(lastRange[1])}); ${tail}`, key);
    return warn(`'${key}' is an option of Flink ${describeReleases(releases)}; ${tail}`, key);
  }
  const renamed = renamedKey(key)[0];
  if (renamed) return warn(`'${key}' was read as '${renamed.proper}' by Flink ${describeReleases(renamed.releases)}; ${tail}`, key);
  return undefined;
}

/** The memory model's own keys of this version (a key of a newer or scanned-out module may be missing from the table). */
const catalogueKeys = (version: FlinkVersion) => ALL_OPTIONS.filter((d) => d.availableIn(version)).map((d) => d.key);

/**
 * "Title: 41 keys — state.* 6, execution.checkpointing.* 5, …" (up to three keys are named instead); the Note keeps
 * every key so that a view can list them.
 */
function summaryNote(title: string, keys: readonly string[]): Note {
  if (keys.length <= 3) return { level: 'WARN', message: `${title}: ${keys.join(', ')}`, keys };
  const groups = prefixGroups(keys);
  const shown = groups.slice(0, 8).map(([prefix, n]) => `${prefix} ${n}`);
  const more = groups.length > 8 ? `, and ${groups.length - 8} more prefixes` : '';
  return { level: 'WARN', message: `${title}: ${keys.length} keys — ${shown.join(', ')}${more}`, keys };
}

/**
 * Keys counted by their first segment ("state.*"), or by their first two when every key of that segment shares the
 * second ("execution.checkpointing.*", two keys or more); most keys first, then by name. A key of one segment stands for itself.
 */
export function prefixGroups(keys: readonly string[]): [string, number][] {
  const bySegment = new Map<string, string[]>();
  for (const key of keys) {
    const first = key.includes('.') ? `${key.split('.')[0]}.*` : key;
    bySegment.set(first, [...(bySegment.get(first) ?? []), key]);
  }
  const groups: [string, number][] = [];
  for (const [first, members] of bySegment) {
    const seconds = new Set(members.map((k) => k.split('.').slice(0, 2).join('.')));
    const only = [...seconds][0] as string;
    const twoSegments = members.length > 1 && seconds.size === 1 && members.every((k) => k.split('.').length > 2);
    groups.push([twoSegments ? `${only}.*` : first, members.length]);
  }
  return groups.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Keys under the memory namespaces (`taskmanager.memory.`, …): an unknown one there is most likely a typo. */
export const isMemoryNamespace = (key: string): boolean => MEMORY_NAMESPACES.some((ns) => key.startsWith(ns));

const warn = (message: string, key: string): Note => ({ level: 'WARN', message, keys: [key] });

/** The known option key closest to `key` (edit distance below 4), for "did you mean". */
export function closestOptionKey(key: string): string | undefined {
  return closestKey(
    key,
    ALL_OPTIONS.map((d) => d.key),
  );
}

function closestKey(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of candidates) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
