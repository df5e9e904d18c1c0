/**
 * The JVM's effective command line for a Flink process: the memory flags Flink derives (BashJavaUtils), then the
 * `env.java.*opts*` options the chosen release's start scripts read, in their order, and what each configured flag that
 * replaces one of Flink's (or the JVM's default) means for the process. HotSpot takes the last occurrence of a flag, so
 * the configured options win:
 * - standalone and Docker: bin/config.sh builds FLINK_ENV_JAVA_OPTS (`env.java.default-opts.all`, then
 *   `env.java.opts.all`, else its deprecated name `env.java.opts`) and FLINK_ENV_JAVA_OPTS_{TM,JM}
 *   (`env.java.default-opts.<process>`, then `env.java.opts.<process>`); taskmanager.sh / jobmanager.sh append the
 *   process's to FLINK_ENV_JAVA_OPTS and add BashJavaUtils' flags to JVM_ARGS; flink-console.sh and flink-daemon.sh run
 *   `$JAVA_RUN $JVM_ARGS ${FLINK_ENV_JAVA_OPTS} …` (flink-dist/src/main/flink-bin/bin, release-1.19 and later);
 * - native Kubernetes and YARN: the start command template `%java% %classpath% %jvmmem% %jvmopts% …`
 *   (KubernetesConfigOptions.CONTAINER_START_COMMAND_TEMPLATE), the same order.
 * Which keys a release reads is from its CoreOptions (flink-core, checked by reflection on 1.10.0–2.3.0): `env.java.opts`
 * up to 1.16; `env.java.opts.all` with `env.java.opts` as deprecated fallback from 1.17; `env.java.default-opts.*` from 1.19.
 * Pure: text in, text out.
 */
import type { FlinkConfiguration } from './configuration';
import { atLeast, formatFlinkVersion, type FlinkVersion } from './flinkVersion';

type Process = 'taskmanager' | 'jobmanager';

/** One configured options key this release puts on the process's command line, with its tokens. */
interface ConfiguredJvmOptions {
  readonly key: string;
  readonly origin: string;
  readonly tokens: readonly string[];
}

/** A configured key the release's scripts do not put on this process's command line, and why. */
interface UnreadJvmOptions {
  readonly key: string;
  readonly origin: string;
  readonly reason: string;
}

type JvmFlagKind = 'max-heap' | 'initial-heap' | 'direct' | 'metaspace' | 'gc' | 'explicit-gc' | 'stack';

/** A configured flag that replaces Flink's (or the JVM's default), with its consequence in words. */
export interface JvmOverride {
  readonly kind: JvmFlagKind;
  readonly option: string;
  readonly key: string;
  readonly origin: string;
  /** Flink's flag it replaces; undefined when Flink sets none (the JVM's default applied). */
  readonly replaces: string | undefined;
  readonly consequence: string;
}

export interface JvmCommandLine {
  readonly flinkArgs: readonly string[];
  readonly configured: readonly ConfiguredJvmOptions[];
  readonly unread: readonly UnreadJvmOptions[];
  /** Flink's flags then the configured options, space-separated, as the JVM receives them. */
  readonly effective: string;
  readonly overrides: readonly JvmOverride[];
}

const JVM_OPTIONS_KEY = /^env\.java\.(default-)?opts(\.[a-z-]+)?$/;

/** `env.java.opts`, `env.java.opts.<process>`, `env.java.default-opts.<process>`: options for a JVM's command line. */
export const isJvmOptionsKey = (key: string): boolean => JVM_OPTIONS_KEY.test(key);

/** The keys a release's scripts read for a process, in command-line order (`env.java.opts` stands for the .all slot). */
export function jvmOptionKeysFor(version: FlinkVersion, process: Process): readonly string[] {
  if (!atLeast(version, 1, 17)) return ['env.java.opts', `env.java.opts.${process}`];
  if (!atLeast(version, 1, 19)) return ['env.java.opts.all', `env.java.opts.${process}`];
  return ['env.java.default-opts.all', 'env.java.opts.all', `env.java.default-opts.${process}`, `env.java.opts.${process}`];
}

