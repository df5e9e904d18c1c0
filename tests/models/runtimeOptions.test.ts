// Protects the one road for Flink's runtime options: typed per release with Flink's defaults and deprecated keys, refused with Flink's
// texts (and the keys involved) where Flink refuses, and the schema-valid reproducers that once ran silently or hung (rocksdbb, "lots",
// interval 0, initial-backoff 0, extreme multipliers) now refused or bounded, also through check -D.
import { describe, expect, it } from 'vitest';
import { FlinkConfiguration } from '../../models/config/configuration';
import { FlinkError } from '../../models/config/flinkError';
import { parseFlinkVersion } from '../../models/config/flinkVersion';
import { readRuntimeOptions } from '../../models/config/runtimeReader';
import { onFailure } from '../../models/engine/job/restartStrategy';
import { newRestartHistory } from '../../models/engine/state/jobState';
import { runScenario } from '../../models/run/runScenario';
import { createSetup, SetupError } from '../../models/engine/setup';
import { applyOverrides } from '../../models/sizing/variants';
import { scenario } from '../helpers/engine';

const read = (config: Record<string, string>, version = '1.18') =>
  readRuntimeOptions(
    new FlinkConfiguration(Object.entries(config).map(([key, value]) => ({ key, value, origin: 'test' }))),
    parseFlinkVersion(version),
  );

function refusal(config: Record<string, string>, version = '1.18'): FlinkError {
  try {
    read(config, version);
  } catch (e) {
    if (e instanceof FlinkError) return e;
    throw e;
  }
  throw new Error(`accepted: ${JSON.stringify(config)}`);
}

function setupError(config: Record<string, string>): SetupError {
  try {
    createSetup(scenario({ config, durationMs: 1000 }));
  } catch (e) {
    if (e instanceof SetupError) return e;
    throw e;
  }
  throw new Error(`accepted: ${JSON.stringify(config)}`);
}

