// Protects the sizing commands' contract: `check` exits 1 exactly when an assertion fails (0 when all pass, 2 when nothing could be
// evaluated), compare's and sweep's output shapes and exit codes, and byte-identical sweep JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { SCENARIO_DIR } from '../helpers/engine';

const written: Record<string, string> = {};

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => (p === 'broken.yaml' ? 'title: [unclosed\n' : readFileSync(join(SCENARIO_DIR, p), 'utf8')),
    writeFile: (p, text) => (written[p] = text),
  });
  return { code, out, err, json: () => JSON.parse(out) };
}

describe('check', () => {
  it('fails (exit 1) where the leak OOMs before 5h and passes (exit 0) for the fixed twin', async () => {
    const leaky = await run('check', 'direct-leak-on-restart.yaml', '--duration', '1h', '--assert', 'no OOM for 5h');
    expect(leaky.code).toBe(1);
    expect(leaky.out).toMatch(
      /^FAIL {2}no OOM for 5h: \d+ × OOM in the first 5h, the first at 3h40m36\.198s on taskmanager-3 \(direct\): java\.lang\.OutOfMemoryError: Direct buffer memory$/m,
    );
    expect(leaky.out).toContain('failed (1 of 1)');
    const fixed = await run('check', 'direct-leak-on-restart-fixed.yaml', '--duration', '1h', '--assert', 'no OOM for 5h');
    expect(fixed.code).toBe(0);
    expect(fixed.out).toContain('PASS  no OOM for 5h: no OOM in the first 5h');
    expect(fixed.err).toBe('');
  });

  it('one failing clause among passing ones fails the check; --json lists each with its measured value', async () => {
    const r = await run(
      'check',
      'direct-leak-on-restart.yaml',
      '--duration',
      '1h',
      '--assert',
      'RSS headroom ≥ 10% and throughput >= 50000/s',
      '--assert',
      'no failure',
      '--json',
    );
    expect(r.code).toBe(1);
    const json = r.json();
    expect(Object.keys(json)).toEqual(['scenario', 'seed', 'simulatedMs', 'traceHash', 'overrides', 'passed', 'assertions']);
    expect(json).toMatchObject({ scenario: 'direct-leak-on-restart', seed: '7', simulatedMs: 3_600_000, passed: false });
    expect(json.assertions.map((a: { assertion: string; passed: boolean; unit: string }) => [a.assertion, a.passed, a.unit])).toEqual([
      ['RSS headroom ≥ 10%', true, '%'],
      ['throughput >= 50000/s', false, 'records/s'],
      ['no failure', true, 'events'],
    ]);
    // A 20000 records/s source.
    expect(json.assertions[1].measured).toBeGreaterThan(15000);
    expect(json.assertions[1].measured).toBeLessThan(25000);
  });

  it('the same trace as `run` for the same scenario, seed and duration', async () => {
    const check = (
      await run('check', 'hello-memory-model.yaml', '--duration', '30m', '--seed', '5', '--assert', 'no OOM', '--json')
    ).json();
    const plain = (await run('run', 'hello-memory-model.yaml', '--duration', '30m', '--seed', '5', '--json')).json();
    expect(check.traceHash).toBe(plain.traceHash);
  });

  it('-D overrides make the check fail or pass: 2 GiB TaskManagers run out of heap in pod-limit-mismatch', async () => {
    // 5h: G1 uses its reserve and thrashes through full GCs before the OOM, at 4h29m22.962s (before 4h when the model
    // left G1ReservePercent unused).
    const small = await run(
      'check',
      'pod-limit-mismatch.yaml',
      '--duration',
      '5h',
      '-D',
      'taskmanager.memory.process.size=2g',
      '-D',
      'cluster.containerLimit=3g',
      '--assert',
      'no failure',
    );
    expect(small.code).toBe(1);
    expect(small.out).toContain('(heap): java.lang.OutOfMemoryError: Java heap space');
    const enough = await run(
      'check',
      'pod-limit-mismatch.yaml',
      '--duration',
      '5h',
      '-D',
      'taskmanager.memory.process.size=3g',
      '-D',
      'cluster.containerLimit=3g',
      '--assert',
      'no failure and RSS headroom >= 10%',
    );
    expect(enough.code).toBe(0);
  });

  it.each([
    [['check', 'hello-memory-model.yaml'], /give at least one --assert/],
    [['check', 'hello-memory-model.yaml', '--assert', 'GC time < 5'], /--assert 'GC time < 5': GC time is a percentage/],
    [['check', 'missing.yaml', '--assert', 'no OOM'], /cannot read missing\.yaml/],
    [['check', 'hello-memory-model.yaml', '--assert', 'no OOM', '-D', 'novalue'], /-D an override is key=value/],
    [['check', 'hello-memory-model.yaml', '--assert', 'no OOM', '--duration', 'soon'], /--duration: 'soon' is not a duration/],
  ])('wrong usage %j exits 2 with the usage text', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Usage: flink-mem check');
  });

  it("an invalid scenario or a configuration Flink refuses exits 2 too (1 means an assertion failed), with Flink's message", async () => {
    const broken = await run('check', 'broken.yaml', '--assert', 'no OOM');
    expect([broken.code, broken.err]).toEqual([2, expect.stringMatching(/^broken\.yaml:\d+: not valid YAML/)]);
    const refused = await run(
      'check',
      'hello-memory-model.yaml',
      '--assert',
      'no OOM',
      '-D',
      'taskmanager.memory.process.size=4q',
      '--json',
    );
    expect(refused.code).toBe(2);
    expect(refused.json().error).toBe(
      "hello-memory-model.yaml: Could not parse value '4q' for key 'taskmanager.memory.process.size'.\nCaused by: IllegalArgumentException: Memory size unit 'q' does not match any of the recognized units: (b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)",
    );
  });
});

