// Protects the configuration warnings against Flink's own option keys per release (models/config/flinkOptionKeys.ts):
// no "unknown" for a key the chosen release declares, keys of other releases named with their releases, deprecated keys
// with their proper key in Flink's words, typos with a suggestion, and the rest summarised by prefix, not listed.
import { describe, expect, it } from 'vitest';
import { configWarnings, prefixGroups } from '../../../models/config/configCheck';
import { FlinkConfiguration } from '../../../models/config/configuration';
import { parseFlinkVersion } from '../../../models/config/flinkVersion';
import type { Note } from '../../../models/config/note';
import { releaseIndexOf, releaseName } from '../../../models/config/optionKeyIndex';

const warnings = (entries: Record<string, string>, version: string): Note[] =>
  configWarnings(
    new FlinkConfiguration(Object.entries(entries).map(([key, value]) => ({ key, value, origin: 'file' as const }))),
    parseFlinkVersion(version),
  );
const messages = (entries: Record<string, string>, version: string) => warnings(entries, version).map((n) => n.message);

describe('configWarnings: the chosen release', () => {
  it('a minor stands for its newest patch, a full version for itself', () => {
    expect(releaseName(releaseIndexOf(parseFlinkVersion('1.17')))).toBe('1.17.2');
    expect(releaseName(releaseIndexOf(parseFlinkVersion('1.11.1')))).toBe('1.11.1');
    expect(releaseName(releaseIndexOf(parseFlinkVersion('2.0')))).toBe('2.0.2');
    // 1.11.4 was never published with Scala 2.12: the newest release before it
    expect(releaseName(releaseIndexOf(parseFlinkVersion('1.11.4')))).toBe('1.11.3');
  });
});

describe('configWarnings: keys the release declares', () => {
  it.each([
    ['taskmanager.network.memory.buffer-debloat.enabled', '1.17'],
    ['taskmanager.network.memory.buffer-debloat.target', '1.20'],
    ['taskmanager.network.memory.exclusive-buffers-request-timeout-ms', '1.15'],
    ['taskmanager.network.memory.read-buffer.required-per-gate.max', '2.0'],
  ])('%s under %s is not called unknown, and is counted as kept', (key, version) => {
    const notes = warnings({ [key]: '1' }, version);
    expect(notes.map((n) => n.message).join('\n')).not.toMatch(/Unknown|does not read/);
    expect(notes).toEqual([{ level: 'WARN', message: `Kept, not part of the memory model (no effect on sizes): ${key}`, keys: [key] }]);
  });
});

describe('configWarnings: keys of other releases', () => {
  it('a key newer than the release names the first release declaring it', () => {
    expect(messages({ 'state.backend.type': 'rocksdb' }, '1.15')).toEqual([
      "'state.backend.type' is an option of Flink 1.17.0 and later; Flink 1.15 does not read it.",
    ]);
  });

  it('a key removed before the release names the last release declaring it', () => {
    expect(messages({ 'taskmanager.network.memory.buffers-per-channel': '2' }, '2.0')[0]).toMatch(
      /^'taskmanager.network.memory.buffers-per-channel' was removed in Flink 2.0.0 \(last in 1.20.5\); Flink 2.0 does not read it\./,
    );
  });

  it('a memory option of the model keeps its explanation', () => {
    expect(messages({ 'jobmanager.memory.process.size': '2g' }, '1.10')[0]).toMatch(
      /^'jobmanager.memory.process.size' is an option of Flink 1.11.0 and later; Flink 1.10 does not read it\. Everything the JobManager/,
    );
  });
});

describe('configWarnings: modules Maven Central does not serve for every release', () => {
  it('a release without a scanned jar of the module says nothing about its keys', () => {
    // flink-kubernetes is not served for any 1.10 or 1.11 release here, yet 1.10 had native Kubernetes options
    expect(warnings({ 'kubernetes.cluster-id': 'c' }, '1.10')).toEqual([
      {
        level: 'WARN',
        message: 'Kept, not part of the memory model (no effect on sizes): kubernetes.cluster-id',
        keys: ['kubernetes.cluster-id'],
      },
    ]);
  });

  it('a patch without a scanned jar stands in for the nearest scanned patch of its minor', () => {
    // 2.0 means 2.0.2, whose flink-kubernetes is not served here: 2.0.0's declares the key
    expect(messages({ 'kubernetes.cluster-id': 'c' }, '2.0')).toEqual([
      'Kept, not part of the memory model (no effect on sizes): kubernetes.cluster-id',
    ]);
  });
});

