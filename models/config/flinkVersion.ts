/**
 * Flink versions and the behaviour that changes between them (docs/flink-memory-model.md §1, §5, §7).
 * Every version-dependent rule of the configuration model asks one of the predicates below,
 * so the differences between releases live in this one file.
 */

export interface FlinkVersion {
  readonly major: number;
  readonly minor: number;
  /** Undefined means "the latest patch release of this minor line". */
  readonly patch: number | undefined;
}

/** The versions offered in pickers, newest first; each stands for a behaviour band of the spec. */
export const SELECTABLE_VERSIONS = [
  '2.3',
  '2.2',
  '2.1',
  '2.0',
  '1.20',
  '1.19',
  '1.18',
  '1.17',
  '1.16',
  '1.15',
  '1.14',
  '1.13',
  '1.12',
  '1.11',
  '1.11.1',
  '1.10',
  '1.10.0',
] as const;

/**
 * The newest release checked against Flink's own classes (calibration/fixtures/config-oracle/2.3.0). Only what names
 * no version takes it: every scenario file and every shared link names its version (urlState requires `flink=`).
 */
export const DEFAULT_VERSION = '2.3' as const;

/** What each picker entry means, for help texts. */
export const VERSION_NOTES: Readonly<Record<string, string>> = {
  // 2.1–2.3: every ConfigOption default of flink-core and flink-runtime compared with 2.0.0's (taskmanager.memory.*,
  // jobmanager.memory.*, taskmanager.network.*, env.java.*, restart-strategy.*, execution.checkpointing.*,
  // state.backend.*): none changed; the configuration oracle's cases derive identically (calibration/fixtures/config-oracle).
  '2.3':
    'memory, network, restart and checkpoint defaults as 2.0; new taskmanager.network.adaptive-partitioner.* and execution.checkpointing.during-recovery.enabled (both off)',
  '2.2': 'memory, network, restart and checkpoint defaults as 2.0 (no memory option added or changed)',
  '2.1': 'memory, network, restart and checkpoint defaults as 2.0; new state.size-track.* (keyed state size tracking, off)',
  '2.0': 'legacy heap and network buffer-count options removed (FLINK-33750); JobManager errors unprefixed',
  '1.17': 'network.max default unbounded (FLINK-30472); was 1g',
  '1.15': 'external-resources dynamic property quoted (FLINK-24541)',
  '1.13': 'dynamic properties add metaspace, overhead, slots and external resources',
  '1.12': 'errors prefixed "TaskManager/JobManager memory configuration failed: "',
  '1.11.1': '1.11.0 and 1.11.1: JobManager heap + off-heap + flink.size always fails (FLINK-18993)',
  '1.11': '1.11.2 and later',
  '1.10': '1.10.1 and later (metaspace default 256m)',
  '1.10.0': 'metaspace default 96m; no JobManager memory model',
};

export class UnsupportedVersionError extends Error {}

const OLDEST = { major: 1, minor: 10 };
/** The newest release Maven Central served to the configuration oracle (calibration/config-oracle/README.md). */
const NEWEST_VERIFIED = { major: 2, minor: 3 };
export const NEWEST_VERIFIED_VERSION = '2.3' as const;

export function parseFlinkVersion(text: string): FlinkVersion {
  const match = /^\s*(\d+)\.(\d+)(?:\.(\d+))?(?:[-.][A-Za-z0-9.-]*)?\s*$/.exec(text);
  if (!match) {
    throw new UnsupportedVersionError(`Flink version '${text}' is not of the form MAJOR.MINOR[.PATCH] (e.g. 1.18 or 1.10.0).`);
  }
  const version = { major: Number(match[1]), minor: Number(match[2]), patch: match[3] === undefined ? undefined : Number(match[3]) };
  if (compare(version, OLDEST) < 0 || version.major > 2) {
    throw new UnsupportedVersionError(
      `Flink version '${text}' is not modelled: the memory model covers 1.10 to 2.x (choose one of ${SELECTABLE_VERSIONS.join(', ')}).`,
    );
  }
  return version;
}

export function formatFlinkVersion(v: FlinkVersion): string {
  return v.patch === undefined ? `${v.major}.${v.minor}` : `${v.major}.${v.minor}.${v.patch}`;
}

function compare(a: { major: number; minor: number }, b: { major: number; minor: number }): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}

export const atLeast = (v: FlinkVersion, major: number, minor: number) => compare(v, { major, minor }) >= 0;
const isMinor = (v: FlinkVersion, major: number, minor: number) => v.major === major && v.minor === minor;

