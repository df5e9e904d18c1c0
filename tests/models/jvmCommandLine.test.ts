// Protects the JVM's effective command line a derivation shows: Flink's flags first, then the env.java.*opts* keys the
// chosen release's start scripts read (in their order, so the configured flag wins), and each override's consequence.
import { describe, expect, it } from 'vitest';
import { configWarnings } from '../../models/config/configCheck';
import { FlinkConfiguration } from '../../models/config/configuration';
import { parseFlinkVersion } from '../../models/config/flinkVersion';
import { jvmCommandLine, jvmOptionKeysFor, overrideText } from '../../models/config/jvmCommandLine';
import { deriveMemory, jvmCommandLineOf } from '../../models/memoryModel';

const entries = (config: Record<string, string>) =>
  Object.entries(config).map(([key, value], i) => ({ key, value, origin: `flink-conf.yaml:${i + 1}` }));

function commandLine(config: Record<string, string>, version = '2.3', process: 'taskmanager' | 'jobmanager' = 'taskmanager') {
  const sized = { ...config, [`${process}.memory.process.size`]: config[`${process}.memory.process.size`] ?? '4g' };
  const result = deriveMemory({ process, flinkVersion: version, entries: entries(sized) });
  if (!result.ok) throw new Error(result.error.message);
  return jvmCommandLineOf(result);
}

