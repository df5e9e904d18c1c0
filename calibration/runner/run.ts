/**
 * Runs the experiments on a JDK and writes the fixtures: calibration/fixtures/jdk<N>/<id>.json with the JDK's
 * `java -version`, the flags, the machine, every repetition's figures and each figure's min/median/max.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Experiment, Variant } from './experiments';
import { parseGcLog } from './gcLog';
import type { Jdk } from './jdk';
import { type FigureValue, type Line, median, type RepFigures } from './measure';
import { generatedClasses } from './generateClasses';
import { CALIBRATION_DIR, jvmFlags, loadTwin } from './workload';

const BUILD_DIR = join(CALIBRATION_DIR, '.build');

export type Aggregate = { min: number; median: number; max: number } | { values: string[] };

export interface Fixture {
  readonly experiment: string;
  readonly what: string;
  readonly jdk: { major: number; home: string; versionText: string };
  readonly machine: { cores: number; cpu: string };
  readonly recordedAt: string;
  readonly variants: ReadonlyArray<{
    prefix: string;
    program: string;
    flags: string[];
    params: Record<string, number>;
    reps: RepFigures[];
  }>;
  readonly figures: Record<string, Aggregate>;
}

/** Compiles the programs once with JDK 17's javac (--release 17, so that every later JDK runs them). */
export function buildPrograms(jdk17: Jdk): string {
  const out = join(BUILD_DIR, 'programs');
  mkdirSync(out, { recursive: true });
  const dir = join(CALIBRATION_DIR, 'java');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.java'))
    .map((f) => join(dir, f));
  const r = spawnSync(join(jdk17.home, 'bin', 'javac'), ['--release', '17', '-d', out, ...sources], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('javac failed');
  return out;
}

function runOnce(jdk: Jdk, experiment: Experiment, variant: Variant, flags: string[], classpath: string, rep: number): RepFigures {
  const log = join(BUILD_DIR, 'logs', `jdk${jdk.major}-${experiment.id}-${variant.prefix || 'main'}-${rep}.gc.log`);
  mkdirSync(join(BUILD_DIR, 'logs'), { recursive: true });
  rmSync(log, { force: true });
  const props = Object.entries(variant.params).map(([k, v]) => `-Dcal.${k}=${v}`);
  if (experiment.program === 'Metaspace')
    props.push(`-Dcal.classDir=${generatedClasses(join(jdkJavac(jdk)), BUILD_DIR, variant.params.classes ?? 0)}`);
  const args = [...flags, `-Xlog:gc*:file=${log}:uptime,level,tags`, ...props, '-cp', classpath, experiment.program];
  const r = spawnSync(join(jdk.home, 'bin', 'java'), args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${experiment.id}: java exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const lines = r.stdout.split('\n').flatMap((l) => (l.startsWith('{') ? [JSON.parse(l) as Line] : []));
  const figures = experiment.measure(lines, parseGcLog(readFileSync(log, 'utf8')), loadTwin(experiment.id));
  writeFileSync(log.replace(/\.gc\.log$/, '.out.jsonl'), r.stdout);
  return figures;
}

function jdkJavac(jdk: Jdk): string {
  return join(jdk.home, 'bin', 'javac');
}

function aggregate(reps: readonly RepFigures[]): Record<string, Aggregate> {
  const names = [...new Set(reps.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    names.map((n) => {
      const values = reps.map((r) => r[n]).filter((v): v is FigureValue => v !== undefined);
      if (values.every((v) => typeof v === 'number')) {
        const nums = values as number[];
        return [n, { min: Math.min(...nums), median: median(nums), max: Math.max(...nums) }];
      }
      return [n, { values: [...new Set(values.map(String))].sort() }];
    }),
  );
}

export function runExperiment(jdk: Jdk, experiment: Experiment, classpath: string, log: (s: string) => void): Fixture {
  const twin = loadTwin(experiment.id);
  const flags = jvmFlags(twin, experiment.process);
  const figures: Record<string, Aggregate> = {};
  const variants = experiment.variants(twin).map((variant) => {
    const reps: RepFigures[] = [];
    for (let rep = 0; rep < experiment.reps; rep++) {
      const started = Date.now();
      const all = runOnce(jdk, experiment, variant, [...flags, ...variant.extraFlags], classpath, rep);
      const kept = variant.keep ? Object.fromEntries(Object.entries(all).filter(([k]) => variant.keep?.includes(k))) : all;
      reps.push(kept);
      log(
        `jdk${jdk.major} ${experiment.id}${variant.prefix ? ` ${variant.prefix}` : ''} #${rep + 1}: ${((Date.now() - started) / 1000).toFixed(0)} s ${JSON.stringify(kept)}`,
      );
    }
    for (const [k, v] of Object.entries(aggregate(reps))) figures[variant.prefix + k] = v;
    return { prefix: variant.prefix, program: experiment.program, flags: [...flags, ...variant.extraFlags], params: variant.params, reps };
  });
  return {
    experiment: experiment.id,
    what: experiment.what,
    jdk: { major: jdk.major, home: jdk.home, versionText: jdk.versionText },
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
    recordedAt: new Date().toISOString(),
    variants,
    figures,
  };
}

function fixturePath(major: number, id: string): string {
  return join(CALIBRATION_DIR, 'fixtures', `jdk${major}`, `${id}.json`);
}

export function writeFixture(fixture: Fixture): void {
  const path = fixturePath(fixture.jdk.major, fixture.experiment);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(fixture, null, 2)}\n`);
}