describe('configWarnings: deprecated keys', () => {
  it("names the proper key in Flink's own words (Configuration#loggingFallback)", () => {
    expect(messages({ 'state.backend': 'rocksdb' }, '1.20')).toEqual([
      "Config uses deprecated configuration key 'state.backend' instead of proper key 'state.backend.type'",
    ]);
  });

  it('a key renamed in a later release: exclusive-buffers-request-timeout-ms is read as buffers-request-timeout from 1.20.0', () => {
    expect(messages({ 'taskmanager.network.memory.exclusive-buffers-request-timeout-ms': '10000' }, '2.0')).toEqual([
      "Config uses deprecated configuration key 'taskmanager.network.memory.exclusive-buffers-request-timeout-ms' instead of proper key 'taskmanager.network.memory.buffers-request-timeout'",
    ]);
    expect(messages({ 'taskmanager.network.memory.buffers-request-timeout': '10s' }, '1.19')).toEqual([
      "'taskmanager.network.memory.buffers-request-timeout' is an option of Flink 1.20.0 and later; Flink 1.19 does not read it.",
    ]);
  });

  it('a memory alias of the model too', () => {
    expect(messages({ 'taskmanager.network.memory.min': '64m' }, '1.20')).toEqual([
      "Config uses deprecated configuration key 'taskmanager.network.memory.min' instead of proper key 'taskmanager.memory.network.min'",
    ]);
  });
});

describe('configWarnings: keys no release declares', () => {
  it('under a memory namespace: unknown, with a suggestion from the release', () => {
    expect(messages({ 'taskmanager.memory.proces.size': '2g' }, '1.20')).toEqual([
      "Unknown memory option 'taskmanager.memory.proces.size' is kept but has no effect. Did you mean 'taskmanager.memory.process.size'?",
    ]);
    expect(messages({ 'taskmanager.network.memory.buffer-debloat.enable': 'true' }, '1.17')[0]).toMatch(
      /Did you mean 'taskmanager.network.memory.buffer-debloat.enabled'\?$/,
    );
  });

  it("elsewhere: counted as not an option of Flink's core modules", () => {
    expect(messages({ 'table.exec.mini-batch.enabled': 'true', 'jobmanager.rpc.adress': 'jm' }, '1.20')).toEqual([
      "Not an option of Flink's core modules (a connector's, a reporter's, or a typo?): table.exec.mini-batch.enabled, jobmanager.rpc.adress",
    ]);
  });

  it('prefix families Flink reads by name are known', () => {
    const keys = {
      'metrics.reporter.prom.factory.class': 'x',
      'containerized.taskmanager.env.FOO': 'bar',
      'external-resource.gpu.amount': '1',
      'flink.hadoop.fs.defaultFS': 'hdfs://x',
    };
    expect(warnings(keys, '1.20')).toEqual([
      {
        level: 'WARN',
        message: expect.stringMatching(/^Kept, not part of the memory model \(no effect on sizes\): 4 keys — /),
        keys: Object.keys(keys),
      },
    ]);
  });
});

describe('configWarnings: the summary', () => {
  it('counts keys by prefix, keeps every key in the note, and stays one short line', () => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < 9; i++) entries[`metrics.reporter.r${i}.factory.class`] = 'x';
    for (const k of ['state.backend.type', 'state.checkpoints.dir', 'state.savepoints.dir']) entries[k] = 'x';
    for (const k of ['execution.checkpointing.interval', 'execution.checkpointing.mode']) entries[k] = 'x';
    entries['jobmanager.rpc.address'] = 'jm';
    const [note] = warnings(entries, '1.18');
    expect(note?.message).toBe(
      'Kept, not part of the memory model (no effect on sizes): 15 keys — metrics.reporter.* 9, state.* 3, execution.checkpointing.* 2, jobmanager.* 1',
    );
    expect(note?.keys).toEqual(Object.keys(entries));
  });

  it('groups by two segments only when every key of the first shares them', () => {
    expect(prefixGroups(['a.b.c', 'a.b.d', 'a.x', 'single'])).toEqual([
      ['a.*', 3],
      ['single', 1],
    ]);
    expect(prefixGroups(['a.b.c', 'a.b.d'])).toEqual([['a.b.*', 2]]);
  });
});
