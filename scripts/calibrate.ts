/**
 * `npm run calibrate [-- --only <experiment,…>] [--jdk 17,25]`: runs the calibration experiments (calibration/java)
 * on every JDK under /usr/lib/jvm (17 and 25 by default) and writes calibration/fixtures/jdk<N>/<id>.json.
 * `npm run calibrate -- flink [--only <run,…>]`: the Flink lab (calibration/flink-lab/README.md), a real Flink cluster on this machine,
 * writes calibration/fixtures/flink/<version>/<id>.json.
 * `npm run calibrate -- config-oracle [--releases 1.20.5,2.1.0] [--corpus <dir>]`: Flink's own configuration loading and
 * BashJavaUtils per release (calibration/config-oracle/README.md), writes calibration/fixtures/config-oracle/<release>/<case>.json.
 * `npm run calibrate -- gc-logs [--only <run,…>]`: real GC logs (JDK 17 and 25; G1, Parallel, Serial) for the GC log reader's
 * corpus (calibration/gc-logs/run.ts), writes tests/fixtures/artefacts/gc-logs/<run>.log and SOURCES.json.
 * `npm run calibrate -- incidents [--only <id,…>]`: real incident artefacts of the Flink lab (logs, GC logs, Prometheus query_range),
 * calibration/flink-lab/runner/incidents.ts, writes calibration/fixtures/incidents/<id>/.
 * `npm run calibrate -- flink-logs [--only <release-case,…>]`: real startup logs of Flink TaskManagers and JobManagers of several
 * releases (calibration/flink-logs/run.ts), writes tests/fixtures/artefacts/flink-logs/flink-<release>-<case>.log and SOURCES.json.
 * `npm run calibrate -- option-keys`: every ConfigOption each served release declares (calibration/config-oracle/README.md,
 * "Option keys"), writes calibration/fixtures/config-oracle/option-keys.json; then `npx tsx scripts/generate-option-keys.ts`.
 * `npm run calibrate -- rocksdb [--only oracle,<probe id>,…]`: Flink's RocksDB memory derivation per release and a real RocksDB
 * (frocksdbjni) under glibc and jemalloc (calibration/rocksdb/README.md), writes calibration/fixtures/rocksdb/*.json.
 * `npm run calibrate -- rocksdb-leaks`: FLINK-21986, FLINK-39753 and FLINK-39923 on the real frocksdbjni jars, RSS per restart
 * under glibc and jemalloc (calibration/rocksdb-leaks/README.md), writes calibration/rocksdb-leaks/measurements.jsonl.
 * Takes minutes; not part of npm test (the calibration test reads the fixtures).
 */
import { Command } from 'commander';
import { EXPERIMENTS } from '../calibration/runner/experiments';
import { useJdk } from '../calibration/flink-lab/runner/cluster';
import { LAB_RUNS } from '../calibration/flink-lab/runner/runs';
import { ensureJdk17, findJdks } from '../calibration/runner/jdk';
import { buildPrograms, runExperiment, writeFixture } from '../calibration/runner/run';
import { runOptionKeys } from '../calibration/config-oracle/optionKeys';
import { runConfigOracle, SERVED_RELEASES } from '../calibration/config-oracle/runner';
import { runFlinkLogs } from '../calibration/flink-logs/run';
import { runIncidents } from '../calibration/flink-lab/runner/incidents';
import { runGcLogs } from '../calibration/gc-logs/run';
import { runRocksdb } from '../calibration/rocksdb/runner';
import { runRocksDbLeaks } from '../calibration/rocksdb-leaks/run';

const program = new Command()
  .argument(
    '[suite]',
    "jvm (default): the JVM experiments; flink: the Flink lab; config-oracle: Flink's configuration classes; option-keys: every ConfigOption per release; gc-logs: the GC log corpus; flink-logs: the Flink log corpus; incidents: lab incidents' artefacts (logs, GC logs, Prometheus); rocksdb: Flink's RocksDB memory derivation and a real RocksDB; rocksdb-leaks: RocksDB leaks across restarts",
    'jvm',
  )
  .option('--only <ids>', 'comma-separated experiment ids (default all)')
  .option('--jdk <majors>', 'comma-separated JDK major versions', '17,25')
  .option('--releases <versions>', 'config-oracle: comma-separated Flink releases (default every served one)')
  .option('--corpus <dir>', 'config-oracle: the real-file corpus (default calibration/config-corpus)')
  .parse();
