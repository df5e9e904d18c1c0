// Protects sizing for RocksDB (issue 16): the sizing room's RocksDB preset run through `flink-mem sweep` finds the smallest
// pod size and managed fraction that survive rocksdb-bounded-pinned-overshoot with 5 % RSS headroom, and every smaller cell
// fails; the allocator and MALLOC_ARENA_MAX sweep as cluster keys, checked like Flink's values; a RocksDB option Flink
// refuses makes a cell invalid with Flink's text; the slots and the write buffer ratio sweep as Flink options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { presetOf } from '../../src/ui/sizing/presets';
import { SCENARIO_DIR } from '../helpers/engine';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => readFileSync(join(SCENARIO_DIR, p), 'utf8'),
  });
  return { code, out, err, json: () => JSON.parse(out) };
}

interface Cell {
  readonly ok: boolean;
  readonly passed: boolean;
  readonly values: readonly string[];
  readonly error?: string;
  readonly metrics?: { readonly minRssHeadroom: { readonly percent: number; readonly process: string } | null };
}

/**
 * The preset's answer on the model as it is: the smallest pod (process size = pod on native Kubernetes) and, in it, the
 * smallest managed fraction that survive with 5 % headroom. A model change that moves it fails here, on purpose: the
 * sizing page's answer and the README's RocksDB figures move with it.
 */
const ANSWER = { pod: '5g', fraction: '0.3', headroom: 5.65 } as const;

describe('the RocksDB sizing preset', () => {
  const preset = presetOf('rocksdb');
  if (!preset) throw new Error('no RocksDB preset');

  it('finds the smallest pod and, in it, the smallest managed fraction that survive with 5 % headroom; every smaller cell fails', async () => {
    const argv = ['sweep', `${preset.scenario}.yaml`, ...preset.params.flatMap((p) => ['--param', p])];
    const r = await run(...argv, ...preset.assertions.flatMap((a) => ['--assert', a]), '--json');
    expect(r.code).toBe(0);
    const json = r.json() as { cells: readonly Cell[]; smallestSurviving: number | null };
    const best = json.cells[json.smallestSurviving ?? -1];
    // RocksDB's pinned blocks go beyond the managed budget whatever the fraction; a bigger pod gives them room, and a
    // larger fraction leaves less heap to become resident (a fraction is not RocksDB's limit, only its cache's).
    expect(best?.values).toEqual([ANSWER.pod, ANSWER.fraction]);
    expect(best?.metrics?.minRssHeadroom?.percent).toBe(ANSWER.headroom);
    const mib = (v: string) => (v.endsWith('g') ? Number(v.slice(0, -1)) * 1024 : Number(v.slice(0, -1)));
    for (const c of json.cells) {
      const smallerPod = mib(c.values[0] as string) < mib(ANSWER.pod);
      const samePodSmallerFraction = c.values[0] === ANSWER.pod && Number(c.values[1]) < Number(ANSWER.fraction);
      if (smallerPod || samePodSmallerFraction) expect(c.passed, c.values.join(', ')).toBe(false);
    }
    // The 4 GiB pods of the scenario are OOMKilled whatever the fraction.
    expect(json.cells.filter((c) => c.values[0] === '4g').every((c) => !c.passed)).toBe(true);
    const table = await run(...argv, ...preset.assertions.flatMap((a) => ['--assert', a]));
    expect(table.out).toContain(
      `taskmanager.memory.process.size=${ANSWER.pod}, taskmanager.memory.managed.fraction=${ANSWER.fraction} — 2 TaskManagers × 5 GiB (4 slots each) = 10 GiB, min RSS headroom ${ANSWER.headroom}% (taskmanager-1)`,
    );
  });
});

describe('RocksDB and allocator keys in a sweep', () => {
  it('sweeps the allocator and the write buffer ratio; a ratio Flink refuses is an invalid cell with Flink’s text', async () => {
    const r = await run(
      'sweep',
      'rocksdb-bounded.yaml',
      '--param',
      'state.backend.rocksdb.memory.write-buffer-ratio=0.5,1.5',
      '--param',
      'cluster.allocator=glibc,jemalloc',
      '--duration',
      '30m',
      '--json',
    );
    expect(r.code).toBe(0);
    const cells = r.json().cells as (Cell & { traceHash?: string })[];
    expect(cells.map((c) => [c.values.join(','), c.ok])).toEqual([
      ['0.5,glibc', true],
      ['0.5,jemalloc', true],
      ['1.5,glibc', false],
      ['1.5,jemalloc', false],
    ]);
    expect(cells[2]?.error).toBe('flink.config: Invalid configuration: writeBufferRatio 1.5 with highPriPoolRatio 0.1');
    // glibc keeps more of what RocksDB frees than jemalloc: less headroom on the same workload.
    const headroom = (c: Cell | undefined) => c?.metrics?.minRssHeadroom?.percent ?? Number.NaN;
    expect(headroom(cells[0])).toBeLessThan(headroom(cells[1]));
  });

  it('sweeps MALLOC_ARENA_MAX under glibc and the slots per TaskManager', async () => {
    const sweep = await run(
      'sweep',
      'rocksdb-bounded.yaml',
      '--param',
      'cluster.allocator=glibc',
      '--param',
      'cluster.mallocArenaMax=1,8',
      '--param',
      'taskmanager.numberOfTaskSlots=2,4',
      '--duration',
      '30m',
      '--json',
    );
    expect(sweep.code).toBe(0);
    const cells = sweep.json().cells as (Cell & { traceHash: string })[];
    expect(cells.every((c) => c.ok)).toBe(true);
    // One arena keeps less than eight of what RocksDB's threads free; the slots change the layout itself.
    expect(new Set(cells.map((c) => c.traceHash)).size).toBe(4);
  });

  it.each([
    ['cluster.allocator=tcmalloc', /cluster\.allocator must be glibc or jemalloc \(got 'tcmalloc'\)/],
    ['cluster.mallocArenaMax=0', /cluster\.mallocArenaMax \(MALLOC_ARENA_MAX\) must be a whole number from 1 to 1024 \(got '0'\)/],
    ['cluster.mallocArenaMax=4096m', /must be a whole number from 1 to 1024 \(got '4096m'\)/],
  ])('%s is refused before any cell runs (exit 1)', async (param, message) => {
    const r = await run('sweep', 'rocksdb-bounded.yaml', '--param', param, '--duration', '10m');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });
});
