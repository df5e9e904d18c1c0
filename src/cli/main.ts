/**
 * `flink-mem`: the sandbox's command line. Exit codes: 0 done, 1 invalid input (a configuration
 * Flink refuses, an unparsable size), 2 wrong usage (with the usage text). `check` differs: 1 means
 * an assertion failed, 2 anything that kept it from evaluating them.
 */
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { SELECTABLE_VERSIONS, UnsupportedVersionError, VERSION_NOTES, DEFAULT_VERSION } from '../../models/config/flinkVersion';
import { leakNote } from '../../models/rocksdb/knownLeaks';
import { checkContainerFit, deriveMemory } from '../../models/memoryModel';
import { ConfigInputError, deriveRequest, type ConfigOptions } from './configInput';
import { derivationJson, derivationText, failureText } from './commands/derive';
import { fitJson, fitText } from './commands/fit';
import { sizeCommand } from './commands/size';
// The simulating commands are imported when they run, so that `derive` or `versions` do not load the engine.
import type { RunOptions } from './commands/run';
import type { CheckOptions } from './commands/check';
import type { CompareOptions } from './commands/compare';
import type { SweepOptions } from './commands/sweep';
import type { SweepMergeOptions } from './commands/sweepMerge';
import type { ImportCliOptions } from './commands/import';
import { UsageError, type CliIo, type SimulationIo } from './io';
import { readInputFile } from './files';
import { toJson } from './json';
import { kubernetesJson, kubernetesText } from './kubernetesReport';
import { limitFactorOf } from '../../models/config/kubernetes/manifests';
import { DEFAULT_OPERATOR_VERSION, OPERATOR_VERSIONS } from '../../models/config/kubernetes/operatorVersions';
import { parseLimit, QuantityError } from '../../models/config/kubernetes/quantity';

const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: readInputFile,
  writeFile: (path, text) => writeFileSync(path, text),
};

const collect = (value: string, previous: string[]) => [...previous, value];

const ASSERT_HELP =
  'no OOM | no heap|direct|metaspace OOM | no failure | no container kill, or RSS headroom (N% or a size), GC time (N%), back pressure HIGH (N%), throughput (N/s), restarts (N), checkpoint failures (N) with < <= > >= =; each clause may end in "for 7d" (the first 7 days)';
const JOBS_HELP = 'worker threads that run cells (default: the number of cores; 1 runs them in order in this thread)';
const PARAM_HELP =
  'key=values, the key a Flink option or cluster.taskmanagers / cluster.containerLimit / cluster.allocator / cluster.mallocArenaMax, the values a list (2g,3g), a range (1..8, 2..16 step 2, 0.1..0.4 step 0.1, 1g..4g step 512m)';

