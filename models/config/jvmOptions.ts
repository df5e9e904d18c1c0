/**
 * JVM options a Flink configuration passes to a process (`env.java.opts…`), read in one place. Flink's start
 * scripts put them after the flags its memory calculation derives (flink-dist bin/config.sh builds
 * FLINK_ENV_JAVA_OPTS from `env.java.default-opts.all`, `env.java.opts.all` (formerly `env.java.opts`), then the
 * process's `env.java.default-opts.<process>` and `env.java.opts.<process>`; bin/flink-daemon.sh runs
 * `java $JVM_ARGS $FLINK_ENV_JAVA_OPTS …` with JVM_ARGS holding -Xmx, -XX:MaxDirectMemorySize and
 * -XX:MaxMetaspaceSize), and HotSpot takes the last occurrence of a flag, so a size or collector given here wins
 * over Flink's and over the scenario's cluster.gc. Pure: text in, values out.
 */
import { FlinkError } from './flinkError';
import type { FlinkConfiguration } from './configuration';
import type { FlinkVersion } from './flinkVersion';
import { jvmOptionKeysFor } from './jvmCommandLine';

type JvmCollector = 'G1' | 'Parallel' | 'Serial';

/** The options that change the modelled mechanics; undefined = not set in the configuration. */
export interface JvmOptions {
  readonly gc: JvmCollector | undefined;
  readonly disableExplicitGc: boolean | undefined;
  readonly xssBytes: number | undefined;
  readonly maxHeapBytes: number | undefined;
  readonly maxDirectBytes: number | undefined;
  readonly maxMetaspaceBytes: number | undefined;
  /** Each option found, with the configuration key it came from (for the derivation's explanation). */
  readonly sources: readonly JvmOptionSource[];
}

interface JvmOptionSource {
  readonly option: string;
  readonly key: string;
}

/**
 * The keys in command-line order for a process. `env.java.default-opts.*` exist from Flink 1.19 and
 * `env.java.opts.all` replaced `env.java.opts` (kept as its deprecated key); a configuration holding a name its
 * release does not know is not refused here, the option is simply read.
 */
function jvmOptionKeys(process: 'taskmanager' | 'jobmanager', version: FlinkVersion | undefined): readonly string[] {
  // With a release: exactly the keys its scripts read (jvmCommandLine.ts), so the simulation runs what the derivation shows.
  if (version) return jvmOptionKeysFor(version, process);
  return ['env.java.default-opts.all', 'env.java.opts.all', `env.java.default-opts.${process}`, `env.java.opts.${process}`];
}

/** The value of a key, `env.java.opts.all` falling back to its deprecated name `env.java.opts` (config.sh reads one of them). */
function optionsText(config: FlinkConfiguration, key: string): { text: string; key: string } | undefined {
  const entry = config.raw(key) ?? (key === 'env.java.opts.all' ? config.raw('env.java.opts') : undefined);
  return entry ? { text: entry.value, key: entry.key } : undefined;
}

/** A refusal by the JVM itself (it does not start): Flink's start script reports the JVM's text. */
const JVM_REFUSAL = 'JVM';

/** HotSpot refuses a thread stack below this (measured: OpenJDK 17.0.15 and Temurin 25 print "Specify at least 136k"). */
const MIN_XSS_BYTES = 136 * 1024;

export function readJvmOptions(config: FlinkConfiguration, process: 'taskmanager' | 'jobmanager', version?: FlinkVersion): JvmOptions {
  const found: Array<{ token: string; key: string }> = [];
  for (const name of jvmOptionKeys(process, version)) {
    const given = optionsText(config, name);
    if (given) for (const token of given.text.trim().split(/\s+/)) if (token) found.push({ token, key: given.key });
  }
  let gc: JvmCollector | undefined;
  let disableExplicitGc: boolean | undefined;
  let xssBytes: number | undefined;
  let maxHeapBytes: number | undefined;
  let maxDirectBytes: number | undefined;
  let maxMetaspaceBytes: number | undefined;
  const sources: JvmOptionSource[] = [];
  for (const { token, key } of found) {
    const collector = COLLECTOR_FLAGS[token];
    const size = (prefix: string) => (token.startsWith(prefix) ? jvmSize(token.slice(prefix.length), token, key) : undefined);
    if (collector) gc = collector;
    else if (token === '-XX:+DisableExplicitGC' || token === '-XX:-DisableExplicitGC') disableExplicitGc = token[4] === '+';
    else if (token.startsWith('-Xss')) xssBytes = size('-Xss');
    else if (token.startsWith('-XX:ThreadStackSize=')) xssBytes = (size('-XX:ThreadStackSize=') ?? 0) * 1024;
    else if (token.startsWith('-Xmx')) maxHeapBytes = size('-Xmx');
    else if (token.startsWith('-XX:MaxHeapSize=')) maxHeapBytes = size('-XX:MaxHeapSize=');
    else if (token.startsWith('-XX:MaxDirectMemorySize=')) maxDirectBytes = size('-XX:MaxDirectMemorySize=');
    else if (token.startsWith('-XX:MaxMetaspaceSize=')) maxMetaspaceBytes = size('-XX:MaxMetaspaceSize=');
    else continue;
    sources.push({ option: token, key });
  }
  if (xssBytes !== undefined && xssBytes < MIN_XSS_BYTES)
    throw new FlinkError(
      JVM_REFUSAL,
      `The Java thread stack size specified is too small. Specify at least 136k (${sources.find((s) => s.option.includes('Xss') || s.option.includes('ThreadStackSize'))?.option} in ${process}'s JVM options). Error: Could not create the Java Virtual Machine.`,
      sources.filter((s) => s.option.includes('Xss') || s.option.includes('ThreadStackSize')).map((s) => s.key),
    );
  return { gc, disableExplicitGc, xssBytes, maxHeapBytes, maxDirectBytes, maxMetaspaceBytes, sources };
}

const COLLECTOR_FLAGS: Readonly<Record<string, JvmCollector>> = {
  '-XX:+UseG1GC': 'G1',
  '-XX:+UseParallelGC': 'Parallel',
  '-XX:+UseParallelOldGC': 'Parallel',
  '-XX:+UseSerialGC': 'Serial',
};

/** A HotSpot size (`512m`, `1g`, `262144`, `256k`): a number with an optional k/m/g/t suffix, any case. */
function jvmSize(text: string, token: string, key: string): number {
  const m = /^(\d+)([kKmMgGtT]?)$/.exec(text);
  if (!m)
    throw new FlinkError(
      JVM_REFUSAL,
      `Invalid JVM option ${token} in ${key}: not a size. Error: Could not create the Java Virtual Machine.`,
      [key],
    );
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Number(m[1]) * unit;
}
