/** The closed sets of words a scenario may use (enums of the YAML form), one list per `types.ts` union. */
import type {
  Allocator,
  ClassUse,
  Deployment,
  FaultAction,
  GarbageCollector,
  JdkVersion,
  LeakKind,
  LeakRelease,
  LeakShape,
  LeakTrigger,
  OperatorKind,
} from './types';
import type { StateAccess } from '../rocksdb/types';

export const ALLOCATORS = ['glibc', 'jemalloc'] as const satisfies readonly Allocator[];
export const STATE_ACCESSES = ['point', 'iterator'] as const satisfies readonly StateAccess[];
export const DEPLOYMENTS = ['standalone', 'yarn', 'kubernetes'] as const satisfies readonly Deployment[];
export const GARBAGE_COLLECTORS = ['G1', 'Parallel', 'Serial'] as const satisfies readonly GarbageCollector[];
export const JDK_VERSIONS = [8, 11, 17, 21, 25] as const satisfies readonly JdkVersion[];
export const OPERATOR_KINDS = ['source', 'map', 'flatMap', 'window', 'asyncIO', 'sink'] as const satisfies readonly OperatorKind[];
export const LEAK_KINDS = ['heap', 'direct', 'unsafe', 'native', 'metaspace'] as const satisfies readonly LeakKind[];
export const LEAK_TRIGGERS = ['open', 'record', 'exception', 'call'] as const satisfies readonly LeakTrigger[];
export const LEAK_RELEASES = ['close', 'gc', 'never'] as const satisfies readonly LeakRelease[];
/** How a scenario's classes are used: only loaded (~3.3 KB of metaspace each) or initialised and run (~5.9 KB). */
export const CLASS_USES = ['loaded', 'initialised'] as const satisfies readonly ClassUse[];
export const FAULT_ACTIONS = [
  'kill-container',
  'fail-task',
  'slow-sink',
  'spike',
  'exception-storm',
  'force-gc',
  'idle-partition',
  'submit-job',
  'stuck-blob-connections',
  'crash-process',
  'restart-process',
  'leak',
] as const satisfies readonly FaultAction[];
export const LEAK_SHAPES = ['per-restart', 'per-record', 'ramp', 'burst'] as const satisfies readonly LeakShape[];

/** The allocation site a leak shows in diagnostics when the scenario names none. */
export const DEFAULT_LEAK_SITES: Readonly<Record<LeakKind, string>> = {
  heap: 'byte[]',
  direct: 'java.nio.DirectByteBuffer',
  unsafe: 'sun.misc.Unsafe#allocateMemory',
  native: 'malloc',
  metaspace: 'user-code classes',
};

/** The flow a ramp leak runs at: its bytes over its duration as whole bytes per millisecond, rounded once (0: too slow to resolve). */
export const rampBytesPerMs = (bytes: number, forMs: number): number => Math.round(bytes / forMs);