describe('check: where Flink refuses the configuration', () => {
  it('names the -D override that set the refused key, or the line of the key in the scenario file', async () => {
    const overridden = await run(
      'check',
      'bench-reference.yaml',
      '--duration',
      '1m',
      '--assert',
      'no OOM',
      '-D',
      'state.backend.type=rocksdbb',
    );
    expect(overridden.code).toBe(2);
    expect(overridden.err).toContain('-D state.backend.type: flink.config: Cannot find configured state backend factory class: rocksdbb');
    const text = readFileSync(join(SCENARIO_DIR, 'bench-reference.yaml'), 'utf8').replace(
      'execution.checkpointing.interval: 1 min',
      'execution.checkpointing.interval: 0',
    );
    const line = text.split('\n').findIndex((l) => l.includes('execution.checkpointing.interval')) + 1;
    let err = '';
    const code = await main(['check', 'interval-0.yaml', '--duration', '1m', '--assert', 'no OOM'], {
      out: () => undefined,
      err: (t) => (err += t),
      readFile: () => text,
    });
    expect(code).toBe(2);
    expect(err).toContain(`interval-0.yaml:${line}: flink.config: Checkpoint interval must be larger than or equal to 10 ms`);
  });
});

describe('compare', () => {
  const variants = ['--variant', 'baseline:', '--variant', 'big: -D taskmanager.memory.process.size=6g'];

  it('prints a delta table against the first variant', async () => {
    const r = await run('compare', 'direct-leak-on-restart.yaml', '--duration', '1h', ...variants);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^direct-leak-on-restart · seed 7 · 1h simulated per variant · 2 variants in \d+ ms$/m);
    expect(r.out).toMatch(/^process size +4 GiB +6 GiB \(\+2 GiB\)$/m);
    expect(r.out).toMatch(/^total TaskManager memory +16 GiB +24 GiB \(\+8 GiB\)$/m);
    expect(r.out).toMatch(/^overrides +\(none\) +taskmanager\.memory\.process\.size=6g$/m);
  });

  it('--csv: one row per variant, every figure then its delta; --json: variants and rows', async () => {
    const csv = (await run('compare', 'direct-leak-on-restart.yaml', '--duration', '1h', ...variants, '--csv')).out.trim().split('\n');
    expect(csv).toHaveLength(3);
    const header = csv[0]?.split(',') ?? [];
    expect(header.slice(0, 5)).toEqual(['variant', 'overrides', 'traceHash', 'taskManagers', 'slotsPerTaskManager']);
    expect(header).toContain('processSizeBytesDelta');
    const big = Object.fromEntries(header.map((h, i) => [h, csv[2]?.split(',')[i]]));
    expect([big.variant, big.overrides, big.processSizeBytes, big.processSizeBytesDelta, big.timeToFirstFailureMs]).toEqual([
      'big',
      'taskmanager.memory.process.size=6g',
      '6442450944',
      '2147483648',
      '',
    ]);
    const json = (await run('compare', 'direct-leak-on-restart.yaml', '--duration', '1h', ...variants, '--json')).json();
    expect(Object.keys(json)).toEqual(['scenario', 'seed', 'variants', 'rows']);
    expect(json.rows.find((row: { id: string }) => row.id === 'totalProcessBytes')).toEqual({
      id: 'totalProcessBytes',
      label: 'total TaskManager memory',
      unit: 'bytes',
      values: [17179869184, 25769803776],
      deltas: [null, 8589934592],
    });
  });

  it.each([
    [['compare', 'hello-memory-model.yaml', '--variant', 'a:'], 2, /--variant: compare takes 2 to 4 variants \(got 1\)/],
    [['compare', 'hello-memory-model.yaml', '--variant', 'a:', '--variant', 'a: -D x=1'], 2, /two variants are called 'a'/],
    [['compare', 'hello-memory-model.yaml', '--variant', 'a:', '--variant', 'b: oops'], 2, /an override is key=value/],
    [
      ['compare', 'hello-memory-model.yaml', '--variant', 'a:', '--variant', 'b:', '--json', '--csv'],
      2,
      /--json and --csv exclude each other/,
    ],
    [
      ['compare', 'hello-memory-model.yaml', '--variant', 'a:', '--variant', 'b: -D taskmanager.memory.process.size=300m'],
      1,
      /^variant 'b': flink\.config: TaskManager: TaskManager memory configuration failed/,
    ],
  ])('%j exits %i', async (argv, code, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });
});

