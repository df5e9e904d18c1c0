/**
 * Records a real Flink PrometheusReporter scrape for the metric readers' fixtures (issue 15; not part of `npm test`):
 * the Flink lab's 1.20.5 cluster (calibration/flink-lab) with `flink-metrics-prometheus` on the classpath (1.20.3, the
 * newest 1.20 patch Maven Central serves for that module; same reporter code as 1.20.5), the lab's direct-leak job,
 * and both processes' `/metrics` read every 1.5 s for 48 s, each read after a `# scrape <ISO time> port <port>` line
 * (models/artefacts/prometheusText.ts reads it). Kept: the families the readers know plus two they do not
 * (`…_Direct_Count`, `…_numRunningJobs`), HELP/TYPE lines in each port's first scrape only; nothing else changed.
 *
 *   npx tsx scripts/scrape-prometheus-lab.ts [out]   (default tests/fixtures/artefacts/metrics/flink-lab-prometheus-direct-leak.prom)
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseConfig, buildLab, startCluster, stopAll, submitJob, TARGET } from '../calibration/flink-lab/runner/cluster';
import { registeredTaskManagers, sleep } from '../calibration/flink-lab/runner/rest';

const REPORTER = 'org.apache.flink:flink-metrics-prometheus:1.20.3';
const KEEP =
  /^(# (HELP|TYPE) )?flink_(taskmanager_Status_JVM_Memory_(Heap_Used|Heap_Max|Direct_MemoryUsed|Direct_Count|Metaspace_Used)|taskmanager_Status_JVM_GarbageCollector_G1_(Young|Old)_Generation_(Count|Time)|taskmanager_Status_JVM_Threads_Count|taskmanager_Status_Flink_Memory_Managed_Used|taskmanager_Status_Shuffle_Netty_(Used|Total)MemorySegments|jobmanager_job_numRestarts|jobmanager_Status_JVM_Memory_Heap_Used|jobmanager_numRunningJobs)\b/;
const out = process.argv[2] ?? 'tests/fixtures/artefacts/metrics/flink-lab-prometheus-direct-leak.prom';

buildLab(console.log);
const copy = spawnSync('mvn', ['-B', '-q', 'dependency:copy', `-Dartifact=${REPORTER}`, `-DoutputDirectory=${join(TARGET, 'lib')}`], {
  stdio: 'inherit',
});
if (copy.status !== 0) throw new Error(`mvn dependency:copy ${REPORTER} failed`);
const base = 19300 + (process.pid % 40) * 10;
const config: Record<string, string> = {
  ...(await baseConfig()),
  // the lab's direct-leak-on-restart run (calibration/flink-lab/runner/directLeak.ts RUN_CONFIG)
  'jobmanager.memory.process.size': '1g',
  'taskmanager.memory.process.size': '1g',
  'taskmanager.numberOfTaskSlots': '2',
  'parallelism.default': '1',
  'restart-strategy.type': 'fixed-delay',
  'restart-strategy.fixed-delay.attempts': '12',
  'restart-strategy.fixed-delay.delay': '1 s',
  'classloader.parent-first-patterns.additional': 'lab.LeakHolder',
  'metrics.reporter.prom.factory.class': 'org.apache.flink.metrics.prometheus.PrometheusReporterFactory',
  'metrics.reporter.prom.port': `${base}-${base + 9}`,
};
const port = Number(config['rest.port']);
const cluster = startCluster('prom-scrape', config, 1);
const lines: string[] = [];
const described = new Set<number>();
try {
  await registeredTaskManagers(port, 1);
  await sleep(2000);
  submitJob('lab.DirectLeakJob', port, [
    '--leakMiB',
    '16',
    '--failAfterMs',
    '2000',
    '--mode',
    'keep',
    '--jobName',
    'direct-leak-on-restart',
  ]);
  const t0 = Date.now();
  while (Date.now() - t0 < 48_000) {
    for (let p = base; p < base + 3; p++) {
      const text = await fetch(`http://localhost:${p}/metrics`)
        .then((r) => r.text())
        .catch(() => undefined);
      if (text === undefined) continue;
      lines.push(`# scrape ${new Date().toISOString()} port ${p}`);
      lines.push(...text.split('\n').filter((l) => KEEP.test(l) && (!l.startsWith('#') || !described.has(p))));
      described.add(p);
    }
    await sleep(1500);
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${out}: ${lines.length} lines`);
} finally {
  await stopAll(cluster.processes);
}