const options = program.opts<{ only?: string; jdk: string; releases?: string; corpus?: string }>();
const suite = program.processedArgs[0] as string;
if (!['jvm', 'flink', 'config-oracle', 'option-keys', 'gc-logs', 'flink-logs', 'incidents', 'rocksdb', 'rocksdb-leaks'].includes(suite))
  throw new Error(
    `unknown suite ${suite}: jvm, flink, config-oracle, option-keys, gc-logs, flink-logs, incidents, rocksdb or rocksdb-leaks`,
  );
if (suite === 'rocksdb-leaks') {
  ensureJdk17();
  runRocksDbLeaks((s) => console.log(s));
  process.exit();
}
if (suite === 'rocksdb') {
  ensureJdk17();
  const home = findJdks().find((j) => j.major === 17)?.home;
  if (!home) throw new Error('no JDK 17 under /usr/lib/jvm');
  useJdk(home);
  runRocksdb(options.only?.split(','), (s) => console.log(s));
  process.exit();
}
if (suite === 'incidents') {
  ensureJdk17();
  const home = findJdks().find((j) => j.major === 17)?.home;
  if (!home) throw new Error('no JDK 17 under /usr/lib/jvm');
  useJdk(home);
  for (const dir of await runIncidents(options.only?.split(','), (s) => console.log(s))) console.log(`incidents: ${dir}`);
  process.exit();
}
if (suite === 'flink-logs') {
  ensureJdk17();
  const home = findJdks().find((j) => j.major === 17)?.home;
  if (!home) throw new Error('no JDK 17 under /usr/lib/jvm');
  useJdk(home);
  for (const line of runFlinkLogs(options.only?.split(','), (s) => console.log(s))) console.log(line);
  process.exit();
}
if (suite === 'gc-logs') {
  ensureJdk17();
  for (const line of runGcLogs(findJdks(), options.only?.split(','))) console.log(line);
  process.exit();
}
if (suite === 'config-oracle' || suite === 'option-keys') {
  ensureJdk17();
  const home = findJdks().find((j) => j.major === 17)?.home;
  if (!home) throw new Error('no JDK 17 under /usr/lib/jvm');
  useJdk(home);
  if (suite === 'option-keys') {
    for (const line of await runOptionKeys((s) => console.log(s))) console.log(line);
    process.exit();
  }
  const releases = options.releases?.split(',') ?? [...SERVED_RELEASES];
  for (const line of runConfigOracle(releases, options.corpus, (s) => console.log(s))) console.log(line);
  process.exit();
}
if (suite === 'flink') {
  ensureJdk17();
  const home = findJdks().find((j) => j.major === 17)?.home;
  if (!home) throw new Error('no JDK 17 under /usr/lib/jvm');
  useJdk(home);
  const only = options.only?.split(',');
  const unknown = only?.filter((id) => !LAB_RUNS.some((r) => r.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown lab run(s) ${unknown.join(', ')}; have ${LAB_RUNS.map((r) => r.id).join(', ')}`);
  for (const run of LAB_RUNS.filter((r) => only === undefined || only.includes(r.id))) {
    try {
      console.log(`flink-lab: ${run.id} → ${await run.run((s) => console.log(s))}`);
    } catch (e) {
      process.exitCode = 1;
      console.error(`flink-lab ${run.id} FAILED (fixture not written): ${(e as Error).message}`);
    }
  }
  process.exit();
}

ensureJdk17();
const jdks = findJdks();
const wanted = options.jdk.split(',').map(Number);
const only = options.only?.split(',');
const unknown = only?.filter((id) => !EXPERIMENTS.some((e) => e.id === id)) ?? [];
if (unknown.length > 0) throw new Error(`unknown experiment(s) ${unknown.join(', ')}; have ${EXPERIMENTS.map((e) => e.id).join(', ')}`);
const jdk17 = jdks.find((j) => j.major === 17);
if (!jdk17) throw new Error('no JDK 17');
const classpath = buildPrograms(jdk17);
for (const major of wanted) {
  const jdk = jdks.find((j) => j.major === major);
  if (!jdk) {
    console.error(`JDK ${major} not found under /usr/lib/jvm (have ${jdks.map((j) => j.major).join(', ')}): skipped`);
    continue;
  }
  for (const experiment of EXPERIMENTS.filter((e) => only === undefined || only.includes(e.id))) {
    try {
      writeFixture(runExperiment(jdk, experiment, classpath, (s) => console.log(s)));
    } catch (e) {
      process.exitCode = 1;
      console.error(`jdk${major} ${experiment.id} FAILED (fixture not written): ${(e as Error).message}`);
    }
  }
}
