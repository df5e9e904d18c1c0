// Protects the flink-mem CLI contract: command names, the --json shapes, exit codes 0/1/2, and that `npm run flink-mem` works with nothing
// but `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) =>
      files[p] ??
      (() => {
        throw new Error('ENOENT: no such file');
      })(),
  });
  return { code, out, err, json: () => JSON.parse(out) };
}

const files: Record<string, string> = {
  'flink-conf.yaml': 'taskmanager.memory.process.size: 1728m\njobmanager.memory.process.size: 1600m\n',
  'config.yaml': 'taskmanager:\n  memory:\n    process:\n      size: 4g\n  numberOfTaskSlots: 4\n',
  'broken.yaml': 'taskmanager.memory.process.size: [1g\n',
  'service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
};

describe('derive', () => {
  it('--json prints the contract object with integer bytes', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'flink-conf.yaml', '--json');
    expect(r.code).toBe(0);
    const json = r.json();
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['process', 'flinkVersion', 'memory', 'jvmArgs', 'networkBuffers', 'warnings']),
    );
    expect(json).toMatchObject({
      process: 'taskmanager',
      flinkVersion: '2.3',
      networkBuffers: 4096,
      jvmArgs: '-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456',
    });
    expect(Object.keys(json.memory)).toEqual([
      'frameworkHeap',
      'taskHeap',
      'frameworkOffHeap',
      'taskOffHeap',
      'network',
      'managed',
      'jvmMetaspace',
      'jvmOverhead',
      'totalFlinkMemory',
      'totalProcessMemory',
      'jvmHeap',
      'jvmDirect',
    ]);
    expect(json.memory.taskHeap).toBe(402653174);
    // jobmanager.memory.process.size in the same file is a known option of the other process: no warning.
    // The default release (2.3) reads only config.yaml: the file is read as one, and the reading says so.
    expect(json.warnings).toEqual([
      expect.stringMatching(/^flink-conf\.yaml: Flink 2\.3 ignores flink-conf\.yaml/),
      expect.stringContaining('The derived from fraction jvm overhead memory'),
    ]);
  });

  it('JobManager memory fields', async () => {
    const json = (await run('derive', '--process', 'jobmanager', '-D', 'jobmanager.memory.process.size=1600m', '--json')).json();
    expect(Object.keys(json.memory)).toEqual([
      'jvmHeap',
      'offHeap',
      'jvmMetaspace',
      'jvmOverhead',
      'totalFlinkMemory',
      'totalProcessMemory',
    ]);
    expect(json.memory.jvmHeap).toBe(1073741824);
  });

  it('nested config.yaml, -D overrides (also -Dkey=value) and --flink-version', async () => {
    const json = (
      await run(
        'derive',
        '--process',
        'taskmanager',
        '--config',
        'config.yaml',
        '-Dtaskmanager.memory.process.size=16g',
        '--flink-version',
        '1.16',
        '--json',
      )
    ).json();
    expect(json.memory.totalProcessMemory).toBe(17179869184);
    expect(json.memory.network).toBe(1073741824);
    expect(json.flinkVersion).toBe('1.16');
  });

  it('prints exact integers above 2^53', async () => {
    const r = await run(
      'derive',
      '--process',
      'taskmanager',
      '-D',
      'taskmanager.memory.process.size=8000t',
      '-D',
      'taskmanager.memory.segment-size=1g',
      '--json',
    );
    expect(r.out).toContain('"totalProcessMemory":8796093022208000,');
    expect(r.out).toMatch(/"managed":\d{16},/);
  });

  it("an invalid configuration exits 1 with Flink's full message as JSON and on stderr", async () => {
    const r = await run('derive', '--process', 'taskmanager', '-D', 'taskmanager.memory.process.size=300m', '--json');
    expect(r.code).toBe(1);
    expect(r.json().error).toBe(
      'TaskManager memory configuration failed: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (300.000mb (314572800 bytes)).',
    );
    expect(r.err).toContain('Sum of configured JVM Metaspace');
  });

  it('the release chosen decides the reader: 1.18 reads flink-conf.yaml line by line, so a quoted size keeps its quotes', async () => {
    files['quoted/flink-conf.yaml'] = 'taskmanager.memory.process.size: "2g"\n';
    const r = await run('derive', '--process', 'taskmanager', '--flink-version', '1.18', '--config', 'quoted/flink-conf.yaml', '--json');
    expect(r.code).toBe(1);
    expect(r.json().causes).toContain(`IllegalArgumentException: Could not parse value '"2g"' for key 'taskmanager.memory.process.size'.`);
  });

  it('a file with no Flink key is refused for that reason, not with "need to be configured explicitly"', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'service.yaml', '--json');
    expect([r.code, r.json().error]).toEqual([
      1,
      'service.yaml: this file does not look like a Flink configuration (no Flink keys found).',
    ]);
  });

  it('invalid YAML is an invalid configuration (exit 1) naming file and line', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'broken.yaml', '--json');
    expect([r.code, r.json().error]).toEqual([
      1,
      expect.stringMatching(/^broken\.yaml:\d+: Flink reads it as config\.yaml and refuses it .*: while parsing a flow sequence/),
    ]);
  });

  it('human output is Flink\'s "Final TaskExecutor Memory configuration" table', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'flink-conf.yaml');
    expect(r.out).toContain('Final TaskExecutor Memory configuration:\n  Total Process Memory:          1.688gb (1811939328 bytes)\n');
  });

  it.each([
    [['derive']],
    [['derive', '--process', 'datanode']],
    [['derive', '--process', 'taskmanager', '--flink-version', '1.9']],
    [['derive', '--process', 'taskmanager', '--config', 'missing.yaml']],
    [['derive', '--process', 'taskmanager', '-D', 'novalue']],
    [['derive', '--process', 'taskmanager', '--bogus']],
    [['frobnicate']],
    [['size']],
  ])('wrong usage %j exits 2 with the usage text', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Usage: flink-mem/);
  });
});

