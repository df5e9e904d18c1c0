/**
 * What every derivation step needs: typed option reads for one Flink version, and the INFO/WARN
 * lines Flink would log on the way (surfaced to users as warnings).
 */
import { OptionReader, type FlinkConfiguration } from '../config/configuration';
import { FlinkError, ILLEGAL_CONFIG } from '../config/flinkError';
import type { FlinkVersion } from '../config/flinkVersion';
import type { Note } from '../config/note';
import type { OptionDef } from '../config/options';
import type { Bytes } from '../units/memorySize';

/**
 * A component taken as a fraction of a total (`deriveWithFraction` / `deriveWithInverseFraction`), as the
 * derivation computed it: for explanations ("network = 0.1 × total Flink memory, raised to its min").
 */
export interface FractionStep {
  /** As Flink's capping log names it: `network memory`, `managed memory`, `jvm overhead memory`. */
  readonly what: string;
  /** The range's keys: min, max (when the range has them), then the fraction. */
  readonly keys: readonly string[];
  readonly fraction: number;
  /** True for the fraction of a total not yet known: bytes = base × fraction / (1 − fraction). */
  readonly inverse: boolean;
  readonly baseBytes: Bytes;
  /** The product before capping. */
  readonly rawBytes: Bytes;
  readonly minBytes: Bytes;
  readonly maxBytes: Bytes;
  readonly bytes: Bytes;
  readonly capped: 'min' | 'max' | undefined;
}

export class DerivationContext {
  readonly reader: OptionReader;

  constructor(
    readonly config: FlinkConfiguration,
    readonly version: FlinkVersion,
    /** Shared with the caller so that notes logged before a failure are kept. */
    readonly notes: Note[] = [],
    /** Shared with the caller: every component derived from a fraction, in order. */
    readonly fractions: FractionStep[] = [],
  ) {
    this.reader = new OptionReader(config, version);
  }

  isExplicit(def: OptionDef): boolean {
    return this.reader.isExplicit(def);
  }

  /** `ProcessMemoryUtils#getMemorySizeFromConfig`: any read failure becomes "Cannot read memory size …" (E6). */
  memory(def: OptionDef): Bytes {
    let value: Bytes | undefined;
    try {
      value = this.reader.memory(def);
    } catch (e) {
      if (!(e instanceof FlinkError)) throw e;
      throw new FlinkError(ILLEGAL_CONFIG, `Cannot read memory size from config option '${def.key}'.`, [def.key], e);
    }
    if (value === undefined) {
      throw new FlinkError(
        ILLEGAL_CONFIG,
        `Cannot read memory size from config option '${def.key}'.`,
        [def.key],
        new FlinkError('NullPointerException', `${def.key} has no value`),
      );
    }
    return value;
  }

  info(message: string, keys: readonly string[] = []): void {
    this.notes.push({ level: 'INFO', message, keys });
  }

  warn(message: string, keys: readonly string[] = []): void {
    this.notes.push({ level: 'WARN', message, keys });
  }
}
