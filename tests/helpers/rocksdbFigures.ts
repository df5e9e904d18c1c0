/**
 * The figures a RocksDB lesson or README quotes, measured on a run of a scenario: per TaskManager the RocksDB parts, RSS and
 * managed memory used at given times (the sample at or just before each), the first container kill, and RocksDB's shared
 * resources as Flink sizes them (models/rocksdb/sharedResources.ts through the sandbox's rocksDbInfo).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COL } from '../../models/engine/columns';
import { createSetup } from '../../models/engine/setup';
import { runScenario, type RunResult } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';
import type { Scenario } from '../../models/scenario/types';
import { compactSize } from '../../models/units/memorySize';
import type { RocksDbInfo } from '../../src/sandbox/protocol';
import { rocksDbInfo } from '../../src/sandbox/rocksdbInfo';

const ROOT = join(import.meta.dirname, '../..');

export const size = (bytes: number): string => compactSize(BigInt(Math.round(bytes)));

interface Moment {
  readonly atMs: number;
  readonly blockCache: number;
  readonly pinned: number;
  readonly memtables: number;
  readonly tableReaders: number;
  readonly mallocRetained: number;
  readonly rocksdb: number;
  readonly rss: number;
  readonly managedUsed: number;
  readonly heapUsed: number;
}

export interface RocksDbRun {
  readonly scenario: Scenario;
  readonly run: RunResult;
  readonly info: RocksDbInfo;
  readonly slots: number;
  readonly managedBytes: number;
  readonly containerLimitBytes: number;
  /** The first container kill (ms), if any. */
  readonly firstKillMs: number | undefined;
  /** The process's last sample at or before `atMs` (the sample before a kill: the killed process samples nothing at it). */
  at(process: number, atMs: number): Moment;
}

export function rocksDbRun(id: string, scenario?: Scenario): RocksDbRun {
  const s = scenario ?? loadScenario(readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8'), `${id}.yaml`);
  const samples = new Map<number, { atMs: number; values: Float64Array }[]>();
  const run = runScenario(s, {
    sinks: [
      {
        sample(atMs, _process, values, index) {
          const list = samples.get(index) ?? [];
          list.push({ atMs, values: Float64Array.from(values) });
          samples.set(index, list);
        },
        event() {},
      },
    ],
  });
  const setup = createSetup(s);
  const info = rocksDbInfo(s, setup);
  if (!info) throw new Error(`${id} keeps no keyed state in RocksDB`);
  return {
    scenario: s,
    run,
    info,
    slots: setup.slotsPerTaskManager,
    managedBytes: setup.taskManagerSizing.managedBudgetBytes,
    containerLimitBytes: setup.taskManagerSizing.containerLimitBytes,
    firstKillMs: run.events.find((e) => e.type === 'container.killed')?.atMs,
    at(process, atMs) {
      const list = samples.get(process) ?? [];
      let found: Float64Array | undefined;
      let foundAt = 0;
      for (const x of list) {
        if (x.atMs > atMs) break;
        found = x.values;
        foundAt = x.atMs;
      }
      if (!found) throw new Error(`no sample of process ${process} at or before ${atMs} ms`);
      const v = (c: number) => found?.[c] as number;
      const parts = [COL.rocksdbBlockCache, COL.rocksdbPinned, COL.rocksdbMemtables, COL.rocksdbTableReaders, COL.mallocRetained];
      return {
        atMs: foundAt,
        blockCache: v(COL.rocksdbBlockCache),
        pinned: v(COL.rocksdbPinned),
        memtables: v(COL.rocksdbMemtables),
        tableReaders: v(COL.rocksdbTableReaders),
        mallocRetained: v(COL.mallocRetained),
        rocksdb: parts.reduce((sum, c) => sum + v(c), 0),
        rss: v(COL.rss),
        managedUsed: v(COL.managedUsed),
        heapUsed: v(COL.heapUsed),
      };
    },
  };
}
