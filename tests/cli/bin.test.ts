// Protects the built CLI: bin/flink-mem.js runs dist/cli only when it was built from the sources as they are (a changed source is rebuilt,
// never run stale), and prints what the TypeScript CLI prints.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript without declarations (bin/flink-mem.js runs it before any TypeScript).
import { describeInput, STAMP_FILE, staleReason } from '../../scripts/cli-stamp.mjs';
import { main } from '../../src/cli/main';

const ROOT = join(import.meta.dirname, '../..');

describe('the build stamp', () => {
  function builtTree() {
    const root = mkdtempSync(join(tmpdir(), 'flink-mem-stamp-'));
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'dist/cli/main.mjs'), '');
    const stamp = { inputs: { 'src/a.ts': describeInput(root, 'src/a.ts') }, outputs: ['dist/cli/main.mjs'] };
    writeFileSync(join(root, STAMP_FILE), JSON.stringify(stamp));
    return root;
  }

  it('is fresh as built, and after a touch that changes no byte', () => {
    const root = builtTree();
    expect(staleReason(root)).toBeNull();
    utimesSync(join(root, 'src/a.ts'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(staleReason(root)).toBeNull();
  });

  it('is stale when a source changes, an output is missing or the stamp is gone', () => {
    const root = builtTree();
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;\n');
    expect(staleReason(root)).toBe('src/a.ts changed');
    const other = builtTree();
    rmSync(join(other, 'dist/cli/main.mjs'));
    expect(staleReason(other)).toBe('dist/cli/main.mjs is missing');
    rmSync(join(other, STAMP_FILE));
    expect(staleReason(other)).toBe('dist/cli is not built');
  });
});

describe('bin/flink-mem.js', () => {
  it('prints what main() prints, from a build that is fresh afterwards', async () => {
    let expected = '';
    await main(['versions'], { out: (t) => (expected += t), err: () => undefined, readFile: () => '' });
    const printed = execFileSync(process.execPath, [join(ROOT, 'bin/flink-mem.js'), 'versions'], { encoding: 'utf8' });
    expect(printed).toBe(expected);
    expect(staleReason(ROOT)).toBeNull();
  });
});

describe('Ctrl-C during run', () => {
  it('stops the run cleanly: the report covers what ran, says so, and the exit code is 130', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/flink-mem.js'), 'run', 'scenarios/bench-large-stress.yaml', '--json', '--progress'],
      {
        cwd: ROOT,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    // The first progress line means the run is under way: interrupt it there.
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (stderr.includes('progress') && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/stopped at .* of simulated time; the report covers what ran/);
    const report = JSON.parse(stdout) as { stopped?: boolean; simulatedMs: number };
    expect(report.stopped).toBe(true);
    // bench-large-stress runs 7 days: an interrupt at its first progress line leaves most of them unsimulated.
    expect(report.simulatedMs).toBeLessThan(7 * 86_400_000);
  });
});
