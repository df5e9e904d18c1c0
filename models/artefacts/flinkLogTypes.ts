/**
 * The Flink log reader's output (models/artefacts/flinkLog.ts reads it): what a TaskManager or JobManager log says about
 * the process (Flink's startup banner, the memory block BashJavaUtils printed, the dynamic properties, the slots) and the
 * events of an incident (OutOfMemoryErrors, task and job transitions, restarts, fatal errors, exits, heartbeat
 * timeouts), each with its line and time. Sizes in bytes, times in ms (logLines.ts: `LogTime`).
 */
import type { LogTime, UnreadLine } from './logLines';

/** Where an event was printed: the 1-based line of its record, its time, level and logger as printed. */
export interface FlinkLogAt {
  readonly line: number;
  readonly time: LogTime;
  readonly level: string;
  readonly logger: string;
}

/** heap `Java heap space`, `GC overhead limit exceeded`; direct `Direct buffer memory`; metaspace; thread `unable to create (new) native thread`. */
export type OomKind = 'heap' | 'gc-overhead' | 'direct' | 'metaspace' | 'thread' | 'other';

export type FlinkLogEvent =
  | (FlinkLogAt & { readonly type: 'oom'; readonly kind: OomKind; readonly text: string })
  | (FlinkLogAt & {
      readonly type: 'task-transition';
      /** The task as printed before its attempt id: `Source: Sequence Source -> DirectLeak -> Sink: Discard (1/1)#7`. */
      readonly task: string;
      readonly from: string;
      readonly to: string;
    })
  | (FlinkLogAt & {
      readonly type: 'job-transition';
      readonly job: string;
      readonly jobId: string;
      readonly from: string;
      readonly to: string;
    })
  /** `Recovery is suppressed by NoRestartBackoffTimeStrategy` (or FixedDelay…(maxNumberRestartAttempts=…)): the job gave up. */
  | (FlinkLogAt & { readonly type: 'recovery-suppressed'; readonly strategy: string })
  /** `Fatal error occurred while executing the TaskManager. Shutting it down...` and the cluster entrypoint's `Fatal error occurred in the cluster entrypoint.` */
  | (FlinkLogAt & { readonly type: 'fatal-error'; readonly text: string })
  /** `Terminating TaskManagerRunner with exit code 1.`, `Terminating cluster entrypoint process … with exit code …`. */
  | (FlinkLogAt & { readonly type: 'exit'; readonly process: string; readonly exitCode: number })
  /** `The heartbeat of TaskManager with id … timed out.`, `TaskManager with id … is no longer reachable.`, the JobManager's and ResourceManager's too. */
  | (FlinkLogAt & { readonly type: 'heartbeat'; readonly target: string; readonly id: string; readonly how: 'timed out' | 'unreachable' });

/** Flink's `Final TaskExecutor Memory configuration:` / `Final Master Memory configuration:` block, exact bytes from `(… bytes)`. */
export interface FlinkMemoryBlock {
  readonly line: number;
  readonly process: 'taskmanager' | 'jobmanager';
  /** Every component printed, by Flink's label made unique by its parent (`Total Process Memory`, `Heap Framework`, `Direct Task`, …). */
  readonly components: Readonly<Record<string, number>>;
}

/** EnvironmentInformation.logEnvironmentInfo's banner (flink-runtime/src/main/java/org/apache/flink/runtime/util/EnvironmentInformation.java). */
export interface FlinkBanner {
  readonly line: number;
  /** What started, as printed: `TaskManager`, `StandaloneSessionClusterEntrypoint`, `YarnTaskExecutorRunner`, … */
  readonly component: string;
  readonly flinkVersion: string;
  readonly scalaVersion: string | undefined;
  readonly revision: string | undefined;
  readonly buildDate: string | undefined;
  readonly osUser: string | undefined;
  /** `OpenJDK 64-Bit Server VM - Debian - 17/17.0.15+6-Debian-1deb12u1` as printed, and the Java version after the `/`. */
  readonly jvm: string | undefined;
  readonly javaVersion: string | undefined;
  /** `Maximum heap size: 154 MiBytes` in bytes (the JVM's max heap truncated to MiB by Flink: `>>> 20`). */
  readonly maxHeapBytes: number | undefined;
  readonly jvmOptions: readonly string[];
  readonly programArguments: readonly string[];
  readonly classpath: string | undefined;
}

export interface FlinkLogReading {
  readonly process: 'taskmanager' | 'jobmanager' | 'unknown';
  readonly banner: FlinkBanner | undefined;
  /** bin/config.sh's `jvm_params:` line (the Preconfiguration block, 1.11+), split at spaces. */
  readonly jvmParams: readonly string[];
  /** The `-D key=value` dynamic properties: the Program Arguments and `dynamic_configs:`; later ones win. */
  readonly dynamicProperties: Readonly<Record<string, string>>;
  /** `Loading configuration property: key, value` lines (GlobalConfiguration), the first of each key. */
  readonly configuration: Readonly<Record<string, string>>;
  readonly memory: FlinkMemoryBlock | undefined;
  /** taskmanager.numberOfTaskSlots from the dynamic properties, else the loaded configuration. */
  readonly slots: number | undefined;
  /** The collector from the JVM options (-XX:+UseG1GC …), else undefined (the JVM's default). */
  readonly gcFromJvmOptions: string | undefined;
  readonly events: readonly FlinkLogEvent[];
  readonly unread: readonly UnreadLine[];
  readonly lineCount: number;
}
