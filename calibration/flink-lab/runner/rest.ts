/** Flink's REST API as the lab reads it, and the TaskManager's RSS from /proc. */
import { readFileSync } from 'node:fs';

export async function getJson<T>(port: number, path: string): Promise<T> {
  const r = await fetch(`http://localhost:${port}${path}`, { signal: AbortSignal.timeout(5000) });
  if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 500 ms until it returns a value (or throws after timeoutMs). Errors while polling count as "not yet". */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(500);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
}

/** `GET …/metrics?get=a,b` answers [{id, value}]: as a record of numbers. */
export async function metrics(port: number, path: string, names: readonly string[]): Promise<Record<string, number>> {
  const list = await getJson<Array<{ id: string; value: string }>>(port, `${path}?get=${names.join(',')}`);
  return Object.fromEntries(list.map((m) => [m.id, Number(m.value)]));
}

/** VmRSS of a process in bytes (/proc/<pid>/status reports kB), or -1 once it has exited. */
export function rssBytes(pid: number | undefined): number {
  if (pid === undefined) return -1;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) * 1024 : -1;
  } catch {
    return -1;
  }
}

/** The ids of the cluster's TaskManagers (REST `/taskmanagers`) once `count` have registered. */
export function registeredTaskManagers(port: number, count: number): Promise<string[]> {
  return waitFor(`${count} TaskManager(s) to register`, 120_000, async () => {
    const r = await getJson<{ taskmanagers: Array<{ id: string }> }>(port, '/taskmanagers');
    return r.taskmanagers.length >= count ? r.taskmanagers.map((t) => t.id) : undefined;
  });
}
