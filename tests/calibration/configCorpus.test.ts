// Protects the real-file corpus of issue 14 (calibration/config-corpus/): every file is listed once in SOURCES.json with a
// citable public source and a redistributable license, nothing listed is missing, there are at least 40 files, and the
// Flink configuration files (flink-conf, config-yaml) are oracle cases of every served release (their truth is Flink's own
// reading, replayed by configOracle.test.ts), and the product's reader still reads every other file as recorded in
// tests/fixtures/config-corpus-load.json — a change in how they load must show up as a diff of that snapshot
// (regenerate it with UPDATE_CONFIG_CORPUS=1).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigFile } from '../../models/config/configFiles';

const CORPUS = join(import.meta.dirname, '..', '..', 'calibration', 'config-corpus');
const SNAPSHOT = join(import.meta.dirname, '..', 'fixtures', 'config-corpus-load.json');
const ORACLE_FIXTURES = join(import.meta.dirname, '..', '..', 'calibration', 'fixtures', 'config-oracle');
/** Files of the folder that are not corpus entries. */
const OWN_FILES = new Set(['SOURCES.json', 'README.md']);
const KINDS = [
  'flink-conf',
  'config-yaml',
  'flink-deployment',
  'helm-values',
  'configmap',
  'multi-doc',
  'docker-compose',
  'other',
] as const;
/** Licenses that allow redistributing a configuration file with attribution; an entry with any other is refused. */
const LICENSES = new Set(['Apache-2.0', 'MIT', 'MIT-0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC']);
/** The floor for the corpus and the brief's size cap for one kept file. */
const MIN_ENTRIES = 40;
const MAX_FILE_BYTES = 200 * 1024;

interface Source {
  file: string;
  repo: string;
  path: string;
  commit: string;
  url: string;
  license: string;
  kind: (typeof KINDS)[number];
  flinkVersion?: string;
  notes: string;
}

const sources: Source[] = JSON.parse(readFileSync(join(CORPUS, 'SOURCES.json'), 'utf8'));
const onDisk = readdirSync(CORPUS).filter((f) => !OWN_FILES.has(f));

describe('config corpus: SOURCES.json and the files agree', () => {
  it(`holds at least ${MIN_ENTRIES} entries, one per file, and every listed file exists`, () => {
    expect(sources.length).toBeGreaterThanOrEqual(MIN_ENTRIES);
    expect(sources.map((s) => s.file).sort()).toEqual([...onDisk].sort());
    expect(new Set(sources.map((s) => s.file)).size).toBe(sources.length);
  });

  it('never lists the same public file twice', () => {
    const keys = sources.map((s) => `${s.repo}:${s.commit}:${s.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(sources)('$file: fields are valid and the url points at repo, commit and path', (s) => {
    expect(s.file).toMatch(/^[a-z0-9][a-z0-9.-]*\.(yaml|yml)$/);
    expect(s.repo).toMatch(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/);
    expect(s.commit).toMatch(/^([0-9a-f]{40}|release-[\w.-]+|v[\w.-]+)$/);
    expect(s.path.length).toBeGreaterThan(0);
    expect(s.url).toBe(`https://github.com/${s.repo}/blob/${s.commit}/${s.path}`);
    expect(LICENSES.has(s.license), `license ${s.license}`).toBe(true);
    expect(KINDS).toContain(s.kind);
    expect(s.notes.trim().length).toBeGreaterThan(0);
    if (s.flinkVersion !== undefined) expect(s.flinkVersion.trim().length).toBeGreaterThan(0);
    expect(statSync(join(CORPUS, s.file)).size).toBeLessThanOrEqual(MAX_FILE_BYTES);
  });
});

interface LoadRecord {
  file: string;
  kind: string;
  loads: boolean;
  entries?: number;
  warnings?: number;
  /** Memory-related keys as read (key=value), to see a later reader change what Flink would get. */
  memory?: string[];
  error?: string;
}

/** Each file given to the reader under the name Flink would give it: config.yaml for the 1.19+/2.x format, flink-conf.yaml otherwise. */
function loadRecord(s: Source): LoadRecord {
  const text = readFileSync(join(CORPUS, s.file), 'utf8');
  try {
    const parsed = parseConfigFile(text, s.kind === 'config-yaml' ? 'config.yaml' : 'flink-conf.yaml');
    const memory = parsed.entries.filter((e) => /memory|heap|java\.opts/.test(e.key)).map((e) => `${e.key}=${e.value}`);
    return { file: s.file, kind: s.kind, loads: true, entries: parsed.entries.length, warnings: parsed.warnings.length, memory };
  } catch (e) {
    return { file: s.file, kind: s.kind, loads: false, error: (e as Error).message.split('\n')[0] };
  }
}

interface Snapshot {
  note: string;
  summary: Record<string, string>;
  files: LoadRecord[];
}

/** Kinds GlobalConfiguration reads itself: the oracle's fixtures hold Flink's reading of them, per release. */
const ORACLE_KINDS = new Set(['flink-conf', 'config-yaml']);

function currentSnapshot(): Snapshot {
  const files = [...sources]
    .filter((s) => !ORACLE_KINDS.has(s.kind))
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(loadRecord);
  const summary: Record<string, string> = {};
  for (const kind of KINDS) {
    const ofKind = files.filter((f) => f.kind === kind);
    if (ofKind.length > 0) summary[kind] = `${ofKind.filter((f) => f.loads).length} of ${ofKind.length} load today`;
  }
  const note =
    'What parseConfigFile (models/config/configFiles.ts) makes of each real file of calibration/config-corpus that is not itself a ' +
    "Flink configuration file (those are oracle cases: calibration/fixtures/config-oracle/<release>/corpus-*.json, Flink's own " +
    'reading per release). "loads" only means no exception. Regenerate: UPDATE_CONFIG_CORPUS=1 npx vitest run ' +
    '--project calibration tests/calibration/configCorpus.test.ts';
  return { note, summary, files };
}

describe('config corpus: what the product reader makes of each real file', () => {
  it('matches the recorded snapshot (regenerate after a reader change and read the diff)', () => {
    const now = currentSnapshot();
    if (process.env.UPDATE_CONFIG_CORPUS === '1') writeFileSync(SNAPSHOT, `${JSON.stringify(now, null, 2)}\n`);
    const recorded: Snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
    expect(now).toEqual(recorded);
  });

  it('every flink-conf and config-yaml file is an oracle case of every served release, not in this snapshot', () => {
    const recorded: Snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
    const configFiles = sources.filter((s) => ORACLE_KINDS.has(s.kind)).map((s) => s.file);
    expect(configFiles.length).toBeGreaterThan(0);
    expect(recorded.files.filter((f) => configFiles.includes(f.file))).toEqual([]);
    const releases = readdirSync(ORACLE_FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases)
      for (const file of configFiles)
        expect(
          existsSync(join(ORACLE_FIXTURES, release.name, `corpus-${file.replace(/\.ya?ml$/, '')}.json`)),
          `${release.name} ${file}`,
        ).toBe(true);
  });
});
