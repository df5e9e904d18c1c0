// Protects the figures the lesson "RocksDB and the pod limit" quotes: each is measured on the lesson's own run (the
// scenario and seed it walks) or computed by Flink's formulas in the model, formatted as the sandbox prints sizes and
// times, and must appear in the step that quotes it — a model change that moves a figure fails here until the text
// follows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../models/lessons/loadLesson';
import { formatSimTime } from '../../../models/units/duration';
import { rocksDbRun, size } from '../../helpers/rocksdbFigures';

const ROOT = join(import.meta.dirname, '../../..');
const lesson = loadLesson(readFileSync(join(ROOT, 'lessons', 'rocksdb-and-the-pod-limit.yaml'), 'utf8'), 'rocksdb-and-the-pod-limit.yaml');
const r = rocksDbRun(lesson.scenario);
const TM1 = 1;
const step = (i: number) => {
  const s = lesson.steps[i];
  if (!s) throw new Error(`no step ${i}`);
  return [s.text, s.question?.prompt ?? '', s.question?.explain ?? ''].join('\n');
};

describe('the lesson rocksdb-and-the-pod-limit', () => {
  it("quotes Flink's budget: managed memory, its share per slot, the cache and the write buffer manager", () => {
    const text = step(0);
    expect(r.info.mode).toBe('managed');
    expect(text).toContain(`${r.slots} slots each`);
    expect(text).toContain(`managed memory ${size(r.managedBytes)}`);
    expect(text).toContain(`a quarter of it, ${size(r.info.totalBytes)}`);
    expect(r.slots).toBe(4);
    expect(text).toContain(`block cache of ${size(r.info.cacheCapacityBytes)}`);
    expect(text).toContain(`write buffer manager of ${size(r.info.writeBufferManagerBytes)}`);
    expect(text).toContain(`${size(r.containerLimitBytes)} pods`);
  });

  it('quotes what RocksDB pins after two minutes, the managed memory metric and RSS', () => {
    const at = r.at(TM1, 120_000);
    const text = step(1);
    expect(text).toContain(`RocksDB pins ${size(at.pinned)} on taskmanager-1`);
    expect(text).toContain(`managed memory metric reads ${size(at.managedUsed)}`);
    expect(at.managedUsed).toBe(r.info.totalBytes * r.slots);
    expect(text).toContain(`RSS is ${size(at.rss)}`);
    expect(text).toContain(`RSS is ${size(at.rss)} of the ${size(r.containerLimitBytes)} pod`);
    expect(at.rocksdb).toBeGreaterThan(r.info.totalBytes * r.slots);
    expect(text).toContain(`at ${formatSimTime(r.firstKillMs ?? 0)} RSS reaches`);
  });

  it('quotes the kill: when, what RocksDB held by part, how far beyond its budget, and the heap', () => {
    const kill = r.firstKillMs ?? Number.NaN;
    const at = r.at(TM1, kill - 1);
    const budget = r.info.totalBytes * r.slots;
    const text = step(2);
    expect(text).toContain(`At ${formatSimTime(kill)} both pods were OOMKilled`);
    expect(text).toContain(`RocksDB held ${size(at.rocksdb)}`);
    expect(text).toContain(`${size(at.pinned)} of pinned blocks and ${size(at.memtables)} of memtables`);
    // Pinned blocks and memtables are all of it: the other parts are 0 here, else the sentence would leave them out.
    expect(at.blockCache + at.tableReaders + at.mallocRetained).toBe(0);
    expect(text).toContain(`${size(at.rocksdb - budget)} beyond its ${size(budget)} budget`);
    expect(text).toContain(`the heap used only ${size(at.heapUsed)}`);
    expect(text).toContain('(jemalloc:');
  });

  it('quotes the second kill', () => {
    const second = r.run.events.filter((e) => e.type === 'container.killed').map((e) => e.atMs)[2];
    expect(step(3)).toContain(`the pods are killed at ${formatSimTime(second ?? 0)}`);
  });
});