function withConfigOptions(command: Command): Command {
  return command
    .addOption(new Option('--process <kind>', 'the process to size').choices(['taskmanager', 'jobmanager']).makeOptionMandatory())
    .option('--flink-version <version>', `Flink version (${SELECTABLE_VERSIONS.join(', ')}; default ${DEFAULT_VERSION})`)
    .option('--config <file>', 'flink-conf.yaml or config.yaml; repeat to layer files (later wins)', collect, [])
    .option('-D, --dynamic <key=value>', "a configuration override, as Flink's -D; repeatable", collect, [])
    .addOption(
      new Option(
        '--deployment <kind>',
        'where legacy heap options are mapped (default: standalone; kubernetes for a Kubernetes --config)',
      ).choices(['standalone', 'yarn', 'kubernetes']),
    )
    .option('--env <NAME=VALUE>', 'FLINK_TM_HEAP / FLINK_JM_HEAP as the start scripts see them; repeatable', collect, [])
    .option(
      '--operator-version <version>',
      `Flink Kubernetes Operator release whose FlinkDeployment mapping applies to a --config FlinkDeployment or Helm values (${OPERATOR_VERSIONS.join(', ')}; default ${DEFAULT_OPERATOR_VERSION})`,
    )
    .option('--json', 'print one JSON object');
}

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('flink-mem')
    .description("Flink Memory Sandbox: Flink's exact memory configuration model")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError()
    .showSuggestionAfterError();

  withConfigOptions(program.command('derive').description("derive every memory component as Flink does, or print Flink's refusal")).action(
    (opts: ConfigOptions & { json?: boolean }, command: Command) => {
      exitCode = usageGuard(command, io, () => runDerive(opts, io));
    },
  );

  withConfigOptions(
    program
      .command('fit')
      .description('check the derived process against a container/pod memory limit, and derive the process size for it'),
  )
    .option(
      '--limit <size>',
      "container or pod memory limit: a Kubernetes quantity (8192Mi, 8Gi, 8G = 8·10⁹ bytes) or Flink's size (8g); default: the pod limit a --config manifest gives",
    )
    .option('--slots <n>', 'task slots per TaskManager (overrides taskmanager.numberOfTaskSlots)')
    .option(
      '--limit-factor <f>',
      "kubernetes.taskmanager.memory.limit-factor (pod limit = process size × factor); default: the configuration's, else 1.0",
    )
    .action((opts: FitOptions, command: Command) => {
      exitCode = usageGuard(command, io, () => runFit(opts, io));
    });

  program
    .command('size')
    .description("parse a memory size like Flink's MemorySize (use -- before sizes that start with '-')")
    .option('--json', 'print one JSON object')
    .argument('<text...>', 'the size text, e.g. "1728m" or "1 G"')
    .action((text: string[], opts: { json?: boolean }) => {
      exitCode = sizeCommand(text.join(' '), opts.json === true, io);
    });

  /** A command on a scenario file, with the options every such command has. */
  const scenarioCommand = (name: string, description: string, durationHelp = "override the scenario's duration") =>
    program
      .command(name)
      .description(description)
      .argument('<scenario>', 'a scenario YAML file (see scenarios/)')
      .option('--seed <seed>', "override the scenario's seed")
      .option('--duration <duration>', durationHelp);

  scenarioCommand(
    'run',
    'simulate a scenario: every pool of every process over time, with the events Flink, the JVM, YARN and Kubernetes would log',
    "override the scenario's duration (e.g. 7d, 12h)",
  )
    .option('--step <duration>', 'how far one iteration may advance; results do not depend on it (e.g. 100ms, 1s, 10s)', '1m')
    .option(
      '--json',
      'print one JSON object: scenario, seed, simulatedMs, wallMs, traceHash, events, summary, expectations, diagnostics, explanations',
    )
    .option('--metrics <file>', 'write every sample as CSV: timeMs,process, then one column per Flink metric')
    .option('--events-file <file>', 'write every event as JSON lines (the report keeps the first and last 1000 of each type)')
    .option('--progress', 'report progress on stderr even when it is not a terminal')
    .action(async (file: string, opts: RunOptions, command: Command) => {
      const { runCommand } = await import('./commands/run');
      const interrupt = interruptOf(io);
      try {
        exitCode = await usageGuardAsync(command, io, () => runCommand(file, opts, { ...simulationIo(), ...interrupt.io }));
      } finally {
        interrupt.release();
      }
    });

  const simulationIo = () => ({ ...io, now: () => performance.now(), ...progressOf(io) });

  program
    .command('import')
    .description(
      "turn an incident's artefacts (TaskManager/JobManager logs, GC logs, metrics exports, Kubernetes/YARN events, a config) into a scenario that replays it, fitted to the observations",
    )
    .argument('<files...>', 'the artefacts; each is recognised by its content')
    .option('--out <file>', 'write the scenario YAML to a file (default: print it)')
    .option(
      '--map <id=process>',
      "an artefact's process id → the scenario's (flink-taskmanager-1-1=taskmanager-1); repeatable",
      collect,
      [],
    )
    .option('--flink-version <version>', 'the Flink version when no log banner gives one')
    .option('--seed <seed>', "the scenario's seed")
    .option('--json', 'print one JSON object: scenarioYaml, observed, failures, crossChecks, fit, provenance, unread, wallMs')
    .option('--no-fit', 'do not run the engine to check the fit (faster)')
    .action(async (files: string[], opts: ImportCliOptions, command: Command) => {
      const { importCommand } = await import('./commands/import');
      exitCode = usageGuard(command, io, () => importCommand(files, opts, simulationIo()));
    });

  const dynamic = '-D, --dynamic <key=value>';
  const dynamicHelp =
    'an override: a Flink key into flink.config, or cluster.taskmanagers / cluster.containerLimit / cluster.allocator / cluster.mallocArenaMax; repeatable';

  scenarioCommand(
    'check',
    'run a scenario and check assertions, for CI: exit 0 when all pass, 1 when one fails, 2 when they cannot be evaluated',
    "override the scenario's duration (a longer 'for' window extends the run)",
  )
    .option('--assert <condition>', `repeatable; clauses joined by "and": ${ASSERT_HELP}`, collect, [])
    .option(dynamic, dynamicHelp, collect, [])
    .option('--json', 'print one JSON object: scenario, seed, simulatedMs, traceHash, overrides, passed, assertions')
    .action(async (file: string, opts: CheckOptions, command: Command) => {
      const { checkCommand } = await import('./commands/check');
      exitCode = usageGuard(command, io, () => checkCommand(file, opts, simulationIo()));
    });

  scenarioCommand(
    'compare',
    'run 2 to 4 variants of a scenario on the same seed and print each figure with its difference to the first variant',
  )
    .option(
      '--variant <spec>',
      'repeatable, 2 to 4 times: "name: -D key=value -D key=value" (no spaces inside values; "name:" alone = the scenario as is)',
      collect,
      [],
    )
    .option('--json', 'print one JSON object: scenario, seed, variants (layout, metrics, traceHash), rows (values and deltas)')
    .option('--csv', "print one CSV row per variant: variant, overrides, traceHash, each figure, then each figure's delta")
    .option('--jobs <n>', JOBS_HELP)
    .action(async (file: string, opts: CompareOptions, command: Command) => {
      const { compareCommand } = await import('./commands/compare');
      exitCode = await usageGuardAsync(command, io, () => compareCommand(file, opts, simulationIo()));
    });

  scenarioCommand(
    'sweep',
    'run every combination of 1 to 3 parameters and find the smallest surviving configuration (TaskManagers × process size)',
  )
    .option('--param <key=values>', `repeatable, 1 to 3 times: ${PARAM_HELP}`, collect, [])
    .option('--assert <condition>', 'what a surviving cell must pass (default "no failure"); repeatable, as for check', collect, [])
    .option('--json', 'print one JSON object: scenario, seed, params, assertions, cells, smallestSurviving')
    .option('--csv', 'print CSV: a header, then one row per cell in grid order')
    .option('--out <file>', 'write the results to a file instead of stdout')
    .option('--jobs <n>', JOBS_HELP)
    .option('--shard <K/N>', 'run only the cells whose grid index i has i mod N = K-1 and write them as a shard file for sweep-merge')
    .action(async (file: string, opts: SweepOptions, command: Command) => {
      const { sweepCommand } = await import('./commands/sweep');
      exitCode = await usageGuardAsync(command, io, () => sweepCommand(file, opts, simulationIo()));
    });

  program
    .command('sweep-merge')
    .description('join the shard files of one sweep (sweep --shard K/N) into the output of the unsharded sweep')
    .argument('<files...>', 'the shard files, 1/N to N/N in any order')
    .option('--json', 'print one JSON object, as sweep --json')
    .option('--csv', 'print CSV, as sweep --csv')
    .option('--out <file>', 'write the results to a file instead of stdout')
    .action(async (files: string[], opts: SweepMergeOptions, command: Command) => {
      const { sweepMergeCommand } = await import('./commands/sweepMerge');
      exitCode = usageGuard(command, io, () => sweepMergeCommand(files, opts, io));
    });

  program
    .command('versions')
    .description('list the Flink versions the model knows, with the RocksDB leaks of their releases')
    .action(() => {
      for (const v of SELECTABLE_VERSIONS) {
        const [major, minor] = v.split('.').map(Number) as [number, number];
        const notes = [VERSION_NOTES[v], leakNote(major, minor)].filter((n) => n).join('; ');
        io.out(`${v.padEnd(8)}${v === DEFAULT_VERSION ? '(default) ' : ''}${notes}\n`);
      }
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
}

/** Wrong usage found after parsing (a bad --limit, an unknown version) prints the command's usage and exits 2. */
function usageGuard(command: Command, io: CliIo, run: () => number): number {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof UnsupportedVersionError)) throw e;
    io.err(`error: ${e.message}\n\n${command.helpInformation()}`);
    return 2;
  }
}

