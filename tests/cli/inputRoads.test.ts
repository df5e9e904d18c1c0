// Protects the CLI's input roads: special files and oversized files are refused at once, unwritable outputs are one line (exit 1), and
// every wrong usage (exit 2) prints the usage of its command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_FILE_BYTES, readInputFile } from '../../src/cli/files';
import { main } from '../../src/cli/main';
import { SCENARIO_DIR } from '../helpers/engine';

const dir = mkdtempSync(join(tmpdir(), 'flink-mem-roads-'));
const scenario = join(SCENARIO_DIR, 'hello-memory-model.yaml');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const written: string[] = [];
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: readInputFile,
    writeFile: (p) => written.push(p),
  });
  return { code, out, err, written };
}

describe('input files', () => {
  it('/dev/zero, a FIFO and a directory are not regular files: refused at once (they hung before)', async () => {
    const fifo = join(dir, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo, dir]) {
      const r = await run('run', path);
      expect([r.code, r.err.split('\n')[0]]).toEqual([2, `error: ${path} is not a regular file`]);
      expect(r.err).toContain('Usage: flink-mem run');
    }
    const config = await run('derive', '--process', 'taskmanager', '--config', fifo);
    expect([config.code, config.err.split('\n')[0]]).toEqual([2, `error: --config: ${fifo} is not a regular file`]);
  });

  it('a file above 4 MiB is refused before it is read', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(MAX_INPUT_FILE_BYTES)}\n`);
    const r = await run('run', big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: .*big\.yaml is larger than 4 MiB \(4194307 bytes\)/);
  });
});

describe('output files', () => {
  it.each([
    [
      ['run', scenario, '--duration', '1s', '--metrics', '/nonexistent-dir/m.csv'],
      'cannot write --metrics /nonexistent-dir/m.csv: the directory /nonexistent-dir does not exist',
    ],
    [['run', scenario, '--duration', '1s', '--metrics', dir], `cannot write --metrics ${dir}: it is a directory`],
    [
      ['sweep', scenario, '--duration', '1s', '--param', 'cluster.taskmanagers=1,2', '--out', dir],
      `cannot write --out ${dir}: it is a directory`,
    ],
  ])('%j: one line, exit 1, no stack trace', async (argv, message) => {
    const r = await run(...argv);
    expect([r.code, r.err]).toEqual([1, `${message}\n`]);
    expect(r.written).toEqual([]);
  });
});

describe('wrong usage exits 2 with the usage of its command', () => {
  const fit = ['fit', '--process', 'taskmanager'];
  it.each([
    [['run', scenario, '--duration', '0'], /--duration must be at least 1ms/],
    [['run', scenario, '--duration', '100000d'], /--duration must be at most 400d/],
    [['check', scenario, '--duration', '401d', '--assert', 'no OOM'], /--duration must be at most 400d/],
    [['check', scenario, '--assert', 'no OOM for 100000d'], /'for' must be at most 400d/],
    [['compare', scenario, '--duration', '0', '--variant', 'a:', '--variant', 'b:'], /--duration must be at least 1ms/],
    [['sweep', scenario, '--duration', '100000d', '--param', 'cluster.taskmanagers=1,2'], /--duration must be at most 400d/],
    [[...fit, '--limit', '0'], /--limit must be above 0 bytes/],
    [[...fit, '--limit', '4g', '--limit-factor', 'Infinity'], /--limit-factor must be a finite number >= 1/],
    [[...fit, '--limit', '4g', '--limit-factor', '1e308'], /--limit-factor 1e308 leaves no process size/],
    [[...fit, '--limit', '4g', '--limit-factor', '0x10'], /--limit-factor must be a finite number >= 1/],
    [fit, /required option '--limit <size>'/],
    [['derive'], /required option '--process <kind>'/],
    [['derive', '--process', 'nope'], /argument 'nope' is invalid/],
    [['run'], /missing required argument 'scenario'/],
    [['run', scenario, '--bogus'], /unknown option '--bogus'/],
    [['size'], /missing required argument 'text'/],
    [['versions', 'extra'], /too many arguments/],
    [['compare', scenario, '--variant', 'a:'], /compare takes 2 to 4 variants/],
    [['sweep', scenario], /--param/],
  ])('%j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain(`Usage: flink-mem ${argv[0]}`);
  });

  it('an unknown command prints the program usage', async () => {
    const r = await run('nope');
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('Usage: flink-mem [options] [command]')]);
  });
});

describe('Flink refusals in a scenario', () => {
  it('name the file and the line of the offending key in flink.config', async () => {
    const path = join(dir, 'bad-size.yaml');
    writeFileSync(path, readInputFile(scenario).replace(/taskmanager\.memory\.process\.size: .*/, 'taskmanager.memory.process.size: 4q'));
    const line =
      readInputFile(path)
        .split('\n')
        .findIndex((l) => l.includes('4q')) + 1;
    const r = await run('run', path, '--duration', '1s');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${path}:${line}: flink\\.config: TaskManager: .*'taskmanager\\.memory\\.process\\.size'`));
  });

  it("a scenario's own duration beyond 400d is refused at its line unless --duration replaces it", async () => {
    const path = join(dir, 'long.yaml');
    writeFileSync(path, readInputFile(scenario).replace(/^duration: .*$/m, 'duration: 100000d'));
    const line = readInputFile(path).split('\n').indexOf('duration: 100000d') + 1;
    const r = await run('run', path);
    expect([r.code, r.err]).toEqual([
      1,
      `${path}:${line}: duration: must be at most 400d for the CLI (got 100000d); --duration runs a part of it\n`,
    ]);
    const part = await run('check', path, '--duration', '1s', '--assert', 'no OOM');
    expect(part.code).toBe(0);
  });
});
