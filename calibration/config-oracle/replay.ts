/**
 * The product's side of the configuration oracle: each fixture's file read as `flink-mem derive --config` reads it
 * (parseConfigFile, as the fixture's release reads it) and derived by deriveMemory for the fixture's release, standalone, both processes; every field
 * Flink produced compared exactly. Returns the differences (tests/calibration/configOracle.test.ts holds them against
 * its known-differences table; scripts/config-oracle-differences.ts rewrites that table).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigFileError, type ParsedConfigFile, parseConfigFile } from '../../models/config/configFiles';
import { flinkLoadedMap } from '../../models/config/flinkConfigReading';
import { type DeriveResult, deriveMemory } from '../../models/memoryModel';
import type { JavaCause, OracleFixture, ProcessOutcome } from './fixture';

const FIXTURE_ROOT = join(import.meta.dirname, '..', 'fixtures', 'config-oracle');

export interface Difference {
  readonly release: string;
  readonly case: string;
  readonly process: 'taskmanager' | 'jobmanager';
  /** `outcome` (one derived, the other refused), `error` (both refused, other text), `jvmArgs`, `dynamicProperties`, or a component. */
  readonly field: string;
  readonly flink: string;
  readonly ours: string;
}

export interface ReplayCounts {
  /** Fixture × process pairs Flink answered (the JobManager of 1.10 is the scripts' business, not BashJavaUtils'). */
  records: number;
  matches: number;
}

export function loadFixtures(root = FIXTURE_ROOT): OracleFixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(root, d.name))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(root, d.name, f), 'utf8')) as OracleFixture),
    );
}

/** Flink's process spec getters → the product's fields. */
const TM_FIELDS: Readonly<Record<string, string>> = {
  frameworkHeapSize: 'frameworkHeap',
  frameworkOffHeapMemorySize: 'frameworkOffHeap',
  taskHeapSize: 'taskHeap',
  taskOffHeapSize: 'taskOffHeap',
  networkMemSize: 'network',
  managedMemorySize: 'managed',
  jvmMetaspaceSize: 'jvmMetaspace',
  jvmOverheadSize: 'jvmOverhead',
  totalFlinkMemorySize: 'totalFlinkMemory',
  totalProcessMemorySize: 'totalProcessMemory',
  jvmHeapMemorySize: 'jvmHeap',
  jvmDirectMemorySize: 'jvmDirect',
};
const JM_FIELDS: Readonly<Record<string, string>> = {
  jvmHeapMemorySize: 'jvmHeap',
  jvmDirectMemorySize: 'offHeap',
  jvmMetaspaceSize: 'jvmMetaspace',
  jvmOverheadSize: 'jvmOverhead',
  totalFlinkMemorySize: 'totalFlinkMemory',
  totalProcessMemorySize: 'totalProcessMemory',
};

type Ours = { readonly fileError: string; readonly flinkChain: readonly string[] } | DeriveResult;

/** The product's reading of a fixture's file: its entries, warnings and Flink-side facts, or the file's refusal. */
type Reading = ParsedConfigFile | { readonly fileError: string; readonly flinkChain: readonly string[]; readonly flinkLogLine?: string };

/**
 * Read as that release reads the file (its line parser or standard YAML, and which file name it reads), under the path
 * Flink was given (`<conf>/<file>`, as the fixtures write the temporary directory), so file names in Flink's texts
 * and the product's agree.
 */
function read(f: OracleFixture): Reading {
  try {
    return parseConfigFile(f.input, `<conf>/${f.file}`, { flinkVersion: f.release });
  } catch (e) {
    if (e instanceof ConfigFileError)
      return { fileError: e.message, flinkChain: e.flinkChain, ...(e.flinkLogLine ? { flinkLogLine: e.flinkLogLine } : {}) };
    throw e;
  }
}

function ours(f: OracleFixture, reading: Reading, process: 'taskmanager' | 'jobmanager'): Ours {
  if ('fileError' in reading) return reading;
  return deriveMemory({ process, flinkVersion: f.release, entries: reading.entries, deployment: 'standalone' });
}