describe('size', () => {
  it('prints bytes, humanReadable and toString', async () => {
    expect((await run('size', '--json', '1728m')).json()).toEqual({
      bytes: 1811939328,
      humanReadable: '1.688gb (1811939328 bytes)',
      toString: '1728 mb',
    });
  });

  it('bytes above 2^53 travel as a string', async () => {
    expect((await run('size', '--json', '--', '9223372036854775807')).json().bytes).toBe('9223372036854775807');
  });

  it('everything after -- is literal: "-100 bytes" and "" reach the parser', async () => {
    const negative = await run('size', '--json', '--', '-100 bytes');
    expect([negative.code, negative.json()]).toEqual([
      1,
      { error: 'text does not start with a number', javaClass: 'NumberFormatException' },
    ]);
    const empty = await run('size', '--', '');
    expect([empty.code, empty.err]).toEqual([1, 'argument is an empty- or whitespace-only string\n']);
  });

  it("overflow uses Flink's text", async () => {
    expect((await run('size', '--json', '8388608t')).json().error).toBe(
      "The value '8388608t' cannot be re represented as 64bit number of bytes (numeric overflow).",
    );
  });
});

describe('fit', () => {
  it('reports the pod-limit mismatch and the process size to set', async () => {
    const r = await run(
      'fit',
      '--process',
      'taskmanager',
      '-D',
      'taskmanager.memory.process.size=4g',
      '--limit',
      '3g',
      '--slots',
      '2',
      '--deployment',
      'kubernetes',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      fits: false,
      headroom: -1073741824,
      suggestedConfig: 'taskmanager.memory.process.size: 3072m',
      perSlot: { managed: 719407031 },
    });
  });

  it('a bad --limit is wrong usage', async () => {
    expect((await run('fit', '--process', 'taskmanager', '--limit', 'big')).code).toBe(2);
  });
});

describe('the installed command', () => {
  it('`npm run --silent flink-mem` works and exits as documented', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flink-mem-'));
    writeFileSync(join(dir, 'flink-conf.yaml'), 'taskmanager.memory.process.size: 2g\n');
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'flink-mem', '--', 'derive', '--process', 'taskmanager', '--config', join(dir, 'flink-conf.yaml'), '--json'],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out).memory.taskHeap).toBe(563714445);
    expect(spawnSync('node', ['bin/flink-mem.js', 'size', '--json', '--', 'x'], { encoding: 'utf8' }).status).toBe(1);
    expect(spawnSync('node', ['bin/flink-mem.js', 'nope'], { encoding: 'utf8' }).status).toBe(2);
  }, 30_000);
});
