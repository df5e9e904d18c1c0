/**
 * The product's side of the configuration oracle: each fixture's file read as `flink-mem derive --config` reads it
 * (parseConfigFile, as the fixture's release reads it) and derived by deriveMemory for the fixture's release, standalone, both processes; every field
 * Flink produced compared exactly. Returns the differences (tests/calibration/configOracle.test.ts holds them against
 * its known-differences table; scripts/config-oracle-differences.ts rewrites that table).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigFileError, parseConfigFile } from '../../models/config/configFiles';
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

type Ours = { readonly fileError: string } | DeriveResult;

function ours(f: OracleFixture, process: 'taskmanager' | 'jobmanager'): Ours {
  try {
    // Read as that release reads the file (its line parser or standard YAML, and which file name it reads).
    const { entries } = parseConfigFile(f.input, f.file, { flinkVersion: f.release });
    return deriveMemory({ process, flinkVersion: f.release, entries, deployment: 'standalone' });
  } catch (e) {
    if (e instanceof ConfigFileError) return { fileError: e.message };
    throw e;
  }
}

const simpleName = (javaClass: string) => javaClass.replace(/.*\./, '');
/** `Class: message` per cause, outermost first, as the product's DerivationFailure#causes words them. */
const chainText = (chain: readonly JavaCause[]) => chain.map((c) => `${simpleName(c.class)}: ${c.message ?? ''}`).join(' | ');
const ourErrorText = (o: Ours) =>
  'fileError' in o
    ? `file: ${o.fileError}`
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

export function replay(fixtures: readonly OracleFixture[]): { differences: Difference[]; counts: ReplayCounts } {
  const differences: Difference[] = [];
  const counts: ReplayCounts = { records: 0, matches: 0 };
  for (const f of fixtures) {
    for (const process of ['taskmanager', 'jobmanager'] as const) {
      const flink = f[process];
      if ('unsupported' in flink) continue;
      counts.records++;
      const at = { release: f.release, case: f.case, process };
      const before = differences.length;
      const o = ours(f, process);
      if ('error' in flink) {
        const ourText = ourErrorText(o);
        if (!('fileError' in o) && o.ok) differences.push({ ...at, field: 'outcome', flink: chainText(flink.error), ours: ourText });
        else if (ourText !== chainText(flink.error))
          differences.push({ ...at, field: 'error', flink: chainText(flink.error), ours: ourText });
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