/**
 * The picker entry whose behaviour band holds a version: 1.11.0/1.11.1 → '1.11.1' (FLINK-18993),
 * 1.10.0 → '1.10.0', a 2.x newer than the newest checked release → that release (said by the derivation's note),
 * otherwise MAJOR.MINOR.
 */
export function selectableVersion(v: FlinkVersion): (typeof SELECTABLE_VERSIONS)[number] {
  if (hasJobManagerOffHeapCheckBug(v)) return '1.11.1';
  if (isFlink1100(v)) return '1.10.0';
  if (isUnverified(v)) return NEWEST_VERIFIED_VERSION;
  const minor = `${v.major}.${v.minor}`;
  return (SELECTABLE_VERSIONS as readonly string[]).includes(minor) ? (minor as (typeof SELECTABLE_VERSIONS)[number]) : DEFAULT_VERSION;
}

/** Releases after 2.3, the newest one whose classes the configuration oracle ran: derived with 2.3's rules, and said so. */
export const isUnverified = (v: FlinkVersion) => compare(v, NEWEST_VERIFIED) > 0;

/** 1.10.0 shipped a 96m metaspace default and a 1568m process size (FLINK-16406). */
export const isFlink1100 = (v: FlinkVersion) => isMinor(v, 1, 10) && v.patch === 0;

/** The JobManager got a process memory model in 1.11 (FLIP-116). */
export const hasJobManagerMemoryModel = (v: FlinkVersion) => atLeast(v, 1, 11);

/** `taskmanager.memory.network.max` defaults to 1g before 1.17 and to Long.MAX_VALUE from 1.17 (FLINK-30472). */
export const hasUncappedNetworkMax = (v: FlinkVersion) => atLeast(v, 1, 17);

/** Legacy `*.heap.size`, `*.heap.mb`, env heap variables and `network.numberOfBuffers` were removed in 2.0 (FLINK-33750). */
export const hasLegacyMemoryOptions = (v: FlinkVersion) => !atLeast(v, 2, 0);

/** 1.10 had no guard for process < flink + metaspace (E3) and its own wording. */
export const hasFlink110Wording = (v: FlinkVersion) => isMinor(v, 1, 10);

/**
 * A patch release of major.minor from `patch` on, named with its patch: a version without patch keeps the minor's .0
 * behaviour here, which the test vectors of the spec (release-x.y.0 tags) pin.
 */
const fromPatch = (v: FlinkVersion, major: number, minor: number, patch: number) =>
  isMinor(v, major, minor) && v.patch !== undefined && v.patch >= patch;

/**
 * 1.11.3+ and 1.12+ prefix TaskManager errors with "TaskManager memory configuration failed: " (and legacy heap mapping
 * errors with "TaskManager failed to map legacy JVM heap option to the new one: "): both texts are in
 * TaskExecutorProcessUtils.class of flink-runtime_2.12 1.11.3 and not of 1.11.2 (configuration oracle fixtures).
 */
export const prefixesTaskManagerErrors = (v: FlinkVersion) => atLeast(v, 1, 12) || fromPatch(v, 1, 11, 3);

/** 1.11.3+ and 1.12–1.20 prefix JobManager errors; the 2.0 entry point no longer does. */
export const prefixesJobManagerErrors = (v: FlinkVersion) => (atLeast(v, 1, 12) || fromPatch(v, 1, 11, 3)) && !atLeast(v, 2, 0);

/** FLINK-18993: in 1.11.0 and 1.11.1 heap + explicit off-heap + flink.size always failed. */
export const hasJobManagerOffHeapCheckBug = (v: FlinkVersion) => isMinor(v, 1, 11) && v.patch !== undefined && v.patch <= 1;

/** 1.13+ pass metaspace, overhead, slots and external resources as TaskManager dynamic properties. */
export const hasExtendedDynamicProperties = (v: FlinkVersion) => atLeast(v, 1, 13);

/** 1.12.2–1.12.x already pass metaspace and overhead (not slots, not external resources): BashJavaUtils of 1.12.2 (oracle fixtures). */
export const hasMetaspaceOverheadDynamicProperties = (v: FlinkVersion) => hasExtendedDynamicProperties(v) || fromPatch(v, 1, 12, 2);

/** FLINK-24541 (1.15) quotes the external-resources list in dynamic properties. */
export const quotesExternalResources = (v: FlinkVersion) => atLeast(v, 1, 15);

/** 1.12+ BashJavaUtils prints JobManager dynamic properties (1.11 printed only the JVM line). */
export const hasJobManagerDynamicProperties = (v: FlinkVersion) => atLeast(v, 1, 12);