/** `org.x.Y: message` → `Y: message` (only the class part: messages hold dots). */
const simpleName = (javaClass: string) => javaClass.replace(/^[\w.$]*\.(?=[\w$]+(:|$))/, '');
/** `Class: message` per cause, outermost first, as the product's DerivationFailure#causes words them. */
const chainText = (chain: readonly JavaCause[]) => chain.map((c) => `${simpleName(c.class)}: ${c.message ?? ''}`).join(' | ');
/** A refusal of the file: Flink's chain as the product words it where it has one (simple class names), else its message. */
const fileErrorText = (o: { readonly fileError: string; readonly flinkChain: readonly string[] }) =>
  o.flinkChain.length > 0 ? o.flinkChain.map(simpleName).join(' | ') : `file: ${o.fileError}`;
const ourErrorText = (o: Ours) =>
  'fileError' in o
    ? fileErrorText(o)
    : o.ok
      ? '(derived)'
      : [`${simpleName(o.error.javaClass)}: ${o.error.message}`, ...o.error.causes].join(' | ');

/** The product's value of every field Flink gave for one process; undefined where the product derived nothing. */
function ourFields(o: Ours): Record<string, string> | undefined {
  if ('fileError' in o || !o.ok) return undefined;
  if (o.process === 'taskmanager') {
    const tm = o.taskManager;
    const memory = tm.memory as unknown as Record<string, bigint>;
    const fields = Object.fromEntries(Object.entries(TM_FIELDS).map(([flink, ourName]) => [flink, String(memory[ourName])]));
    return {
      ...fields,
      jvmArgs: tm.jvmArgs,
      dynamicProperties: tm.dynamicProperties.trim(),
      cpuCores: String(tm.cpuCores),
      numSlots: String(tm.slots),
    };
  }
  const jm = o.jobManager;
  if (!('memory' in jm)) return { jvmArgs: jm.jvmArgs };
  const memory = jm.memory as unknown as Record<string, bigint>;
  const fields = Object.fromEntries(Object.entries(JM_FIELDS).map(([flink, ourName]) => [flink, String(memory[ourName])]));
  return { ...fields, jvmArgs: jm.jvmArgs, dynamicProperties: jm.dynamicProperties.trim() };
}

/** Flink's fields for a derived process: JVM arguments, dynamic properties (where printed), every component. */
function flinkFields(p: Extract<ProcessOutcome, { jvmArgs: string }>): Record<string, string> {
  const out: Record<string, string> = { jvmArgs: p.jvmArgs };
  if (p.dynamicProperties !== undefined) out.dynamicProperties = p.dynamicProperties;
  for (const [k, v] of Object.entries(p.components))
    if (k in TM_FIELDS || k in JM_FIELDS || k === 'cpuCores' || k === 'numSlots') out[k] = v;
  return out;
}

/** cpuCores: Java prints the double (`1.0`), JavaScript the number (`1`); the same value is a match. */
const same = (field: string, flink: string, our: string | undefined) =>
  our !== undefined && (flink === our || (field === 'cpuCores' && Number(flink) === Number(our)));

/**
 * Flink refused to start because the release reads a file of the other name, and the product read the text anyway:
 * a match exactly when the product knows that refusal word for word (`flinkRefusal`) and says it in a warning, quoted.
 */
function warnedRefusal(reading: Reading, flinkChain: string): boolean {
  if ('fileError' in reading || reading.flinkRefusal !== flinkChain) return false;
  return reading.warnings.some((w) => w.includes(`"${flinkChain}"`));
}

/**
 * What GlobalConfiguration loaded and logged, against the product's reading: the map (Configuration#toMap(), strings)
 * and the log lines, where the release's "Using … YAML parser" line stands for the reader the product chose and its
 * WARN/ERROR lines are the readers' `flinkLog` (legacy line parser) or `flinkLogLine` (SnakeYAML's refusal).
 */
