/**
 * Legacy heap options (1.10 TaskManager, 1.11 JobManager, until 1.20): `FLINK_TM_HEAP` /
 * `taskmanager.heap.size` / `taskmanager.heap.mb` (and the JobManager's) are copied onto a new
 * option before the derivation (`MemoryBackwardsCompatibilityUtils`, docs/flink-memory-model.md §7.1).
 */
import type { ConfigEntry, FlinkConfiguration } from '../config/configuration';
import { OptionReader } from '../config/configuration';
import { FlinkError, ILLEGAL_CONFIG } from '../config/flinkError';
import { type FlinkVersion, hasLegacyMemoryOptions } from '../config/flinkVersion';
import type { OptionDef } from '../config/options';
import { MemorySizeParseError, MiB, humanReadable, parseMemorySize, type Bytes } from '../units/memorySize';
import type { Note } from '../config/note';

export type Deployment = 'standalone' | 'yarn' | 'kubernetes';

export interface LegacyHeapOptions {
  readonly envVar: 'FLINK_TM_HEAP' | 'FLINK_JM_HEAP';
  readonly heapSize: OptionDef;
  readonly heapMb: OptionDef;
}

export interface LegacyMapping {
  readonly config: FlinkConfiguration;
  readonly note: Note | undefined;
}

/** Copies the legacy heap value onto `target` when `target` itself is not configured. */
export function mapLegacyHeap(
  config: FlinkConfiguration,
  version: FlinkVersion,
  legacy: LegacyHeapOptions,
  target: OptionDef,
  env: Readonly<Record<string, string>>,
): LegacyMapping {
  if (!hasLegacyMemoryOptions(version) || config.isExplicit(target)) return { config, note: undefined };
  const found = legacyValue(config, version, legacy, env);
  if (!found) return { config, note: undefined };
  const entry: ConfigEntry = { key: target.key, value: `${found.bytes}b`, origin: `mapped from ${found.from}` };
  const note: Note = {
    level: 'INFO',
    message: `'${target.key}' is not specified, use the configured deprecated task manager heap value (${humanReadable(found.bytes)}) for it.`,
    keys: [found.from, target.key],
  };
  return { config: config.with([entry]), note };
}

function legacyValue(
  config: FlinkConfiguration,
  version: FlinkVersion,
  legacy: LegacyHeapOptions,
  env: Readonly<Record<string, string>>,
): { bytes: Bytes; from: string } | undefined {
  const envValue = env[legacy.envVar];
  if (envValue !== undefined && envValue !== '') {
    try {
      return { bytes: parseMemorySize(envValue), from: legacy.envVar };
    } catch (e) {
      if (!(e instanceof MemorySizeParseError)) throw e;
      throw new FlinkError(
        ILLEGAL_CONFIG,
        `Cannot read total process memory size from environment variable value ${envValue}.`,
        [legacy.envVar],
        new FlinkError(e.javaClass, e.message),
      );
    }
  }
  const reader = new OptionReader(config, version);
  if (config.isExplicit(legacy.heapSize)) return { bytes: reader.memory(legacy.heapSize) ?? 0n, from: legacy.heapSize.key };
  if (config.isExplicit(legacy.heapMb)) {
    const mb = reader.int(legacy.heapMb) ?? 0;
    if (mb < 0) {
      throw new FlinkError(ILLEGAL_CONFIG, `Configured total process memory size (${mb}MB) must not be less than 0.`, [legacy.heapMb.key]);
    }
    return { bytes: BigInt(mb) * MiB, from: legacy.heapMb.key };
  }
  return undefined;
}
