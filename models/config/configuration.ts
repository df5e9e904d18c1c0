/**
 * A Flink `Configuration` as the memory model sees it: raw string values with where each came
 * from, lookup through deprecated keys, and typed reads that fail with Flink's own texts
 * (`Configuration#getOptional`, `ConfigurationUtils#convertTo*`).
 */
import { JavaNumberFormatError, parseJavaDouble, parseJavaFloat, parseJavaInt, javaTrim } from '../units/javaNumbers';
import { DurationParseError, parseDurationMs } from '../units/flinkDuration';
import { MemorySizeParseError, parseMemorySize, type Bytes } from '../units/memorySize';
import { FlinkError } from './flinkError';
import type { FlinkVersion } from './flinkVersion';
import type { OptionDef } from './options';

/** One `key: value` as the user gave it, with its origin ("flink-conf.yaml:12", "-D", "editor"). */
export interface ConfigEntry {
  readonly key: string;
  readonly value: string;
  readonly origin: string;
}

export interface Lookup {
  readonly entry: ConfigEntry;
  /** Set when the value was found under a deprecated key. */
  readonly deprecatedKey: string | undefined;
}

export class FlinkConfiguration {
  private readonly byKey: ReadonlyMap<string, ConfigEntry>;

  /** Later entries override earlier ones with the same key, as later files and -D flags do. */
  constructor(readonly entries: readonly ConfigEntry[]) {
    const map = new Map<string, ConfigEntry>();
    for (const entry of entries) map.set(entry.key, entry);
    this.byKey = map;
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  raw(key: string): ConfigEntry | undefined {
    return this.byKey.get(key);
  }

  /** The main key first, then deprecated keys in declaration order (Flink's fallback order). */
  lookup(def: OptionDef): Lookup | undefined {
    const main = this.byKey.get(def.key);
    if (main) return { entry: main, deprecatedKey: undefined };
    for (const key of def.deprecatedKeys) {
      const entry = this.byKey.get(key);
      if (entry) return { entry, deprecatedKey: key };
    }
    return undefined;
  }

  /** "Configured" in Flink's sense: present under its key or an alias; defaults never count. */
  isExplicit(def: OptionDef): boolean {
    return this.lookup(def) !== undefined;
  }

  with(entries: readonly ConfigEntry[]): FlinkConfiguration {
    return new FlinkConfiguration([...this.entries, ...entries]);
  }
}

/** A typed read for one Flink version: the configured value, else the option's default. */
export class OptionReader {
  constructor(
    readonly config: FlinkConfiguration,
    readonly version: FlinkVersion,
  ) {}

  isExplicit(def: OptionDef): boolean {
    return this.config.isExplicit(def);
  }

  memory(def: OptionDef): Bytes | undefined {
    return this.read(def, (raw) => parsed(() => parseMemorySize(raw))) as Bytes | undefined;
  }

  float(def: OptionDef): number | undefined {
    return this.read(def, (raw) => parsed(() => parseJavaFloat(raw))) as number | undefined;
  }

  double(def: OptionDef): number | undefined {
    return this.read(def, (raw) => parsed(() => parseJavaDouble(raw))) as number | undefined;
  }

  int(def: OptionDef): number | undefined {
    return this.read(def, (raw) => parsed(() => parseJavaInt(raw))) as number | undefined;
  }

  boolean(def: OptionDef): boolean | undefined {
    return this.read(def, (raw) => {
      const text = javaTrim(raw).toLowerCase();
      if (text === 'true' || text === 'false') return text === 'true';
      throw new ValueError(
        'IllegalArgumentException',
        `Unrecognized option for boolean: ${raw}. Expected either true or false(case insensitive)`,
      );
    }) as boolean | undefined;
  }

  /** A `Duration` option in whole milliseconds (`TimeUtils#parseDuration`, then `Duration#toMillis`). */
  durationMs(def: OptionDef): number | undefined {
    return this.read(def, (raw) => parsed(() => parseDurationMs(raw))) as number | undefined;
  }

  string(def: OptionDef): string | undefined {
    return this.read(def, (raw) => raw) as string | undefined;
  }

  private read(def: OptionDef, convert: (raw: string) => unknown): unknown {
    const found = this.config.lookup(def);
    if (!found) return def.defaultValue(this.version);
    try {
      return convert(found.entry.value);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      throw new FlinkError(
        'IllegalArgumentException',
        `Could not parse value '${found.entry.value}' for key '${def.key}'.`,
        [found.entry.key],
        new FlinkError(e.javaClass, e.message),
      );
    }
  }
}

class ValueError extends Error {
  constructor(
    readonly javaClass: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs a unit's parser; its refusal becomes a ValueError naming the Java exception Flink throws for that text. */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof MemorySizeParseError || e instanceof DurationParseError) throw new ValueError(e.javaClass, e.message);
    if (e instanceof JavaNumberFormatError) throw new ValueError('NumberFormatException', e.message);
    throw e;
  }
}