interface CommandLineInput {
  readonly config: FlinkConfiguration;
  readonly process: Process;
  readonly version: FlinkVersion;
  /** The JVM arguments Flink derived (BashJavaUtils' first line). */
  readonly flinkJvmArgs: string;
  /** Flink's total process memory, when the release has a process model for this process. */
  readonly processBytes: bigint | undefined;
}

export function jvmCommandLine(input: CommandLineInput): JvmCommandLine {
  const { config, process, version } = input;
  const configured: ConfiguredJvmOptions[] = [];
  for (const slot of jvmOptionKeysFor(version, process)) {
    const entry = config.raw(slot) ?? (slot === 'env.java.opts.all' ? config.raw('env.java.opts') : undefined);
    if (entry) configured.push({ key: entry.key, origin: entry.origin, tokens: tokensOf(entry.value) });
  }
  const readKeys = new Set(configured.map((c) => c.key));
  const unread = config
    .keys()
    .filter((key) => isJvmOptionsKey(key) && !readKeys.has(key))
    .map((key) => ({ key, origin: config.raw(key)?.origin ?? '', reason: unreadReason(key, version, process, readKeys) }));
  const flinkArgs = tokensOf(input.flinkJvmArgs);
  const userTokens = configured.flatMap((c) => c.tokens);
  return {
    flinkArgs,
    configured,
    unread,
    effective: [...flinkArgs, ...userTokens].join(' '),
    overrides: overridesOf(flinkArgs, configured, input.processBytes),
  };
}

