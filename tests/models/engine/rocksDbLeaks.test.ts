// The RocksDB leaks across restarts (models/engine/job/rocksDbLeaks.ts) in the engine: each keyed-backend rebuild in
// an affected release leaves exactly what models/rocksdb/knownLeaks.ts says, the fixing release leaves nothing, and the
// six scenarios end as promised.
import { describe, expect, it } from 'vitest';
import { pinnedCacheSite, STATISTICS_CLOSED_SITE, STATISTICS_SITE } from '../../../models/engine/job/rocksDbLeaks';
import { siteKey } from '../../../models/engine/jvm/leakAllocation';
import { Simulation } from '../../../models/engine/simulation';
import type { TraceEvent } from '../../../models/engine/trace';
import { runScenario, type RunResult } from '../../../models/run/runScenario';
import { knownLeak, PINNED_CACHE_PER_MILLE_OF_CAPACITY, STATISTICS_BYTES } from '../../../models/rocksdb/knownLeaks';
import { fault, loadShipped, MINUTE } from '../../helpers/engine';

/** The first TaskManager after `minutes`, with its bytes at a native site. */
function at(id: string, minutes: number) {
  const sim = new Simulation(loadShipped(id));
  sim.advanceTo(minutes * MINUTE);
  const jvm = sim.state.jvms[1];
  if (!jvm) throw new Error('no taskmanager-1');
  return { sim, jvm, site: (site: string) => jvm.siteBytes[siteKey('native', site)] ?? 0 };
}

/** Keyed operators × slots: the RocksDB instances (and so keyed-backend builds) one TaskManager opens per attempt. */
const keyedSubtasksPerTm = (sim: Simulation) =>
  sim.scenario.job.operators.filter((o) => (o.keyedState?.length ?? 0) > 0).length * sim.setup.slotsPerTaskManager;

describe('FLINK-39923: one Statistics per keyed-backend rebuild', () => {
  it('2.2.1: every rebuild in the JVM leaves STATISTICS_BYTES (frocksdb 8.10), kept for good', () => {
    const { sim, jvm, site } = at('rocksdb-statistics-leak', 60);
    const restarts = sim.state.job.restarts;
    expect(restarts).toBeGreaterThan(100);
    expect(jvm.instance, 'the first JVM, never killed yet').toBe(1);
    // every attempt (the first and each restart) opened every keyed subtask of the TaskManager once
    expect(site(STATISTICS_SITE)).toBe(keyedSubtasksPerTm(sim) * (restarts + 1) * STATISTICS_BYTES.frocksdb8);
  });

  it('2.4 (the fix): the Statistics of the open instances only, none left by the closed ones', () => {
    const { sim, site } = at('rocksdb-statistics-leak-fixed', 60);
    expect(site(STATISTICS_SITE)).toBe(0);
    expect(site(STATISTICS_CLOSED_SITE)).toBeLessThanOrEqual(keyedSubtasksPerTm(sim) * STATISTICS_BYTES.frocksdb8);
  });
});