describe('runtime options', () => {
  it('defaults per release: hashmap (jobmanager state before 1.13, also heap), no checkpointing, blob 50/5/5 min, slot requests 5 min', () => {
    for (const v of ['1.10', '1.12', '1.13', '1.18', '2.0'])
      expect(read({}, v)).toEqual({
        stateBackend: 'hashmap',
        rocksdb: undefined,
        spreadSlots: false,
        exitOnOom: false,
        checkpoint: undefined,
        blob: { concurrent: 50, retries: 5, timeoutMs: 300_000 },
        restartStrategy: { type: 'none' },
        scheduler: { kind: 'default', reactive: false, stabilizationMs: 10_000 },
        slotRequestTimeoutMs: 300_000,
      });
  });

  it('the scheduler: adaptive by jobmanager.scheduler (any case) or by reactive mode, whose stabilization timeout is 0 unless set', () => {
    expect(read({ 'jobmanager.scheduler': 'Adaptive' }).scheduler).toEqual({ kind: 'adaptive', reactive: false, stabilizationMs: 10_000 });
    expect(read({ 'jobmanager.scheduler': 'adaptivebatch' }).scheduler.kind).toBe('default');
    expect(read({ 'scheduler-mode': 'reactive' }).scheduler).toEqual({ kind: 'adaptive', reactive: true, stabilizationMs: 0 });
    const set = read({ 'scheduler-mode': 'REACTIVE', 'jobmanager.adaptive-scheduler.resource-stabilization-timeout': '5 s' });
    expect(set.scheduler.stabilizationMs).toBe(5000);
  });

  it('slot.request.timeout reads as a duration', () => {
    expect(read({ 'slot.request.timeout': '20 s' }).slotRequestTimeoutMs).toBe(20_000);
  });

  it('deprecated keys are read when the main key is absent; the main key wins', () => {
    expect(read({ 'state.backend': 'rocksdb' }).stateBackend).toBe('rocksdb');
    expect(read({ 'state.backend': 'rocksdb', 'state.backend.type': 'hashmap' }).stateBackend).toBe('hashmap');
    expect(read({ 'restart-strategy': 'none', 'execution.checkpointing.interval': '1 min' }).restartStrategy).toEqual({ type: 'none' });
    const unaligned = read({ 'execution.checkpointing.interval': '1 min', 'execution.checkpointing.unaligned': 'TRUE' });
    expect(unaligned.checkpoint?.unaligned).toBe(true);
  });

  it('state.backend.type: rocksdbb is refused as StateBackendLoader refuses an unknown factory, naming the key written', () => {
    const e = refusal({ 'state.backend': 'rocksdbb' });
    expect([e.javaClass, e.message, e.keys]).toEqual([
      'DynamicCodeLoadingException',
      'Cannot find configured state backend factory class: rocksdbb',
      ['state.backend'],
    ]);
    // 'hashmap' is a shortcut from 1.13; 'jobmanager' and 'filesystem' are gone in 2.0.
    expect(refusal({ 'state.backend.type': 'hashmap' }, '1.12').message).toMatch(/hashmap$/);
    expect(read({ 'state.backend.type': 'filesystem' }, '1.20').stateBackend).toBe('hashmap');
    expect(refusal({ 'state.backend.type': 'filesystem' }, '2.0').javaClass).toBe('DynamicCodeLoadingException');
  });

  it('tolerable-failed-checkpoints: lots is a parse error, -1 is refused as CheckpointConfig refuses it', () => {
    const lots = refusal({ 'execution.checkpointing.interval': '1 min', 'execution.checkpointing.tolerable-failed-checkpoints': 'lots' });
    expect(lots.message).toBe("Could not parse value 'lots' for key 'execution.checkpointing.tolerable-failed-checkpoints'.");
    expect(lots.causes()).toEqual(['NumberFormatException: For input string: "lots"']);
    const negative = refusal({ 'execution.checkpointing.interval': '1 min', 'execution.checkpointing.tolerable-failed-checkpoints': '-1' });
    expect(negative.message).toBe('The tolerable failure checkpoint number must be non-negative.');
  });

  it('execution.checkpointing.interval below 10 ms (0 included) is refused in every release (CheckpointConfig#setCheckpointInterval)', () => {
    for (const v of ['1.10', '1.18', '1.19', '2.0'])
      for (const interval of ['0', '9 ms', '0 s']) {
        const e = refusal({ 'execution.checkpointing.interval': interval }, v);
        expect([e.javaClass, e.message, e.keys]).toEqual([
          'IllegalArgumentException',
          'Checkpoint interval must be larger than or equal to 10 ms',
          ['execution.checkpointing.interval'],
        ]);
      }
    expect(read({ 'execution.checkpointing.interval': '10' }).checkpoint?.intervalMs).toBe(10);
    expect(refusal({ 'execution.checkpointing.interval': '1 min', 'execution.checkpointing.timeout': '5ms' }).message).toBe(
      'Checkpoint timeout must be larger than or equal to 10 ms',
    );
    expect(refusal({ 'execution.checkpointing.interval': '-1' }).causes()).toEqual([
      'NumberFormatException: text does not start with a number',
    ]);
  });

  it('exponential-delay: the constructor checks of ExponentialDelayRestartBackoffTimeStrategy', () => {
    const exp = (more: Record<string, string>, v = '1.19') => refusal({ 'restart-strategy.type': 'exponential-delay', ...more }, v).message;
    expect(exp({ 'restart-strategy.exponential-delay.initial-backoff': '0' })).toBe('Initial backoff must be at least 1.');
    expect(exp({ 'restart-strategy.exponential-delay.max-backoff': '0 s' })).toBe('Maximum backoff must be at least 1.');
    expect(exp({ 'restart-strategy.exponential-delay.initial-backoff': '2 min' })).toBe(
      'Initial backoff cannot be higher than maximum backoff.',
    );
    expect(exp({ 'restart-strategy.exponential-delay.backoff-multiplier': '1' })).toBe('Backoff multiplier must be greater than 1.');
    expect(exp({ 'restart-strategy.exponential-delay.backoff-multiplier': 'NaN' })).toBe('Backoff multiplier must be greater than 1.');
    expect(exp({ 'restart-strategy.exponential-delay.jitter-factor': '1.5' })).toBe('Jitter factor must be >= 0 and <= 1.');
    expect(exp({ 'restart-strategy.exponential-delay.reset-backoff-threshold': '0' })).toBe(
      'Threshold duration for exponential backoff reset must be at least 1.',
    );
    expect(exp({ 'restart-strategy.exponential-delay.attempts-before-reset-backoff': '0' })).toBe(
      'The attemptsBeforeResetBackoff must be at least 1.',
    );
    // The option does not exist before 1.19: ignored there.
    expect(
      read(
        { 'restart-strategy.type': 'exponential-delay', 'restart-strategy.exponential-delay.attempts-before-reset-backoff': '0' },
        '1.18',
      ).restartStrategy,
    ).toMatchObject({
      attemptsBeforeReset: 2147483647,
    });
  });

  it('extreme multipliers are bounded by max-backoff, as Flink caps them', () => {
    for (const multiplier of ['1e308', 'Infinity', '1.0000001']) {
      const s = read(
        { 'restart-strategy.type': 'exponential-delay', 'restart-strategy.exponential-delay.backoff-multiplier': multiplier },
        '1.19',
      ).restartStrategy;
      const history = newRestartHistory();
      const delays = Array.from({ length: 50 }, (_, i) => onFailure(s, history, i * 1000, () => 0.5) as number);
      for (const d of delays) expect(d >= 1000 && d <= 60_000, `${multiplier}: ${d}`).toBe(true);
    }
  });

  it('fixed-delay and failure-rate refusals; unknown strategies in Flink words', () => {
    expect(refusal({ 'restart-strategy.type': 'fixed-delay', 'restart-strategy.fixed-delay.attempts': '-1' }).message).toBe(
      'Maximum number of restart attempts must be at least 0.',
    );
    expect(
      refusal({ 'restart-strategy.type': 'failure-rate', 'restart-strategy.failure-rate.max-failures-per-interval': '0' }).message,
    ).toBe('Maximum number of restart attempts per time unit must be greater than 0.');
    expect(refusal({ 'restart-strategy.type': 'failure-rate', 'restart-strategy.failure-rate.failure-rate-interval': '0' }).message).toBe(
      'Failures interval must be greater than 0 ms.',
    );
    expect(refusal({ 'restart-strategy': 'sometimes' }).keys).toEqual(['restart-strategy']);
  });

  it('booleans and blob options: Flink parse errors; blob fallbacks as BlobServer/BlobClient apply them', () => {
    expect(refusal({ 'taskmanager.jvm-exit-on-oom': 'yes' }).causes()).toEqual([
      'IllegalArgumentException: Unrecognized option for boolean: yes. Expected either true or false(case insensitive)',
    ]);
    expect(read({ 'cluster.evenly-spread-out-slots': ' TRUE ', 'taskmanager.jvm-exit-on-oom': 'True' })).toMatchObject({
      spreadSlots: true,
      exitOnOom: true,
    });
    expect(read({ 'blob.fetch.num-concurrent': '0', 'blob.fetch.retries': '-3', 'blob.client.socket.timeout': '0' }).blob).toEqual({
      concurrent: 50,
      retries: 0,
      timeoutMs: 0,
    });
    expect(refusal({ 'blob.client.socket.timeout': '-1' }).message).toBe("timeout can't be negative");
    expect(refusal({ 'blob.fetch.retries': '1e3' }).message).toBe("Could not parse value '1e3' for key 'blob.fetch.retries'.");
  });

  it('the engine gets them as SetupErrors with the keys, from flink.config and from check -D overrides alike', () => {
    const e = setupError({ 'state.backend.type': 'rocksdbb' });
    expect(e.message).toBe('flink.config: Cannot find configured state backend factory class: rocksdbb');
    expect(e.keys).toEqual(['state.backend.type']);
    expect(
      setupError({ 'execution.checkpointing.tolerable-failed-checkpoints': 'lots', 'execution.checkpointing.interval': '1 min' }).causes,
    ).toEqual(['NumberFormatException: For input string: "lots"']);
    const overridden = applyOverrides(scenario({ durationMs: 1000 }), [{ key: 'execution.checkpointing.interval', value: '0' }]);
    expect(() => createSetup(overridden)).toThrow('Checkpoint interval must be larger than or equal to 10 ms');
    expect(() =>
      createSetup(
        scenario({ config: { 'restart-strategy.type': 'exponential-delay', 'restart-strategy.exponential-delay.initial-backoff': '0' } }),
      ),
    ).toThrow('Initial backoff must be at least 1.');
    // A valid runtime configuration still runs, and the typed value is what the engine holds.
    const s = scenario({ durationMs: 60_000, config: { 'execution.checkpointing.interval': '10 s', 'state.backend': 'rocksdb' } });
    expect(createSetup(s).runtime).toMatchObject({ stateBackend: 'rocksdb', checkpoint: { intervalMs: 10_000 } });
    expect(runScenario(s).summary).toBeDefined();
  });
});
