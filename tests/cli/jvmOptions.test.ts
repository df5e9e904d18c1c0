// Protects what `flink-mem derive` says about env.java.*opts*: the JVM's effective command line (Flink's flags, then the
// configured options), each overriding flag's consequence (text and --json), and that 2.1–2.3 are releases of their own.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const files: Record<string, string> = {
  'conf/config.yaml': [
    'taskmanager.memory.process.size: 4g',
    'env.java.opts.all: -XX:+UseParallelGC',
    'env.java.opts.jobmanager: -Xmx1g',
    'env.java.opts.taskmanager: -XX:MaxDirectMemorySize=2g -XX:+DisableExplicitGC',
    'jobmanager.memory.process.size: 2g',
    '',
  ].join('\n'),
  'conf/flink-conf.yaml': 'taskmanager.memory.process.size: 4g\nenv.java.opts.all: -Xss512k\n',
};

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
  });
  return { code, out, err, json: () => JSON.parse(out) };
}

describe('derive: the JVM command line', () => {
  it("prints Flink's flags then the configured options, what each override does, and the other process's key as not read", async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'conf/config.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '  -Xmx1664299798 -Xms1664299798 -XX:MaxDirectMemorySize=493921243 -XX:MaxMetaspaceSize=268435456 -XX:+UseParallelGC -XX:MaxDirectMemorySize=2g -XX:+DisableExplicitGC\n',
    );
    expect(r.out).toContain(
      "  -XX:MaxDirectMemorySize=2g (env.java.opts.taskmanager, conf/config.yaml:4) overrides Flink's 471 MiB: the JVM may use 2 GiB of direct memory; the process may then use up to 5.5 GiB",
    );
    expect(r.out).toContain('  -XX:+UseParallelGC (env.java.opts.all, conf/config.yaml:2) applies: the Parallel collector');
    expect(r.out).toContain('  -XX:+DisableExplicitGC (env.java.opts.taskmanager, conf/config.yaml:4) applies: System.gc() does nothing');
    expect(r.out).toContain(
      "  env.java.opts.jobmanager (conf/config.yaml:3): the JobManager JVM's options, not on the TaskManager's command line",
    );
    expect(r.out).not.toContain('no effect on sizes');
  });

  it('--json carries jvmCommandLine (effective line, configured keys with origins, overrides with consequences)', async () => {
    const r = await run('derive', '--process', 'jobmanager', '--config', 'conf/config.yaml', '--flink-version', '2.2', '--json');
    expect(r.code).toBe(0);
    const json = r.json();
    expect(json.flinkVersion).toBe('2.2');
    expect(json.jvmCommandLine.configured.map((c: { key: string }) => c.key)).toEqual(['env.java.opts.all', 'env.java.opts.jobmanager']);
    expect(json.jvmCommandLine.effective).toMatch(/^-Xmx\d+ -Xms\d+ -XX:MaxMetaspaceSize=\d+ -XX:\+UseParallelGC -Xmx1g$/);
    expect(json.jvmCommandLine.overrides.map((o: { kind: string }) => o.kind)).toEqual(['max-heap', 'initial-heap', 'gc']);
    expect(json.jvmCommandLine.overrides[1].consequence).toContain('Initial heap size set to a larger value than the maximum heap size');
    expect(json.warnings.join('\n')).not.toContain('env.java');
  });

  it('reads the keys of the release: env.java.opts.all is not read by 1.16', async () => {
    const r = await run('derive', '--process', 'taskmanager', '--config', 'conf/flink-conf.yaml', '--flink-version', '1.16', '--json');
    expect(r.json().jvmCommandLine).toMatchObject({
      configured: [],
      unread: [{ key: 'env.java.opts.all', reason: 'Flink 1.16 reads env.java.opts (env.java.opts.all exists from 1.17)' }],
    });
  });
});

describe('versions 2.1–2.3', () => {
  it('`versions` lists 2.3, 2.2, 2.1 first, 2.3 as the default, each with its note; --flink-version 2.1.3 derives as 2.1.3', async () => {
    const listed = (await run('versions')).out.split('\n');
    expect(listed[0]).toMatch(/^2\.3 +\(default\) memory, network, restart and checkpoint defaults as 2\.0/);
    expect(listed[1]).toMatch(/^2\.2 +memory/);
    expect(listed[2]).toMatch(/^2\.1 +memory/);
    const r = await run('derive', '--process', 'taskmanager', '--config', 'conf/config.yaml', '--flink-version', '2.1.3', '--json');
    expect(r.json().flinkVersion).toBe('2.1.3');
    expect(r.json().warnings.join('\n')).not.toMatch(/rules/);
  });
});
