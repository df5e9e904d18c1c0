// Protects sweeps beyond one thread and one machine: parallel cells (--jobs) print the bytes a serial run prints, shards 1/N…N/N merge into
// the unsharded output and bad sets of shards are refused, and the CI-matrix and Kubernetes examples run the CLI with flags that make such
// a set.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { main } from '../../src/cli/main';

const ROOT = join(import.meta.dirname, '../..');

/** main() in-process; files under `files` are written and read there, every other path from the repository. */
async function cli(argv: readonly string[], files: Map<string, string> = new Map()) {
  let out = '';
  let err = '';
  const code = await main([...argv], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => files.get(p) ?? readFileSync(join(ROOT, p), 'utf8'),
    writeFile: (p, text) => void files.set(p, text),
  });
  return { code, out, err };
}

const HELLO = 'scenarios/hello-memory-model.yaml';
const GRID = ['--param', 'taskmanager.memory.process.size=1g..2g step 256m', '--param', 'cluster.taskmanagers=1,2', '--duration', '20m'];

describe('parallel cells', () => {
  it('sweep --jobs 2 prints the JSON and CSV of --jobs 1, byte for byte', async () => {
    for (const format of ['--json', '--csv']) {
      const serial = await cli(['sweep', HELLO, ...GRID, format, '--jobs', '1']);
      const parallel = await cli(['sweep', HELLO, ...GRID, format, '--jobs', '2']);
      expect(serial.code).toBe(0);
      expect(parallel.code).toBe(0);
      expect(parallel.out).toBe(serial.out);
    }
    // Not vacuous: 10 cells, some of them different from each other.
    const json = JSON.parse((await cli(['sweep', HELLO, ...GRID, '--json', '--jobs', '2'])).out);
    expect(json.cells).toHaveLength(10);
    expect(new Set(json.cells.map((c: { traceHash: string }) => c.traceHash)).size).toBeGreaterThan(1);
  });

  it('compare --jobs 3 prints the JSON and CSV of --jobs 1', async () => {
    const variants = [
      '--variant',
      'base:',
      '--variant',
      'big: -D taskmanager.memory.process.size=2g',
      '--variant',
      'two: -D cluster.taskmanagers=2',
    ];
    for (const format of ['--json', '--csv']) {
      const serial = await cli(['compare', HELLO, '--duration', '20m', ...variants, format, '--jobs', '1']);
      const parallel = await cli(['compare', HELLO, '--duration', '20m', ...variants, format, '--jobs', '3']);
      expect(parallel.out).toBe(serial.out);
    }
  });

  it('--jobs must be a positive integer (wrong usage, exit 2)', async () => {
    const r = await cli(['sweep', HELLO, ...GRID, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--jobs must be a positive integer \(got '0'\)[\s\S]*Usage: flink-mem sweep/);
  });
});

describe('shards', () => {
  async function shards(n: number, extra: readonly string[] = []) {
    const files = new Map<string, string>();
    for (let k = 1; k <= n; k += 1) {
      const r = await cli(['sweep', HELLO, ...GRID, ...extra, '--shard', `${k}/${n}`, '--out', `shard-${k}.json`, '--jobs', '1'], files);
      expect(r.code).toBe(0);
    }
    return files;
  }

  it('shards 1/3, 2/3, 3/3 merge (in any order) into the unsharded JSON, CSV and table', async () => {
    const files = await shards(3);
    const names = ['shard-3.json', 'shard-1.json', 'shard-2.json'];
    expect(JSON.parse(files.get('shard-1.json') ?? '').cells.map((c: { index: number }) => c.index)).toEqual([0, 3, 6, 9]);
    for (const format of ['--json', '--csv']) {
      const whole = await cli(['sweep', HELLO, ...GRID, format, '--jobs', '1']);
      const merged = await cli(['sweep-merge', ...names, format], files);
      expect(merged.code).toBe(0);
      expect(merged.out).toBe(whole.out);
    }
    const wallTime = / in \d+ ms/;
    const table = await cli(['sweep', HELLO, ...GRID, '--jobs', '1']);
    expect((await cli(['sweep-merge', ...names], files)).out.replace(wallTime, '')).toBe(table.out.replace(wallTime, ''));
  });

  it('refuses a missing shard, a shard given twice, shards of another sweep and files that are not shards (exit 1)', async () => {
    const files = await shards(3);
    const other = await shards(3, ['--seed', '99']);
    files.set('other-2.json', other.get('shard-2.json') ?? '');
    files.set('not-a-shard.json', '{"cells": []}');
    const cases: Array<[string[], RegExp]> = [
      [['shard-1.json', 'shard-3.json'], /^missing shard 2\/3$/],
      [['shard-1.json', 'shard-2.json', 'shard-2.json', 'shard-3.json'], /^shard 2\/3 is given twice: shard-2.json and shard-2.json$/],
      [['shard-1.json', 'other-2.json', 'shard-3.json'], /^other-2.json is from another sweep than shard-1.json: seed "99" ≠ "\d+"$/],
      [['shard-1.json', 'not-a-shard.json'], /^not-a-shard.json: not a sweep shard/],
    ];
    for (const [names, message] of cases) {
      const r = await cli(['sweep-merge', ...names], files);
      expect(r.code, names.join(' ')).toBe(1);
      expect(r.err.trim()).toMatch(message);
    }
    const tampered = JSON.parse(files.get('shard-2.json') ?? '');
    tampered.cells.pop();
    files.set('tampered-2.json', JSON.stringify(tampered));
    expect((await cli(['sweep-merge', 'shard-1.json', 'tampered-2.json', 'shard-3.json'], files)).err).toMatch(
      /tampered-2.json: its cells are not those of shard 2\/3/,
    );
  });

  it('--shard is K/N with 1 <= K <= N; --csv with --shard is wrong usage', async () => {
    for (const bad of ['0/3', '4/3', '3', 'a/b']) {
      const r = await cli(['sweep', HELLO, ...GRID, '--shard', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/--shard: a shard is K\/N/);
    }
    expect((await cli(['sweep', HELLO, ...GRID, '--shard', '1/2', '--csv'])).code).toBe(2);
  });
});

/**
 * Runs `script` with sh, `node` being a stub that records its arguments: the example's own shell
 * (quotes, $((…)), globs) decides what the CLI receives. Returns each invocation's argv.
 */
function invocations(script: string, env: Record<string, string>, cwd: string): string[][] {
  const bin = mkdtempSync(join(tmpdir(), 'flink-mem-stub-'));
  const log = join(bin, 'args');
  writeFileSync(join(bin, 'node'), `#!/bin/sh\nfor a in "$@"; do printf '%s\\037' "$a"; done >> "${log}"\nprintf '\\036' >> "${log}"\n`);
  chmodSync(join(bin, 'node'), 0o755);
  writeFileSync(log, '');
  execFileSync('sh', ['-c', script], { cwd, env: { ...env, PATH: `${bin}:/usr/bin:/bin` } });
  return readFileSync(log, 'utf8')
    .split('\x1e')
    .filter((s) => s !== '')
    .map((s) => s.split('\x1f').slice(0, -1));
}

const flag = (args: readonly string[], name: string) => args[args.indexOf(name) + 1];
/** The arguments without `name value` pairs of the given flags. */
const without = (args: readonly string[], names: readonly string[]) =>
  args.filter((a, i) => !names.includes(a) && !names.includes(args[i - 1] ?? ''));
/** A shard's sweep as the unsharded sweep. */
const unsharded = (args: readonly string[]) => without(args, ['--shard', '--out']);
// The examples' sweeps, shortened to 10 simulated seconds so that the test runs them all.
const SHORT = ['--duration', '10s', '--jobs', '1'];

describe('examples', () => {
  it('the GitHub Actions matrix runs shards 1/N…N/N and its merge job joins them into the unsharded result', async () => {
    const workflow = parse(readFileSync(join(ROOT, 'examples/github-actions-sweep.yml'), 'utf8'));
    const shardsTotal = Number(workflow.env.SHARDS);
    const matrix: number[] = workflow.jobs.sweep.strategy.matrix.shard;
    expect(matrix).toEqual(Array.from({ length: shardsTotal }, (_, i) => i + 1));
    const steps = workflow.jobs.sweep.steps;
    const sweepStep = steps.find((s: { run?: string }) => s.run?.includes(' sweep '));
    const upload = steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact'));
    const work = mkdtempSync(join(tmpdir(), 'flink-mem-gha-'));
    mkdirSync(join(work, 'shards'));
    const files = new Map<string, string>();
    let sweepArgs: string[] = [];
    for (const k of matrix) {
      const expand = (text: string) =>
        text.replace(/\$\{\{ matrix\.shard \}\}/g, String(k)).replace(/\$\{\{ env\.SHARDS \}\}/g, String(shardsTotal));
      const [argv] = invocations(expand(sweepStep.run), workflow.env, work);
      expect(argv?.slice(0, 2)).toEqual(['bin/flink-mem.js', 'sweep']);
      sweepArgs = unsharded(argv ?? []);
      expect(flag(argv ?? [], '--shard')).toBe(`${k}/${shardsTotal}`);
      expect(flag(argv ?? [], '--out')).toBe(expand(upload.with.path));
      expect((await cli([...(argv ?? []).slice(1), ...SHORT], files)).code).toBe(0);
      writeFileSync(join(work, 'shards', expand(upload.with.path)), files.get(expand(upload.with.path)) ?? '');
    }
    const download = workflow.jobs.merge.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/download-artifact'));
    expect(download.with).toMatchObject({ path: 'shards', 'merge-multiple': true, pattern: 'sweep-shard-*' });
    const merges = invocations(workflow.jobs.merge.steps.find((s: { run?: string }) => s.run?.includes('sweep-merge')).run, {}, work);
    await expectMergesMatch(merges, sweepArgs, (p) => readFileSync(join(work, p), 'utf8'));
  });

  it('the Kubernetes Indexed Job runs shard JOB_COMPLETION_INDEX+1 of `completions` onto the shared volume, and the merge joins them', async () => {
    const docs = parseAllDocuments(readFileSync(join(ROOT, 'examples/kubernetes-sweep-job.yaml'), 'utf8')).map((d) => d.toJS());
    const [sweepJob, mergeJob] = docs.filter((d) => d.kind === 'Job');
    const claim = docs.find((d) => d.kind === 'PersistentVolumeClaim');
    expect(sweepJob.spec.completionMode).toBe('Indexed');
    const n = sweepJob.spec.completions;
    const container = sweepJob.spec.template.spec.containers[0];
    const mount = container.volumeMounts[0].mountPath;
    for (const job of [sweepJob, mergeJob])
      expect(job.spec.template.spec.volumes[0].persistentVolumeClaim.claimName).toBe(claim.metadata.name);
    const work = mkdtempSync(join(tmpdir(), 'flink-mem-k8s-'));
    const onVolume = (script: string) => script.replaceAll(mount, join(work, 'results'));
    mkdirSync(join(work, 'results'));
    const files = new Map<string, string>();
    let sweepArgs: string[] = [];
    for (let index = 0; index < n; index += 1) {
      const [argv] = invocations(onVolume(container.args[0]), { JOB_COMPLETION_INDEX: String(index) }, work);
      expect(container.command).toEqual(['sh', '-c']);
      expect(flag(argv ?? [], '--shard')).toBe(`${index + 1}/${n}`);
      sweepArgs = unsharded(argv ?? []);
      const out = flag(argv ?? [], '--out') ?? '';
      expect(out.startsWith(join(work, 'results'))).toBe(true);
      expect((await cli([...(argv ?? []).slice(1), ...SHORT], files)).code).toBe(0);
      writeFileSync(out, files.get(out) ?? '');
    }
    const merge = mergeJob.spec.template.spec.containers[0];
    expect(merge.volumeMounts[0].mountPath).toBe(mount);
    const merges = invocations(onVolume(merge.args[0]), {}, work);
    await expectMergesMatch(merges, sweepArgs, (p) => readFileSync(p, 'utf8'));
  });
});

/** Every sweep-merge invocation gets all shards and prints (or writes) what the unsharded sweep does. */
async function expectMergesMatch(merges: string[][], sweepArgs: string[], read: (path: string) => string) {
  expect(merges.length).toBeGreaterThan(0);
  for (const argv of merges) {
    expect(argv.slice(0, 2)).toEqual(['bin/flink-mem.js', 'sweep-merge']);
    const shardFiles = argv.filter((a) => a.endsWith('.json') && !a.includes('sweep.json'));
    const files = new Map(shardFiles.map((p) => [p, read(p)]));
    const format = argv.filter((a) => a === '--json' || a === '--csv');
    const merged = await cli(without(argv.slice(1), ['--out']), files);
    expect(merged.code, merged.err).toBe(0);
    const whole = await cli([...sweepArgs.slice(1), ...SHORT, ...format]);
    const wallTime = / in \d+ ms/;
    expect(merged.out.replace(wallTime, '')).toBe(whole.out.replace(wallTime, ''));
  }
}
