/**
 * `npm run calibrate -- option-keys`: every ConfigOption each served Flink release declares
 * (README.md here, "Option keys"). Per release: the flink-* jars of the oracle's flink-runtime classpath plus the extra
 * modules of modules-pom.xml (non-transitively), scanned by oracle.OptionKeys in one JVM; the per-release key lists
 * (../.build/config-oracle/option-keys/<release>.jsonl) are folded into one compact fixture,
 * ../fixtures/config-oracle/option-keys.json, where each key carries the releases it exists in as index ranges.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jdkTool } from '../flink-lab/runner/cluster';
import { type OptionKeysFixture, type ReleaseOption, foldOptionKeys } from './optionKeysFixture';
import { classpath, SERVED_RELEASES } from './runner';

const ORACLE_DIR = join(fileURLToPath(import.meta.url), '..');
const BUILD_DIR = join(ORACLE_DIR, '..', '.build', 'config-oracle');
const OPTION_KEYS_FIXTURE = join(ORACLE_DIR, '..', 'fixtures', 'config-oracle', 'option-keys.json');

/** The modules whose options users write in their files besides flink-core/flink-runtime (modules-pom.xml). */
const EXTRA_MODULES = ['flink-statebackend-rocksdb', 'flink-kubernetes', 'flink-yarn', 'flink-clients', 'flink-streaming-java'];

/**
 * Releases before 1.15 publish these modules with a Scala suffix (_2.12), 1.15 and later without (the one-call
 * resolution of every release found all five under that name wherever Maven Central serves them).
 */
const suffixFirst = (release: string) => /^1\.1[0-4]\./.test(release);

/**
 * Resolves the extra modules of a release (one mvn reactor run, -fae: a module Maven Central does not serve fails
 * alone) into ../.build/config-oracle/option-keys/<release>.modules/<module>; asynchronous, because the time goes
 * into downloads: the runner resolves several releases at once.
 */
function resolveExtraModules(release: string): Promise<void> {
  const dir = join(BUILD_DIR, 'option-keys', `${release}.modules`);
  if (existsSync(join(dir, 'done'))) return Promise.resolve();
  const args = ['-B', '-q', '-fae', '-f', join(ORACLE_DIR, 'modules-pom.xml'), `-Dflink.version=${release}`];
  args.push(`-Dsuffix=${suffixFirst(release) ? '_2.12' : ''}`, `-Dout.dir=${dir}`, 'dependency:build-classpath');
  return new Promise((resolve) => {
    const child = spawn('mvn', args, { stdio: 'ignore' });
    child.on('close', () => {
      writeFileSync(join(dir, 'done'), '');
      resolve();
    });
  });
}

/** The extra modules' jars of a resolved release (module → jar); a module Maven Central does not serve is absent. */
function extraModuleJars(release: string): Map<string, string> {
  const dir = join(BUILD_DIR, 'option-keys', `${release}.modules`);
  const jars = new Map<string, string>();
  for (const module of EXTRA_MODULES) {
    const file = join(dir, module);
    if (existsSync(file) && readFileSync(file, 'utf8').trim() !== '') jars.set(module, readFileSync(file, 'utf8').trim());
  }
  return jars;
}

/** Runs `task` over `items`, `width` at a time. */
async function pool<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
}

/** Runs the scan of one release; undefined when its flink-runtime is not served. */
function scanRelease(
  release: string,
  classes: string,
  log: (s: string) => void,
): { options: ReleaseOption[]; modules: string[] } | undefined {
  const cp = classpath(release, log);
  if (cp === undefined) return undefined;
  const extra = extraModuleJars(release);
  for (const m of EXTRA_MODULES) if (!extra.has(m)) log(`option-keys ${release}: ${m} not served`);
  const modules = new Map<string, string>();
  for (const jar of cp.split(':')) {
    const artifact = basename(dirname(dirname(jar)));
    if (jar.includes('/org/apache/flink/flink-') && !artifact.startsWith('flink-shaded'))
      modules.set(artifact.replace(/_2\.1[12]$/, ''), jar);
  }
  for (const [m, jar] of extra) modules.set(m, jar);
  const out = join(BUILD_DIR, 'option-keys', `${release}.jsonl`);
  const r = spawnSync(
    jdkTool('java'),
    ['-cp', [classes, cp, ...extra.values()].join(':'), 'oracle.OptionKeys', out, ...[...modules].map(([m, jar]) => `${m}=${jar}`)],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (r.status !== 0) throw new Error(`OptionKeys ${release} exited ${r.status}: ${(r.stdout + r.stderr).slice(-2000)}`);
  log(`option-keys ${release}:\n${r.stdout.trim()}`);
  const options = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ReleaseOption);
  return { options, modules: [...modules.keys()].sort() };
}

function compile(): string {
  const classes = join(BUILD_DIR, 'option-keys-classes');
  const r = spawnSync(jdkTool('javac'), ['--release', '11', '-d', classes, join(ORACLE_DIR, 'src', 'oracle', 'OptionKeys.java')], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`javac OptionKeys: ${r.stderr}`);
  return classes;
}

/**
 * Scans every served release (always all: the fixture's ranges index the whole list; a release whose Maven files are
 * cached takes seconds) and writes the fixture; returns summary lines.
 */
export async function runOptionKeys(log: (s: string) => void): Promise<string[]> {
  mkdirSync(join(BUILD_DIR, 'option-keys'), { recursive: true });
  const classes = compile();
  await pool(SERVED_RELEASES, 6, resolveExtraModules);
  const perRelease = new Map<string, { options: ReleaseOption[]; modules: string[] }>();
  const summary: string[] = [];
  for (const release of SERVED_RELEASES) {
    const scanned = scanRelease(release, classes, log);
    if (scanned === undefined) summary.push(`${release}: not served`);
    else perRelease.set(release, scanned);
  }
  const fixture: OptionKeysFixture = foldOptionKeys(perRelease);
  writeFileSync(OPTION_KEYS_FIXTURE, optionKeysText(fixture));
  summary.push(`option-keys: ${fixture.releases.length} releases, ${Object.keys(fixture.keys).length} keys → ${OPTION_KEYS_FIXTURE}`);
  return summary;
}

/** One line per key: a small diff when a release adds or removes options. */
function optionKeysText(f: OptionKeysFixture): string {
  const keys = Object.entries(f.keys).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const modules = Object.entries(f.modules).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return [
    '{',
    `  "about": ${JSON.stringify(f.about)},`,
    `  "releases": ${JSON.stringify(f.releases)},`,
    `  "modules": {\n${modules.join(',\n')}\n  },`,
    `  "keys": {\n${keys.join(',\n')}\n  }`,
    '}',
    '',
  ].join('\n');
}