/** usageGuard for the commands that run cells on worker threads. */
async function usageGuardAsync(command: Command, io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof UnsupportedVersionError)) throw e;
    io.err(`error: ${e.message}\n\n${command.helpInformation()}`);
    return 2;
  }
}

function runDerive(opts: ConfigOptions & { json?: boolean }, io: CliIo): number {
  const input = readInput(opts, io);
  if (typeof input === 'number') return input;
  const result = deriveMemory(input.request);
  const k8s = input.kubernetes.length > 0 ? { kubernetes: kubernetesJson(input.kubernetes) } : {};
  if (opts.json) io.out(`${toJson({ ...derivationJson(result, input.fileWarnings), ...k8s })}\n`);
  if (!opts.json) io.out(kubernetesText(input.kubernetes));
  if (!result.ok) {
    io.err(failureText(result));
    return 1;
  }
  if (!opts.json) io.out(derivationText(result, input.fileWarnings));
  return 0;
}

function runFit(opts: FitOptions, io: CliIo): number {
  const input = readInput(opts, io);
  if (typeof input === 'number') return input;
  const limit = fitLimit(opts, input);
  const slots = opts.slots === undefined ? undefined : positiveInt(opts.slots, '--slots');
  const factor = fitLimitFactor(opts, input, limit.bytes);
  const report = checkContainerFit(input.request, {
    limit: limit.bytes,
    limitFactor: factor.factor,
    ...(slots === undefined ? {} : { slots }),
  });
  const slotCount = report.current.ok && report.current.process === 'taskmanager' ? report.current.taskManager.slots : (slots ?? 1);
  const about = {
    limitFrom: limit.from,
    limitFactor: factor.factor,
    limitFactorFrom: factor.from,
    ...(input.kubernetes.length > 0 ? { kubernetes: kubernetesJson(input.kubernetes) } : {}),
  };
  if (opts.json) io.out(`${toJson({ ...fitJson(report, slotCount), ...about })}\n`);
  else {
    io.out(kubernetesText(input.kubernetes));
    io.out(`Limit ${limit.bytes} bytes from ${limit.from}; limit factor ${factor.factor} from ${factor.from}.\n`);
    io.out(fitText(report, slotCount));
  }
  if (!report.current.ok) {
    io.err(failureText(report.current));
    return 1;
  }
  return 0;
}