describe('FLINK-39753 and FLINK-21986: the slot caches a ColumnFamilyOptions copy keeps', () => {
  it("2.2.1: after one restart, what the slots' caches held at the restart stays for good (no finalizer in frocksdb 8.10)", () => {
    const sim = new Simulation(loadShipped('rocksdb-compactor-leak'));
    sim.advanceTo(60 * MINUTE - 1); // the restart is at 1 h
    const jvm = sim.state.jvms[1];
    if (!jvm) throw new Error('no taskmanager-1');
    const held = Math.floor(((jvm.rocksdb.blockCache + jvm.rocksdb.pinned) * PINNED_CACHE_PER_MILLE_OF_CAPACITY) / 1000);
    expect(held, 'two slots of caches, each hundreds of MiB').toBeGreaterThan(2 * 400 * 1024 * 1024);
    sim.advanceTo(90 * MINUTE);
    expect(sim.state.job.restarts).toBe(1);
    const site = siteKey('native', pinnedCacheSite(knownLeak('FLINK-39753')));
    expect(jvm.siteBytes[site]).toBe(held);
    sim.advanceTo(119 * MINUTE);
    expect(jvm.youngCount, 'GCs ran since').toBeGreaterThan(0);
    expect(jvm.siteBytes[site], 'and freed nothing').toBe(held);
  });

  it('2.3.0 (the fix): nothing pinned after the same restart', () => {
    const { sim, site } = at('rocksdb-compactor-leak-fixed', 90);
    expect(sim.state.job.restarts).toBe(1);
    expect(site(pinnedCacheSite(knownLeak('FLINK-39753')))).toBe(0);
  });

  it('1.12.2: the pinned caches wait for the next GC (frocksdb 5.17 finalizer); the kill comes first, a GC would free them', () => {
    const sim = new Simulation(loadShipped('rocksdb-cfoptions-leak-restart'));
    sim.advanceTo(30 * MINUTE - 1); // the restart is at 30 min
    const jvm = sim.state.jvms[1];
    if (!jvm) throw new Error('no taskmanager-1');
    const held = jvm.rocksdb.blockCache + jvm.rocksdb.pinned;
    expect(held, 'two slots of caches, each hundreds of MiB').toBeGreaterThan(2 * 200 * 1024 * 1024);
    sim.advanceTo(40 * MINUTE);
    expect(sim.state.job.restarts).toBe(1);
    expect(jvm.youngCount, 'no GC since the start: nothing freed the copies').toBe(0);
    expect(jvm.nativeUnreachableYoungBytes).toBe(held);
    const events = runScenario(loadShipped('rocksdb-cfoptions-leak-restart')).events;
    const kill = events.find((e) => e.type === 'container.killed');
    const firstGc = events.find((e) => e.type === 'gc' && e.process === 'taskmanager-1');
    expect(kill?.atMs).toBeLessThan(firstGc?.atMs ?? Number.POSITIVE_INFINITY);
    // the same run with a GC forced at 35 min: the finalizer frees the copies, and the caches with them
    const forced = loadShipped('rocksdb-cfoptions-leak-restart');
    const withGc = new Simulation({
      ...forced,
      events: [...forced.events, fault({ atMs: 35 * MINUTE, action: 'force-gc', target: 'all' })],
    });
    withGc.advanceTo(36 * MINUTE);
    expect(withGc.state.jvms[1]?.nativeUnreachableYoungBytes).toBe(0);
    const fixed = new Simulation(loadShipped('rocksdb-cfoptions-leak-restart-fixed'));
    fixed.advanceTo(40 * MINUTE);
    expect(fixed.state.jvms[1]?.nativeUnreachableYoungBytes).toBe(0);
  });
});

describe('the version and the trigger decide', () => {
  const variant = (id: string, version: string, config: Record<string, string> = {}) => {
    const base = loadShipped(id);
    return new Simulation({ ...base, flink: { version, config: { ...base.flink.config, ...config } } });
  };

  it("FLINK-39923 on 1.20 (frocksdb 6.20, finalizer): a closed backend's Statistics waits for an old-region GC, then goes", () => {
    const sim = variant('rocksdb-statistics-leak', '1.20');
    sim.advanceTo(30 * MINUTE);
    const jvm = sim.state.jvms[1];
    if (!jvm) throw new Error('no taskmanager-1');
    const key = siteKey('native', STATISTICS_SITE);
    // the open instances' Statistics are reachable (at most one per keyed subtask: a restart may be under way); the
    // closed ones' await a GC (unless one reached old regions since)
    const reachable = jvm.siteBytes[key] ?? 0;
    expect(reachable % STATISTICS_BYTES.frocksdb6).toBe(0);
    expect(reachable).toBeGreaterThan(0);
    expect(reachable).toBeLessThanOrEqual(keyedSubtasksPerTm(sim) * STATISTICS_BYTES.frocksdb6);
    expect((jvm.siteAwaitingGcBytes[key] ?? 0) % STATISTICS_BYTES.frocksdb6).toBe(0);
    const forced = loadShipped('rocksdb-statistics-leak');
    const withGc = new Simulation({
      ...forced,
      flink: { ...forced.flink, version: '1.20' },
      events: [...forced.events, fault({ atMs: 30 * MINUTE, action: 'force-gc', target: 'all' })],
    });
    withGc.advanceTo(30 * MINUTE - 1);
    const awaiting = withGc.state.jvms[1]?.siteAwaitingGcBytes[key] ?? 0;
    expect(awaiting, "many closed backends' Statistics").toBeGreaterThan(10 * STATISTICS_BYTES.frocksdb6);
    withGc.advanceTo(30 * MINUTE + 1);
    // the full GC freed them all; a restart under way at that moment may have dropped one more per keyed subtask since
    const left = withGc.state.jvms[1]?.siteAwaitingGcBytes[key] ?? 0;
    expect(left).toBeLessThanOrEqual(keyedSubtasksPerTm(sim) * STATISTICS_BYTES.frocksdb6);
    expect(withGc.state.jvms[1]?.nativeUnreachableOldBytes).toBe(left);
  });

  it('no ticker metric, no Statistics; 1.15 has none to leak', () => {
    const off = variant('rocksdb-statistics-leak', '2.2.1', {
      'state.backend.rocksdb.metrics.block-cache-hit': 'false',
      'state.backend.rocksdb.metrics.block-cache-miss': 'false',
      'state.backend.rocksdb.metrics.bytes-read': 'false',
    });
    off.advanceTo(30 * MINUTE);
    expect(Object.keys(off.state.jvms[1]?.siteBytes ?? {})).toEqual([]);
    const old = variant('rocksdb-statistics-leak', '1.15');
    old.advanceTo(30 * MINUTE);
    expect(Object.keys(old.state.jvms[1]?.siteBytes ?? {})).toEqual([]);
  });

  it('FLINK-39753 needs manual compaction on, and an attempt that lived min-interval', () => {
    const off = variant('rocksdb-compactor-leak', '2.2.1', { 'state.backend.rocksdb.manual-compaction.min-interval': '0 s' });
    off.advanceTo(90 * MINUTE);
    expect(off.state.job.restarts).toBe(1);
    expect(Object.keys(off.state.jvms[1]?.siteBytes ?? {})).toEqual([]);
    // min-interval 2 h: the first compaction would come after the restart at 1 h
    const late = variant('rocksdb-compactor-leak', '2.2.1', { 'state.backend.rocksdb.manual-compaction.min-interval': '2 h' });
    late.advanceTo(90 * MINUTE);
    expect(Object.keys(late.state.jvms[1]?.siteBytes ?? {})).toEqual([]);
    // 1.20.4 (frocksdb 6.20): pinned, but awaiting a GC rather than kept
    const old = variant('rocksdb-compactor-leak', '1.20.4');
    old.advanceTo(60 * MINUTE + 30_000);
    expect(old.state.job.restarts).toBe(1);
    expect(old.state.jvms[1]?.siteBytes[siteKey('native', pinnedCacheSite(knownLeak('FLINK-39753')))] ?? 0).toBe(0);
  });
});

