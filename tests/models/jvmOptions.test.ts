// Protects how the JVM options of a Flink configuration (env.java.opts…) reach the simulated JVM: read in command-line
// order with the last occurrence winning, over Flink's derived limits and the scenario's cluster.gc, and refused with the
// JVM's own text where HotSpot would not start.
import { describe, expect, it } from 'vitest';
import { FlinkConfiguration } from '../../models/config/configuration';
import { FlinkError } from '../../models/config/flinkError';
import { readJvmOptions } from '../../models/config/jvmOptions';
import { parseFlinkVersion } from '../../models/config/flinkVersion';
import { createSetup, SetupError } from '../../models/engine/setup';
import { MiB, scenario } from '../helpers/engine';

const configOf = (config: Record<string, string>) =>
  new FlinkConfiguration(Object.entries(config).map(([key, value]) => ({ key, value, origin: 'test' })));
const read = (config: Record<string, string>, process: 'taskmanager' | 'jobmanager' = 'taskmanager') =>
  readJvmOptions(configOf(config), process);

describe('readJvmOptions', () => {
  it('reads the collector, DisableExplicitGC, -Xss and the three sizes, in any case of the size suffix', () => {
    const o = read({
      'env.java.opts.all': '-XX:+UseParallelGC -XX:+DisableExplicitGC -Xss512k -Xmx2G -XX:MaxDirectMemorySize=256m -XX:MaxMetaspaceSize=1g',
    });
    expect(o).toMatchObject({
      gc: 'Parallel',
      disableExplicitGc: true,
      xssBytes: 512 * 1024,
      maxHeapBytes: 2048 * MiB,
      maxDirectBytes: 256 * MiB,
      maxMetaspaceBytes: 1024 * MiB,
    });
    expect(o.sources.map((s) => s.key)).toEqual(Array(6).fill('env.java.opts.all'));
  });

  it('puts the process keys after the .all keys, so the process wins; the other process never sees them', () => {
    const config = {
      'env.java.opts.all': '-XX:+UseSerialGC -XX:+DisableExplicitGC',
      'env.java.opts.taskmanager': '-XX:+UseG1GC -XX:-DisableExplicitGC',
      'env.java.default-opts.all': '-XX:+UseParallelGC',
    };
    expect(read(config, 'taskmanager')).toMatchObject({ gc: 'G1', disableExplicitGc: false });
    expect(read(config, 'jobmanager')).toMatchObject({ gc: 'Serial', disableExplicitGc: true });
  });

  it('falls back to the deprecated env.java.opts when env.java.opts.all is absent', () => {
    expect(read({ 'env.java.opts': '-XX:+UseSerialGC' }).gc).toBe('Serial');
    expect(read({ 'env.java.opts': '-XX:+UseSerialGC', 'env.java.opts.all': '-XX:+UseParallelGC' }).gc).toBe('Parallel');
  });

  it('ignores options that change nothing modelled and reports none', () => {
    const o = read({ 'env.java.opts.all': '-Dfoo=bar -XX:+HeapDumpOnOutOfMemoryError  -verbose:gc' });
    expect(o).toMatchObject({ gc: undefined, disableExplicitGc: undefined, xssBytes: undefined, sources: [] });
  });

  it("refuses a stack below 136k and a size that is not one, with the JVM's text and the key", () => {
    const refusal = (config: Record<string, string>) => {
      try {
        read(config);
      } catch (e) {
        if (e instanceof FlinkError) return e;
        throw e;
      }
      throw new Error('accepted');
    };
    const small = refusal({ 'env.java.opts.taskmanager': '-Xss64k' });
    expect(small.message).toContain('The Java thread stack size specified is too small. Specify at least 136k');
    expect(small.keys).toEqual(['env.java.opts.taskmanager']);
    const bad = refusal({ 'env.java.opts.all': '-Xmx2gb' });
    expect(bad.message).toContain('Invalid JVM option -Xmx2gb in env.java.opts.all');
  });
});

describe('the simulated JVM', () => {
  it("gets the option over Flink's value and over cluster.gc, and records what it replaced", () => {
    const setup = createSetup(
      scenario({ config: { 'env.java.opts.taskmanager': '-XX:+UseParallelGC -XX:MaxDirectMemorySize=300m -XX:+DisableExplicitGC' } }),
    );
    const tm = setup.taskManagerSizing;
    expect(tm).toMatchObject({ gc: 'Parallel', directLimitBytes: 300 * MiB, disableExplicitGc: true });
    expect(tm.jvmOptionOverrides.map((o) => o.what)).toEqual(['direct', 'gc']);
    expect(setup.jobManagerSizing).toMatchObject({ gc: 'G1', disableExplicitGc: false });
    // The metric names follow the collector the TaskManagers really run.
    expect(setup.metricNames.some((n) => n.includes('PS Scavenge'))).toBe(true);
  });

  it('does not start when the JVM would not: a SetupError naming the key', () => {
    expect(() => createSetup(scenario({ config: { 'env.java.opts.all': '-Xss100k' } }))).toThrow(SetupError);
  });
});

describe('readJvmOptions per release', () => {
  it("reads only the keys the release's scripts read, so the simulation runs the command line the derivation shows", () => {
    const config = { 'env.java.opts.all': '-XX:+UseParallelGC', 'env.java.default-opts.taskmanager': '-XX:+UseSerialGC' };
    expect(readJvmOptions(configOf(config), 'taskmanager', parseFlinkVersion('1.16')).gc).toBeUndefined();
    expect(readJvmOptions(configOf(config), 'taskmanager', parseFlinkVersion('1.18')).gc).toBe('Parallel');
    expect(readJvmOptions(configOf(config), 'taskmanager', parseFlinkVersion('1.19')).gc).toBe('Serial');
    expect(readJvmOptions(configOf({ 'env.java.opts': '-Xss2m' }), 'jobmanager', parseFlinkVersion('1.16')).xssBytes).toBe(2 * MiB);
  });
});
