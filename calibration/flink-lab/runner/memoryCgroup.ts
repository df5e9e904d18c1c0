/**
 * A memory cgroup (v1, as this machine mounts it) for one lab process: a child of the runner's own memory cgroup with
 * `memory.limit_in_bytes`, so the kernel, not the lab, kills the process at the limit (SIGKILL from the OOM killer,
 * what a container runtime reports as exit 137 and Kubernetes as OOMKilled). Created only where the runner may write
 * its own cgroup (root); otherwise `undefined` and the run records that the kill was not reproduced.
 * Kernel docs: Documentation/admin-guide/cgroup-v1/memory.rst (limit_in_bytes, usage_in_bytes, failcnt, oom_control).
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = '/sys/fs/cgroup/memory';

export interface MemoryCgroup {
  readonly dir: string;
  readonly limitBytes: number;
}

/** The runner's own memory cgroup path (`N:memory:/path` in /proc/self/cgroup). */
function ownPath(): string | undefined {
  const line = readFileSync('/proc/self/cgroup', 'utf8')
    .split('\n')
    .find((l) => /^\d+:memory:/.test(l));
  return line?.split(':')[2];
}

/** A fresh child cgroup `name` with the limit, or undefined where cgroup v1's memory controller is not writable. */
export function createMemoryCgroup(name: string, limitBytes: number): MemoryCgroup | undefined {
  const own = ownPath();
  if (own === undefined || !existsSync(join(ROOT, own))) return undefined;
  const dir = join(ROOT, own, name);
  try {
    if (existsSync(dir)) rmdirSync(dir);
    mkdirSync(dir);
    writeFileSync(join(dir, 'memory.limit_in_bytes'), String(limitBytes));
    return { dir, limitBytes: Number(readFileSync(join(dir, 'memory.limit_in_bytes'), 'utf8')) };
  } catch {
    return undefined;
  }
}

/** Moves a process in; its later charges count against the limit (earlier ones stay with the old cgroup). */
export function addProcess(cg: MemoryCgroup, pid: number): void {
  writeFileSync(join(cg.dir, 'cgroup.procs'), String(pid));
}

export interface CgroupReading {
  usageBytes: number;
  maxUsageBytes: number;
  failcnt: number;
  /** `oom_kill` of memory.oom_control (kernels ≥ 4.13), -1 if absent. */
  oomKills: number;
}

export function readCgroup(cg: MemoryCgroup): CgroupReading {
  const num = (file: string) => Number(readFileSync(join(cg.dir, file), 'utf8').trim());
  const oom = /oom_kill (\d+)/.exec(readFileSync(join(cg.dir, 'memory.oom_control'), 'utf8'));
  return {
    usageBytes: num('memory.usage_in_bytes'),
    maxUsageBytes: num('memory.max_usage_in_bytes'),
    failcnt: num('memory.failcnt'),
    oomKills: oom?.[1] ? Number(oom[1]) : -1,
  };
}

/** Removes the cgroup once its processes are gone (a cgroup with tasks cannot be removed). */
export function removeMemoryCgroup(cg: MemoryCgroup | undefined): void {
  if (!cg) return;
  try {
    rmdirSync(cg.dir);
  } catch {
    // still busy or already gone: nothing of the lab's depends on it
  }
}