type FitOptions = ConfigOptions & { json?: boolean; limit?: string; slots?: string; limitFactor?: string };
type ReadInput = Exclude<ReturnType<typeof readInput>, number>;

/** `--limit` as a Kubernetes quantity or a Flink size; without it, the pod limit a Kubernetes input gives for the process. */
function fitLimit(opts: FitOptions, input: ReadInput): { bytes: bigint; from: string } {
  if (opts.limit === undefined) {
    const process = input.request.process === 'taskmanager' ? 'taskManager' : 'jobManager';
    const found = input.kubernetes
      .map((k) => k.input[process].containerLimit)
      .filter((l) => l !== undefined)
      .pop();
    if (!found)
      throw new UsageError("required option '--limit <size>' not specified (no --config manifest gives this process's pod limit)");
    return { bytes: found.bytes, from: found.origin };
  }
  let reading: ReturnType<typeof parseLimit>;
  try {
    reading = parseLimit(opts.limit, '--limit');
  } catch (e) {
    if (e instanceof QuantityError) throw new UsageError(e.message);
    throw e;
  }
  if (reading.bytes <= 0n) throw new UsageError(`--limit must be above 0 bytes (got '${opts.limit}').`);
  const grammar = reading.grammar === 'kubernetes' ? 'a Kubernetes quantity' : "Flink's MemorySize";
  return { bytes: reading.bytes, from: `--limit '${opts.limit}' (${grammar}${reading.note ? `; ${reading.note}` : ''})` };
}