describe('the six scenarios end as promised', () => {
  const cache = new Map<string, RunResult>();
  const run = (id: string) => {
    let r = cache.get(id);
    if (!r) cache.set(id, (r = runScenario(loadShipped(id))));
    return r;
  };
  const kills = (r: RunResult) =>
    r.events.filter((e): e is Extract<TraceEvent, { type: 'container.killed' }> => e.type === 'container.killed');

  it.each([
    ['rocksdb-compactor-leak', 'k8s-oomkilled'],
    ['rocksdb-statistics-leak', 'k8s-oomkilled'],
    ['rocksdb-cfoptions-leak-restart', 'yarn-pmem'],
  ])('%s: killed by its resource manager after restarts, no Java OOM; its -fixed twin never', (id, reason) => {
    const r = run(id);
    const first = kills(r)[0];
    expect(first?.reason).toBe(reason);
    expect(r.events.some((e) => e.type === 'job.restart' && e.atMs < (first?.atMs ?? 0))).toBe(true);
    expect(r.events.filter((e) => e.type === 'jvm.oom')).toEqual([]);
    const fixed = run(`${id}-fixed`);
    expect(kills(fixed)).toEqual([]);
    expect(fixed.events.filter((e) => e.type === 'jvm.oom')).toEqual([]);
  });

  it.each([
    ['rocksdb-statistics-leak', /^Set state\.backend\.rocksdb\.metrics\.block-cache-hit: true → false.*FLINK-39923.*or run Flink 2\.4/s],
    [
      'rocksdb-compactor-leak',
      /^Set state\.backend\.rocksdb\.manual-compaction\.min-interval: 5 min → 0.*FLINK-39753.*1\.20\.5, 2\.2\.2, 2\.3\.0/s,
    ],
  ])('%s: why names the leak first, and its change avoids the kill', (id, text) => {
    const r = run(id);
    const why = r.explanations.find((x) => x.event.type === 'container.killed');
    const first = why?.suggestions[0];
    expect(first?.text).toMatch(text);
    const base = loadShipped(id);
    const config = { ...base.flink.config };
    for (const c of first?.changes ?? []) config[c.key] = c.to;
    const changed = runScenario({ ...base, flink: { ...base.flink, config } });
    expect(kills(changed)).toEqual([]);
  });

  it('rocksdb-cfoptions-leak-restart: why says which release fixes it (no setting switches FLINK-21986 off)', () => {
    const why = run('rocksdb-cfoptions-leak-restart').explanations.find((x) => x.event.type === 'container.killed');
    expect(why?.suggestions[0]?.text).toMatch(/^Upgrade to Flink 1\.11\.4, 1\.12\.4, 1\.13\.0: .*FLINK-21986/s);
    expect(why?.suggestions[0]?.changes).toEqual([]);
  });
});
