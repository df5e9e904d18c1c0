/** Shorthands for tests: derive from a plain key → value map. */
import { deriveMemory, type DeriveResult } from '../../models/memoryModel';
import type { Deployment } from '../../models/derivation/legacyHeap';

type Options = { version?: string; deployment?: Deployment; env?: Record<string, string> };

export function derive(process: 'taskmanager' | 'jobmanager', config: Record<string, string>, options: Options = {}): DeriveResult {
  const entries = Object.entries(config).map(([key, value]) => ({ key, value, origin: 'test' }));
  return deriveMemory({
    process,
    entries,
    flinkVersion: options.version ?? '2.0',
    ...(options.deployment ? { deployment: options.deployment } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
}

export function tm(config: Record<string, string>, options: Options = {}) {
  const r = derive('taskmanager', config, options);
  if (!r.ok || r.process !== 'taskmanager') throw new Error(r.ok ? 'not a TaskManager' : r.error.message);
  return r;
}

export function jm(config: Record<string, string>, options: Options = {}) {
  const r = derive('jobmanager', config, options);
  if (!r.ok || r.process !== 'jobmanager') throw new Error(r.ok ? 'not a JobManager' : r.error.message);
  return r;
}

export function failure(process: 'taskmanager' | 'jobmanager', config: Record<string, string>, options: Options = {}) {
  const r = derive(process, config, options);
  if (r.ok) throw new Error('expected Flink to refuse this configuration');
  return r.error;
}

export const MB = (n: number) => BigInt(n) * 1048576n;