describe('sweep', () => {
  const grid = [
    '--param',
    'taskmanager.memory.process.size=1g,1728m',
    '--param',
    'taskmanager.memory.network.fraction=0.1..0.2 step 0.1',
    '--duration',
    '20m',
  ];

  it('--csv: a header, then one row per cell in grid order, the smallest surviving marked', async () => {
    const r = await run('sweep', 'hello-memory-model.yaml', ...grid, '--csv');
    expect(r.code).toBe(0);
    const [header, ...rows] = r.out.trim().split('\n');
    expect(header?.split(',').slice(0, 7)).toEqual([
      'index',
      'taskmanager.memory.process.size',
      'taskmanager.memory.network.fraction',
      'status',
      'passed',
      'smallestSurviving',
      'traceHash',
    ]);
    expect(rows.map((row) => row.split(',').slice(0, 6).join(','))).toEqual([
      '0,1g,0.1,ok,true,true',
      '1,1g,0.2,invalid,false,false',
      '2,1728m,0.1,ok,true,false',
      '3,1728m,0.2,ok,true,false',
    ]);
    // Flink's refusal: with 20 % network memory, a 1 GiB TaskManager has no task heap left.
    expect(rows[1]).toMatch(
      /,"flink\.config: TaskManager: TaskManager memory configuration failed: Sum of configured Framework Heap Memory .* exceed configured Total Flink Memory \(576\.000mb \(603979776 bytes\)\)\."$/,
    );
    // Nothing on stderr: progress is drawn only on a terminal.
    expect(r.err).toBe('');
  });

  it('--json is byte-identical from run to run, and --out writes it to a file', async () => {
    const first = await run('sweep', 'hello-memory-model.yaml', ...grid, '--assert', 'GC time < 5%', '--json');
    const second = await run('sweep', 'hello-memory-model.yaml', ...grid, '--assert', 'GC time < 5%', '--json');
    expect(first.out).toBe(second.out);
    expect(Object.keys(first.json())).toEqual(['scenario', 'seed', 'params', 'assertions', 'cells', 'smallestSurviving']);
    expect(first.json().params).toEqual([
      { key: 'taskmanager.memory.process.size', values: ['1g', '1728m'] },
      { key: 'taskmanager.memory.network.fraction', values: ['0.1', '0.2'] },
    ]);
    const out = await run('sweep', 'hello-memory-model.yaml', ...grid, '--assert', 'GC time < 5%', '--json', '--out', 'result.json');
    expect(written['result.json']).toBe(first.out);
    expect(out.out).toMatch(
      /^wrote 4 cells to result\.json in \d+ ms\nsmallest surviving: #0 taskmanager\.memory\.process\.size=1g, taskmanager\.memory\.network\.fraction=0\.1 — 1 TaskManager × 1 GiB \(2 slots each\) = 1 GiB\n$/,
    );
  });

  it('the human table names invalid cells and the smallest surviving one', async () => {
    const r = await run('sweep', 'hello-memory-model.yaml', '--param', 'taskmanager.memory.process.size=256m,1g', '--duration', '10m');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^0 +256m +invalid/m);
    expect(r.out).toContain(
      '#0 invalid: flink.config: TaskManager: TaskManager memory configuration failed: Sum of configured JVM Metaspace',
    );
    expect(r.out).toContain('smallest surviving: #1 taskmanager.memory.process.size=1g');
  });

  it.each([
    [['sweep', 'hello-memory-model.yaml'], 2, /--param: a sweep takes 1 to 3 parameters \(got 0\)/],
    [['sweep', 'hello-memory-model.yaml', '--param', 'taskmanager.memory.process.size=4g..1g step 1g'], 2, /an empty range/],
    [['sweep', 'hello-memory-model.yaml', '--param', 'taskmanager.memory.process.size=1g..2g'], 2, /a size range needs a step/],
    [['sweep', 'hello-memory-model.yaml', '--param', 'cluster.taskmanagers=1,2', '--assert', 'no OOM for'], 2, /'for' needs a duration/],
    [
      ['sweep', 'hello-memory-model.yaml', '--param', 'taskmanager.memory.process.size=1g,2q'],
      1,
      /Could not parse value '2q' for key 'taskmanager\.memory\.process\.size'/,
    ],
  ])('%j exits %i', async (argv, code, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });
});