/** bin/config.sh strips one leading and one trailing double quote from the value; the shell then splits it at blanks. */
function tokensOf(text: string): string[] {
  return text
    .trim()
    .replace(/^"/, '')
    .replace(/"$/, '')
    .split(/\s+/)
    .filter((t) => t !== '');
}

function unreadReason(key: string, version: FlinkVersion, process: Process, read: ReadonlySet<string>): string {
  const release = `Flink ${formatFlinkVersion(version)}`;
  if (key === 'env.java.opts' && read.has('env.java.opts.all')) return 'env.java.opts.all is set and replaces its deprecated name';
  if (key === 'env.java.opts.all') return `${release} reads env.java.opts (env.java.opts.all exists from 1.17)`;
  if (key.startsWith('env.java.default-opts.') && !atLeast(version, 1, 19))
    return `${release} does not read it (env.java.default-opts.* exist from 1.19)`;
  const target = key.slice(key.lastIndexOf('.') + 1);
  const other = target === 'jobmanager' ? 'JobManager' : target === 'taskmanager' ? 'TaskManager' : target;
  if (target !== process && target !== 'all') return `the ${other} JVM's options, not on the ${PROCESS_NAME[process]}'s command line`;
  return `not an options key ${release}'s start scripts read`;
}

const PROCESS_NAME: Record<Process, string> = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };

interface Located {
  readonly token: string;
  readonly key: string;
  readonly origin: string;
}

const SIZE_FLAGS: ReadonlyArray<{ kind: JvmFlagKind; prefixes: readonly string[] }> = [
  { kind: 'max-heap', prefixes: ['-Xmx', '-XX:MaxHeapSize='] },
  { kind: 'initial-heap', prefixes: ['-Xms', '-XX:InitialHeapSize='] },
  { kind: 'direct', prefixes: ['-XX:MaxDirectMemorySize='] },
  { kind: 'metaspace', prefixes: ['-XX:MaxMetaspaceSize='] },
  { kind: 'stack', prefixes: ['-Xss', '-XX:ThreadStackSize='] },
];

const COLLECTORS: Readonly<Record<string, string>> = {
  '-XX:+UseG1GC': 'G1',
  '-XX:+UseParallelGC': 'Parallel',
  '-XX:+UseParallelOldGC': 'Parallel',
  '-XX:+UseSerialGC': 'Serial',
  '-XX:+UseZGC': 'Z',
  '-XX:+UseShenandoahGC': 'Shenandoah',
  '-XX:+UseConcMarkSweepGC': 'CMS',
};

/** A HotSpot size (`512m`, `1G`, `262144`), in bytes; `-XX:ThreadStackSize=` counts KiB. Undefined when HotSpot refuses it. */
function sizeOf(token: string, prefix: string): bigint | undefined {
  const m = /^(\d+)([kKmMgGtT]?)$/.exec(token.slice(prefix.length));
  if (!m) return undefined;
  const unit = { '': 1n, k: 1n << 10n, m: 1n << 20n, g: 1n << 30n, t: 1n << 40n }[(m[2] ?? '').toLowerCase()] ?? 1n;
  return BigInt(m[1] ?? '0') * (prefix === '-XX:ThreadStackSize=' ? 1024n : unit);
}

/** The last flag of a kind on a command line (HotSpot's rule), with its value. */
function lastOf(kind: JvmFlagKind, tokens: readonly Located[]): { at: Located; prefix: string; bytes: bigint | undefined } | undefined {
  const prefixes = SIZE_FLAGS.find((f) => f.kind === kind)?.prefixes ?? [];
  for (const at of [...tokens].reverse()) {
    const prefix = prefixes.find((p) => at.token.startsWith(p));
    if (prefix) return { at, prefix, bytes: sizeOf(at.token, prefix) };
  }
  return undefined;
}

function overridesOf(flinkArgs: readonly string[], configured: readonly ConfiguredJvmOptions[], processBytes: bigint | undefined) {
  const flink: Located[] = flinkArgs.map((token) => ({ token, key: 'Flink', origin: 'BashJavaUtils' }));
  const user: Located[] = configured.flatMap((c) => c.tokens.map((token) => ({ token, key: c.key, origin: c.origin })));
  const overrides: JvmOverride[] = [];
  for (const { kind } of SIZE_FLAGS) {
    const mine = lastOf(kind, user);
    if (!mine) continue;
    const theirs = lastOf(kind, flink);
    const consequence = sizeConsequence(kind, mine.bytes, theirs?.bytes, processBytes);
    overrides.push({ kind, option: mine.at.token, key: mine.at.key, origin: mine.at.origin, replaces: theirs?.at.token, consequence });
  }
  const heapStart = heapStartConflict(flink, user);
  if (heapStart) overrides.push(heapStart);
  overrides.push(...collectorOverrides(user), ...explicitGcOverride(user));
  return overrides;
}

const size = (bytes: bigint): string => {
  const mib = Number(bytes) / 2 ** 20;
  if (mib >= 1024) return `${trim(mib / 1024)} GiB`;
  if (mib >= 1) return `${trim(mib)} MiB`;
  return `${trim(Number(bytes) / 1024)} KiB`;
};
const trim = (n: number) => (Math.round(n * 10) / 10).toString();

const NOT_A_SIZE = 'HotSpot refuses the value ("Invalid maximum heap size" / "Improperly specified VM option"): the JVM does not start';

/** What a configured size means next to Flink's; HotSpot texts as OpenJDK 17 prints them. */
function sizeConsequence(kind: JvmFlagKind, mine: bigint | undefined, theirs: bigint | undefined, processBytes: bigint | undefined) {
  if (mine === undefined) return NOT_A_SIZE;
  const beyond = (extra: bigint) =>
    processBytes === undefined || extra <= 0n
      ? ''
      : `; the process may then use up to ${size(processBytes + extra)}, ${size(extra)} beyond Flink's ${size(processBytes)} process memory that a container limit is sized for`;
  switch (kind) {
    case 'max-heap':
      return theirs !== undefined && mine < theirs
        ? `the heap is capped at ${size(mine)}: Flink's heap budgets (framework + task heap) no longer fit, "OutOfMemoryError: Java heap space" comes sooner`
        : `the heap may grow to ${size(mine)}${beyond(theirs === undefined ? 0n : mine - theirs)}`;
    case 'initial-heap':
      return `the heap starts at ${size(mine)} (Flink sets -Xms = -Xmx so that the heap never resizes) and is committed as it grows`;
    case 'direct':
      if (theirs === undefined)
        return `Flink sets no direct memory limit for this process (the JVM's default is the maximum heap); now ${size(mine)}`;
      return mine < theirs
        ? `the JVM may use only ${size(mine)} of direct memory: network buffers and off-heap memory Flink budgeted no longer fit, "OutOfMemoryError: Direct buffer memory" comes sooner`
        : `the JVM may use ${size(mine)} of direct memory${beyond(mine - theirs)}`;
    case 'metaspace':
      return theirs !== undefined && mine < theirs
        ? `class metadata is capped at ${size(mine)}: "OutOfMemoryError: Metaspace" comes sooner`
        : `class metadata may grow to ${size(mine)}${beyond(theirs === undefined ? 0n : mine - theirs)}`;
    default:
      return mine < 136n * 1024n
        ? 'the JVM does not start: "The Java thread stack size specified is too small. Specify at least 136k"'
        : `every Java thread reserves a ${size(mine)} stack (the JVM's default is 1 MiB on Linux x64): native memory outside Flink's components, paid from the JVM overhead`;
  }
}

/** HotSpot refuses to start when the initial heap ends above the maximum ("Initial heap size set to a larger value than the maximum heap size"). */
function heapStartConflict(flink: readonly Located[], user: readonly Located[]): JvmOverride | undefined {
  const all = [...flink, ...user];
  const max = lastOf('max-heap', all);
  const initial = lastOf('initial-heap', all);
  if (!max?.bytes || !initial?.bytes || initial.bytes <= max.bytes) return undefined;
  const culprit = max.at.key === 'Flink' ? initial.at : max.at;
  return {
    kind: 'initial-heap',
    option: culprit.token,
    key: culprit.key,
    origin: culprit.origin,
    replaces: undefined,
    consequence: `the JVM does not start: "Initial heap size set to a larger value than the maximum heap size" (${initial.at.token} is above ${max.at.token}; set both)`,
  };
}

function collectorOverrides(user: readonly Located[]): JvmOverride[] {
  const chosen = user.filter((t) => COLLECTORS[t.token] !== undefined);
  const last = chosen.at(-1);
  if (!last) return [];
  const names = [...new Set(chosen.map((t) => COLLECTORS[t.token]))];
  const consequence =
    names.length > 1
      ? `the JVM does not start: "Multiple garbage collectors selected" (${chosen.map((t) => t.token).join(', ')}; JDK 9+)`
      : `the ${COLLECTORS[last.token]} collector instead of the JVM's default (G1 with 2+ CPUs and 1792+ MB, else Serial; Flink's memory flags choose none): pauses, heap layout and what a full heap does follow it`;
  return [{ kind: 'gc', option: last.token, key: last.key, origin: last.origin, replaces: undefined, consequence }];
}

function explicitGcOverride(user: readonly Located[]): JvmOverride[] {
  const last = user.filter((t) => t.token === '-XX:+DisableExplicitGC' || t.token === '-XX:-DisableExplicitGC').at(-1);
  if (!last || last.token === '-XX:-DisableExplicitGC') return [];
  return [
    {
      kind: 'explicit-gc',
      option: last.token,
      key: last.key,
      origin: last.origin,
      replaces: undefined,
      consequence:
        'System.gc() does nothing: when direct memory runs out the JDK (java.nio.Bits.reserveMemory) can no longer collect unreachable direct buffers before it throws, so "OutOfMemoryError: Direct buffer memory" comes sooner',
    },
  ];
}

/** One line per override: `-XX:MaxDirectMemorySize=2g (env.java.opts.taskmanager, flink-conf.yaml:7) overrides Flink's …: …`. */
export function overrideText(o: JvmOverride): string {
  return `${o.option} (${o.key}, ${o.origin}) ${replacedText(o.replaces)}: ${o.consequence}`;
}

/** "overrides Flink's 1.1 GiB" for a size flag Flink set, "overrides Flink's -XX:…" otherwise, "applies" when Flink set none. */
export function replacedText(replaces: string | undefined): string {
  if (replaces === undefined) return 'applies';
  const prefix = SIZE_FLAGS.flatMap((f) => f.prefixes).find((p) => replaces.startsWith(p));
  const bytes = prefix === undefined ? undefined : sizeOf(replaces, prefix);
  return `overrides Flink's ${bytes === undefined ? replaces : size(bytes)}`;
}
