// Protects `flink-mem versions`: each picker entry names the RocksDB leaks its line's releases have, with their fix.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

async function versions(): Promise<string[]> {
  let out = '';
  const code = await main(['versions'], { out: (t) => (out += t), err: () => undefined, readFile: () => '' });
  expect(code).toBe(0);
  return out.trim().split('\n');
}

const line = (lines: string[], version: string) => lines.find((l) => l.startsWith(`${version} `)) ?? '';

describe('flink-mem versions lists the RocksDB leaks of each line', () => {
  it('2.2 has the Compactor and Statistics leaks, 2.3 only the Statistics one, 1.13 none', async () => {
    const lines = await versions();
    expect(line(lines, '2.2')).toMatch(/FLINK-39753 in 2\.2\.0–2\.2\.1 \(fixed in 2\.2\.2\); FLINK-39923 in 2\.2\.0–2\.2\.1/);
    expect(line(lines, '2.3')).toContain('RocksDB leaks: FLINK-39923 in 2.3.0 (no fix in 2.3; fixed in 2.4)');
    expect(line(lines, '2.3')).not.toContain('FLINK-39753');
    expect(line(lines, '1.12')).toContain('FLINK-21986 in 1.12.0–1.12.3 until a GC (fixed in 1.12.4)');
    expect(line(lines, '1.13')).not.toContain('RocksDB leaks');
    // the notes that were there stay first
    expect(line(lines, '1.20')).toMatch(/^1\.20 +RocksDB leaks: FLINK-39753 in 1\.20\.0–1\.20\.4 until a GC \(fixed in 1\.20\.5\)/);
    expect(line(lines, '1.17')).toMatch(/^1\.17 +network\.max default unbounded .*; RocksDB leaks: FLINK-39923/);
  });
});