describe('jvmCommandLine', () => {
  it("puts the configured options after Flink's flags; MaxDirectMemorySize=2g over 4g says how far the process may grow", () => {
    const line = commandLine({ 'taskmanager.memory.process.size': '4g', 'env.java.opts.taskmanager': '-XX:MaxDirectMemorySize=2g' });
    // Flink's derivation of 4g (2.x): 471 MiB direct = framework off-heap 128 MiB + task off-heap 0 + network 343 MiB.
    expect(line.effective).toBe(
      '-Xmx1664299798 -Xms1664299798 -XX:MaxDirectMemorySize=493921243 -XX:MaxMetaspaceSize=268435456 -XX:MaxDirectMemorySize=2g',
    );
    expect(line.overrides.map(overrideText)).toEqual([
      "-XX:MaxDirectMemorySize=2g (env.java.opts.taskmanager, flink-conf.yaml:2) overrides Flink's 471 MiB: the JVM may use 2 GiB of direct memory; the process may then use up to 5.5 GiB, 1.5 GiB beyond Flink's 4 GiB process memory that a container limit is sized for",
    ]);
  });

  it('reads the keys of the release: env.java.opts up to 1.16, env.java.opts.all from 1.17, env.java.default-opts.* from 1.19', () => {
    expect(jvmOptionKeysFor(parseFlinkVersion('1.16'), 'taskmanager')).toEqual(['env.java.opts', 'env.java.opts.taskmanager']);
    expect(jvmOptionKeysFor(parseFlinkVersion('1.18'), 'jobmanager')).toEqual(['env.java.opts.all', 'env.java.opts.jobmanager']);
    expect(jvmOptionKeysFor(parseFlinkVersion('1.19'), 'taskmanager')).toEqual([
      'env.java.default-opts.all',
      'env.java.opts.all',
      'env.java.default-opts.taskmanager',
      'env.java.opts.taskmanager',
    ]);
    const config = { 'env.java.opts.all': '-Xss512k', 'env.java.default-opts.taskmanager': '-XX:+UseSerialGC' };
    const old = commandLine(config, '1.16');
    expect(old.configured).toEqual([]);
    expect(old.unread.map((u) => u.reason)).toEqual([
      'Flink 1.16 reads env.java.opts (env.java.opts.all exists from 1.17)',
      'Flink 1.16 does not read it (env.java.default-opts.* exist from 1.19)',
    ]);
    expect(commandLine(config, '1.19').configured.map((c) => c.key)).toEqual(['env.java.opts.all', 'env.java.default-opts.taskmanager']);
  });

  it('falls back to the deprecated env.java.opts from 1.17 only when env.java.opts.all is absent; the other process is not read', () => {
    expect(commandLine({ 'env.java.opts': '-Xss2m' }, '1.20').configured.map((c) => c.key)).toEqual(['env.java.opts']);
    const both = commandLine({ 'env.java.opts': '-Xss2m', 'env.java.opts.all': '-Xss4m', 'env.java.opts.jobmanager': '-Xmx1g' }, '1.20');
    expect(both.configured.map((c) => c.key)).toEqual(['env.java.opts.all']);
    expect(both.unread.map((u) => `${u.key}: ${u.reason}`)).toEqual([
      'env.java.opts: env.java.opts.all is set and replaces its deprecated name',
      "env.java.opts.jobmanager: the JobManager JVM's options, not on the TaskManager's command line",
    ]);
  });

  it('an -Xmx below the -Xms Flink sets stops the JVM, as HotSpot does; a larger heap says how far the process may grow', () => {
    const small = commandLine({ 'taskmanager.memory.process.size': '4g', 'env.java.opts.all': '-Xmx1g' });
    expect(small.overrides.map((o) => o.consequence)).toEqual([
      'the heap is capped at 1 GiB: Flink\'s heap budgets (framework + task heap) no longer fit, "OutOfMemoryError: Java heap space" comes sooner',
      'the JVM does not start: "Initial heap size set to a larger value than the maximum heap size" (-Xms1664299798 is above -Xmx1g; set both)',
    ]);
    const large = commandLine({ 'taskmanager.memory.process.size': '4g', 'env.java.opts.all': '-Xms3g -Xmx3g' });
    expect(large.overrides.map((o) => o.kind)).toEqual(['max-heap', 'initial-heap']);
    expect(large.overrides[0]?.consequence).toContain('the heap may grow to 3 GiB; the process may then use up to 5.5 GiB');
  });

  it('names the collector, DisableExplicitGC, -Xss and MaxMetaspaceSize; two collectors stop the JVM', () => {
    const line = commandLine({
      'env.java.opts.all': '-XX:+UseParallelGC -XX:+DisableExplicitGC -Xss100k',
      'env.java.opts.taskmanager': '-XX:MaxMetaspaceSize=128m',
    });
    expect(line.overrides.map((o) => [o.kind, o.key])).toEqual([
      ['metaspace', 'env.java.opts.taskmanager'],
      ['stack', 'env.java.opts.all'],
      ['gc', 'env.java.opts.all'],
      ['explicit-gc', 'env.java.opts.all'],
    ]);
    expect(line.overrides[0]?.consequence).toBe('class metadata is capped at 128 MiB: "OutOfMemoryError: Metaspace" comes sooner');
    expect(line.overrides[1]?.consequence).toContain('Specify at least 136k');
    expect(line.overrides[2]?.consequence).toMatch(/^the Parallel collector instead of the JVM's default/);
    expect(line.overrides[3]?.consequence).toContain('java.nio.Bits.reserveMemory');
    const two = commandLine({ 'env.java.opts.all': '-XX:+UseG1GC', 'env.java.opts.taskmanager': '-XX:+UseParallelGC' });
    expect(two.overrides[0]?.consequence).toContain('Multiple garbage collectors selected');
  });

  it('strips the quotes bin/config.sh strips and keeps every other token (e.g. -D and --add-opens) on the line', () => {
    const line = jvmCommandLine({
      config: new FlinkConfiguration(entries({ 'env.java.opts.all': '"-Dfoo=bar  --add-opens=java.base/java.util=ALL-UNNAMED"' })),
      process: 'jobmanager',
      version: parseFlinkVersion('2.0'),
      flinkJvmArgs: '-Xmx1g',
      processBytes: undefined,
    });
    expect(line.effective).toBe('-Xmx1g -Dfoo=bar --add-opens=java.base/java.util=ALL-UNNAMED');
    expect(line.overrides).toEqual([]);
  });

  it('a JobManager without a direct limit (enable-jvm-direct-memory-limit off) says the limit is new', () => {
    const line = commandLine(
      { 'jobmanager.memory.process.size': '2g', 'env.java.opts.jobmanager': '-XX:MaxDirectMemorySize=512m' },
      '1.20',
      'jobmanager',
    );
    expect(line.overrides[0]).toMatchObject({ kind: 'direct', replaces: undefined });
    expect(line.overrides[0]?.consequence).toMatch(/^Flink sets no direct memory limit for this process/);
  });

  it('env.java.*opts* keys are no longer listed as having no effect on sizes', () => {
    const config = new FlinkConfiguration(entries({ 'env.java.opts.all': '-Xmx1g', 'env.java.default-opts.taskmanager': '-Xss1m' }));
    expect(configWarnings(config, parseFlinkVersion('2.3'))).toEqual([]);
  });
});
