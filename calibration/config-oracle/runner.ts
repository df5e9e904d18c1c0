/**
 * `npm run calibrate -- config-oracle [--releases 1.20.5,2.1.0]`: Flink's own classes as the oracle of the
 * configuration model (README.md here). Per release: `mvn dependency:build-classpath` of pom.xml with that release,
 * one JVM running oracle.ConfigOracle over every case (generated.ts and the real-file corpus of ../config-corpus/),
 * one fixture per case under ../fixtures/config-oracle/<release>/<case>.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jdkTool } from '../flink-lab/runner/cluster';
import { GENERATED_CASES, type OracleCase } from './cases';
import { corpusCases } from './corpus';
import { type OracleFixture, type OracleRecord, toFixture } from './fixture';

const ORACLE_DIR = join(fileURLToPath(import.meta.url), '..');
const BUILD_DIR = join(ORACLE_DIR, '..', '.build', 'config-oracle');
const FIXTURE_DIR = join(ORACLE_DIR, '..', 'fixtures', 'config-oracle');

/**
 * Every flink-runtime release Maven Central listed (maven-metadata.xml of flink-runtime and flink-runtime_2.12,
 * 2026-12-04) from 1.10.0 on; before 1.14 only the Scala-suffixed artifact exists (1.11.4/5, 1.12.6, 1.13.4 were not
 * published with _2.12). The run records which of them the build could resolve.
 */
export const SERVED_RELEASES = [
  ...['1.10.0', '1.10.1', '1.10.2', '1.10.3', '1.11.0', '1.11.1', '1.11.2', '1.11.3', '1.11.6'],
  ...['1.12.0', '1.12.1', '1.12.2', '1.12.3', '1.12.4', '1.12.5', '1.12.7', '1.13.0', '1.13.1', '1.13.2', '1.13.3', '1.13.5', '1.13.6'],
  ...['1.14.0', '1.14.1', '1.14.2', '1.14.3', '1.14.4', '1.14.5', '1.14.6', '1.15.0', '1.15.1', '1.15.2', '1.15.3', '1.15.4'],
  ...['1.16.0', '1.16.1', '1.16.2', '1.16.3', '1.17.0', '1.17.1', '1.17.2', '1.18.0', '1.18.1', '1.19.0', '1.19.1', '1.19.2', '1.19.3'],
  ...['1.20.0', '1.20.1', '1.20.2', '1.20.3', '1.20.4', '1.20.5', '2.0.0', '2.0.1', '2.0.2', '2.1.0', '2.1.1', '2.1.2', '2.1.3'],
  ...['2.2.0', '2.2.1', '2.3.0'],
] as const;

const scalaSuffixed = (release: string) => /^1\.1[0-3]\./.test(release);

/** The release's classpath file (offline first, Maven Central if something is missing); undefined if not served. */
export function classpath(release: string, log: (s: string) => void): string | undefined {
  const out = join(BUILD_DIR, `${release}.classpath`);
  if (existsSync(out)) return readFileSync(out, 'utf8').trim();
  const artifact = scalaSuffixed(release) ? 'flink-runtime_2.12' : 'flink-runtime';
  for (const offline of [true, false]) {
    const build = spawnSync(
      'mvn',
      [
        '-B',
        '-q',
        ...(offline ? ['-o'] : []),
        '-f',
        join(ORACLE_DIR, 'pom.xml'),
        `-Dflink.version=${release}`,
        `-Dflink.runtime.artifact=${artifact}`,
        'dependency:build-classpath',
        `-Dmdep.outputFile=${out}`,
      ],
      { encoding: 'utf8', timeout: 600_000 },
    );
    if (build.status === 0 && existsSync(out)) return readFileSync(out, 'utf8').trim();
    if (!offline) log(`config-oracle ${release}: not served (${(build.stdout + build.stderr).slice(-300).trim()})`);
  }
  return undefined;
}

function compileOracle(): string {
  const classes = join(BUILD_DIR, 'classes');
  const r = spawnSync(jdkTool('javac'), ['--release', '11', '-d', classes, join(ORACLE_DIR, 'src', 'oracle', 'ConfigOracle.java')], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`javac ConfigOracle: ${r.stderr}`);
  return classes;
}

/** The file name a case is written under for a release (OracleCase#fileName). */
function caseFileName(c: OracleCase, release: string): 'flink-conf.yaml' | 'config.yaml' {
  const [major, minor] = release.split('.').map(Number) as [number, number];
  const reads = { 'flink-conf.yaml': major === 1, 'config.yaml': major > 1 || minor >= 19 };
  if (c.fileName && (c.strictFileName || reads[c.fileName])) return c.fileName;
  return major === 1 ? 'flink-conf.yaml' : 'config.yaml';
}

/** Runs one release over the cases; returns the records (one per case) or undefined when the release is not served. */
function runRelease(release: string, cases: readonly OracleCase[], classes: string, log: (s: string) => void): OracleRecord[] | undefined {
  const cp = classpath(release, log);
  if (cp === undefined) return undefined;
  const root = join(BUILD_DIR, 'cases', release);
  rmSync(root, { recursive: true, force: true });
  for (const c of cases) {
    mkdirSync(join(root, c.id, 'conf'), { recursive: true });
    writeFileSync(join(root, c.id, 'conf', caseFileName(c, release)), c.text);
  }
  const out = join(BUILD_DIR, `${release}.jsonl`);
  const r = spawnSync(
    jdkTool('java'),
    ['-Dorg.slf4j.simpleLogger.showThreadName=false', '-cp', `${classes}:${cp}`, 'oracle.ConfigOracle', root, out],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (r.status !== 0) throw new Error(`ConfigOracle ${release} exited ${r.status}: ${(r.stdout + r.stderr).slice(-2000)}`);
  return readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as OracleRecord)
    .map((rec) => ({ ...rec, confDir: join(root, rec.case, 'conf') }));
}

/** Writes the fixtures of every served release asked for; returns a summary line per release. */
export function runConfigOracle(releases: readonly string[], corpusDir: string | undefined, log: (s: string) => void): string[] {
  const cases = [...GENERATED_CASES, ...corpusCases(corpusDir)];
  const classes = compileOracle();
  const summary: string[] = [];
  for (const release of releases) {
    const records = runRelease(release, cases, classes, log);
    if (records === undefined) {
      summary.push(`${release}: not served`);
      continue;
    }
    const dir = join(FIXTURE_DIR, release);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const rec of records) {
      const c = cases.find((x) => x.id === rec.case) as OracleCase;
      const fixture: OracleFixture = toFixture(release, c, caseFileName(c, release), rec);
      writeFileSync(join(dir, `${c.id}.json`), fixtureText(fixture));
    }
    summary.push(`${release}: ${records.length} cases`);
    log(`config-oracle ${release}: ${records.length} cases → ${dir}`);
  }
  writeFileSync(join(FIXTURE_DIR, 'releases.json'), `${JSON.stringify(servedList(), null, 1)}\n`);
  return summary;
}

/** One line a top-level field: small files whose diffs still show which part changed. */
function fixtureText(f: OracleFixture): string {
  const fields = Object.entries(f).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** The releases with fixtures on disk (the replay test's list). */
function servedList(): string[] {
  return existsSync(FIXTURE_DIR)
    ? readdirSync(FIXTURE_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
}
