/** Which events the sandbox singles out: failures (chart markers) and notable ones (the log's default filter). */
import type { TraceEvent } from '../../models/engine/trace';

export const isFailure = (e: TraceEvent): boolean => e.type === 'jvm.oom' || e.type === 'container.killed' || e.type === 'process.exited';

/** Everything but GCs, task state changes and INFO lines (failures always are). */
export const isNotable = (e: TraceEvent): boolean => e.type !== 'gc' && e.type !== 'task.state' && !(e.type === 'log' && e.level === 'INFO');

export function severity(e: TraceEvent): 'error' | 'warn' | 'info' {
  if (isFailure(e) || (e.type === 'log' && e.level === 'ERROR')) return 'error';
  return e.type === 'log' && e.level === 'WARN' ? 'warn' : 'info';
}