/** `--limit-factor` when given, else `kubernetes.{taskmanager,jobmanager}.memory.limit-factor` from the configuration, else 1.0. */
function fitLimitFactor(opts: FitOptions, input: ReadInput, limit: bigint): { factor: number; from: string } {
  if (opts.limitFactor !== undefined) return { factor: limitFactorOption(opts.limitFactor, limit), from: '--limit-factor' };
  const key = `kubernetes.${input.request.process}.memory.limit-factor`;
  const configured = limitFactorOf(input.request.entries, input.request.process);
  if (!configured) {
    const raw = input.request.entries.filter((e) => e.key === key).pop();
    throw new UsageError(`${key} must be a finite number >= 1 (got '${raw?.value}' from ${raw?.origin}).`);
  }
  if (configured.origin === undefined) return { factor: 1, from: "Flink's default (1.0)" };
  return { factor: limitFactorOption(String(configured.factor), limit), from: `${key} (${configured.origin})` };
}

function readInput(opts: ConfigOptions & { json?: boolean }, io: CliIo) {
  try {
    return deriveRequest(opts, io);
  } catch (e) {
    if (!(e instanceof ConfigInputError)) throw e;
    if (opts.json) io.out(`${toJson({ error: e.message })}\n`);
    io.err(`${e.message}\n`);
    return 1;
  }
}

/**
 * Ctrl-C during `run` (the real process only): the first stops the run after the simulated hour under way and the
 * report covers what ran; the handler is then removed, so a second Ctrl-C ends the process at once, as usual.
 */
function interruptOf(io: CliIo): { io: Pick<SimulationIo, 'shouldStop' | 'pause'>; release: () => void } {
  if (io !== nodeIo) return { io: {}, release: () => undefined };
  let stop = false;
  const onInterrupt = () => {
    stop = true;
    process.removeListener('SIGINT', onInterrupt);
    process.stderr.write('\nstopping at the end of this simulated hour (Ctrl-C again to quit at once)…\n');
  };
  process.on('SIGINT', onInterrupt);
  return {
    io: { shouldStop: () => stop, pause: () => new Promise<void>((resolve) => setImmediate(resolve)) },
    release: () => process.removeListener('SIGINT', onInterrupt),
  };
}

/** A progress bar on stderr, only when it is a terminal (and only for the real process); `--progress` forces lines. */
function progressOf(io: CliIo): { progress?: (fraction: number) => void; progressAlways?: (fraction: number) => void } {
  if (io !== nodeIo) return {};
  const bar = (fraction: number) => {
    const width = 30;
    const done = Math.round(fraction * width);
    process.stderr.write(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${Math.round(fraction * 100)}%${fraction >= 1 ? '\n' : ''}`);
  };
  const lines = (fraction: number) => process.stderr.write(`progress ${(fraction * 100).toFixed(1)}%\n`);
  return process.stderr.isTTY ? { progress: bar, progressAlways: bar } : { progressAlways: lines };
}

/**
 * `--limit-factor`: a finite number >= 1, as Flink requires of kubernetes.taskmanager.memory.limit-factor,
 * that leaves at least one byte of process under the limit (1e308 leaves none: there is nothing to fit).
 */
function limitFactorOption(text: string, limit: bigint): number {
  const factor = /^\s*[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(Number.isFinite(factor) && factor >= 1)) throw new UsageError(`--limit-factor must be a finite number >= 1 (got '${text}').`);
  if (Math.floor(Number(limit) / factor) < 1)
    throw new UsageError(`--limit-factor ${text} leaves no process size under --limit (${limit} bytes / ${text} < 1 byte).`);
  return factor;
}

function positiveInt(text: string, flag: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${flag} must be a positive integer (got '${text}').`);
  return Number(text);
}