function loadDifferences(f: OracleFixture, reading: Reading): { field: string; flink: string; ours: string }[] {
  if (f.load.error !== undefined) {
    // Flink refused: compared as the processes' outcome; the log only where the product refused too
    if (!('fileError' in reading)) return [];
  }
  const out: { field: string; flink: string; ours: string }[] = [];
  const ourLog = productLog(f, reading);
  if (JSON.stringify(f.load.log) !== JSON.stringify(ourLog))
    out.push({ field: 'load.log', flink: f.load.log.join('\n'), ours: ourLog.join('\n') });
  if (f.load.map !== undefined && !('fileError' in reading)) {
    const mine = flinkLoadedMap(reading.entries);
    const keys = [...new Set([...Object.keys(f.load.map), ...Object.keys(mine)])].sort();
    const differing = keys.filter((k) => f.load.map?.[k] !== mine[k]);
    if (differing.length > 0) {
      const show = (m: Record<string, string>) => differing.map((k) => `${k}=${k in m ? JSON.stringify(m[k]) : '(absent)'}`).join(', ');
      out.push({ field: 'load.map', flink: show(f.load.map), ours: show(mine) });
    }
  }
  return out;
}

/** The log lines Flink's loader writes for this reading, as the fixtures keep them (`LEVEL Logger: message`). */
function productLog(f: OracleFixture, reading: Reading): string[] {
  if ('fileError' in reading) {
    // Flink's standard YAML reader refused (chain known): its "Using" line, then SnakeYAML's ERROR line if it logs one
    if (reading.flinkChain.length === 0) return [];
    return usingParser(f, 'config.yaml', ...(reading.flinkLogLine === undefined ? [] : [reading.flinkLogLine]));
  }
  const warns = (reading.flinkLog ?? []).map((l) => `WARN GlobalConfiguration: ${l.text}`);
  return reading.reader === undefined ? warns : usingParser(f, reading.reader, ...warns);
}

/** 1.19+ say which parser reads which file (GlobalConfiguration.java:160-172 at release-1.20.0, :147-151 at release-2.0.0). */
function usingParser(f: OracleFixture, reader: 'flink-conf.yaml' | 'config.yaml', ...rest: string[]): string[] {
  const [major, minor] = f.release.split('.').map(Number) as [number, number];
  if (major === 1 && minor < 19) return rest;
  const kind = reader === 'config.yaml' ? 'standard' : 'legacy';
  return [`INFO GlobalConfiguration: Using ${kind} YAML parser to load flink configuration file from <conf>/${reader}.`, ...rest];
}

export function replay(fixtures: readonly OracleFixture[]): { differences: Difference[]; counts: ReplayCounts } {
  const differences: Difference[] = [];
  const counts: ReplayCounts = { records: 0, matches: 0 };
  for (const f of fixtures) {
    const reading = read(f);
    for (const process of ['taskmanager', 'jobmanager'] as const) {
      const flink = f[process];
      if ('unsupported' in flink) continue;
      counts.records++;
      const at = { release: f.release, case: f.case, process };
      const before = differences.length;
      // the load is one per file: compared with the TaskManager's record (every release has one)
      if (process === 'taskmanager') differences.push(...loadDifferences(f, reading).map((d) => ({ ...at, ...d })));
      const o = ours(f, reading, process);
      if ('error' in flink) {
        const flinkText = chainText(flink.error);
        const ourText = ourErrorText(o);
        if (!('fileError' in o) && o.ok) {
          if (!warnedRefusal(reading, flinkText)) differences.push({ ...at, field: 'outcome', flink: flinkText, ours: ourText });
        } else if (ourText !== flinkText) differences.push({ ...at, field: 'error', flink: flinkText, ours: ourText });
      } else {
        const mine = ourFields(o);
        if (mine === undefined) differences.push({ ...at, field: 'outcome', flink: '(derived)', ours: ourErrorText(o) });
        else
          for (const [field, value] of Object.entries(flinkFields(flink)))
            if (!same(field, value, mine[field])) differences.push({ ...at, field, flink: value, ours: mine[field] ?? '(absent)' });
      }
      if (differences.length === before) counts.matches++;
    }
  }
  return { differences, counts };
}
