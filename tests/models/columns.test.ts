// Protects the one table of sample columns (models/engine/columns.ts): no code in models/ or src/ reads or writes a sample column by its
// number, the writer fills every column, and the hashed columns stay those the golden trace hashes were made with.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COL, COLUMN_COUNT, COLUMNS, HASHED_COLUMNS, metricNames } from '../../models/engine/columns';
import { sampleInto } from '../../models/engine/jvm/flows';
import { Simulation } from '../../models/engine/simulation';
import { loadShipped, MINUTE } from '../helpers/engine';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(path) ? [path] : [];
  });
}

/**
 * A number used as the index into something named like a sample row (`v[19]`, `values[0]`, `row?.[17]`,
 * `out[3] =`): the names the engine's sinks, the sampler and the UI give a sample. A property (`issue.values[0]`)
 * is not a sample. This is a grep, not a type check: a sample under another name escapes it, which the review of
 * a new sink must catch; it guards the names every sink in the code base uses today.
 */
const NUMBERED = /(?<![.\w$])(v|values|row|out|sample|latest|last)(\?\.)?\[\s*\d+\s*\]/;

/** Lines that index a non-sample array of the same name (file → the exact trimmed line, and why). */
const NOT_A_SAMPLE: Readonly<Record<string, string>> = {
  // One figure per variant (compare's columns), not a metric sample.
  'models/sizing/compare.ts': 'const base = values[0];',
};

export function numberedReads(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    if (!NUMBERED.test(line) || NOT_A_SAMPLE[file] === line.trim()) return [];
    return [`${file}:${i + 1}: ${line.trim()}`];
  });
}

describe('sample columns are read by name', () => {
  const files = [...sourceFiles(join(ROOT, 'models')), ...sourceFiles(join(ROOT, 'src'))];

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no file in models/ or src/ indexes a sample by number', () => {
    const found = files.flatMap((f) => numberedReads(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches what it forbids, and lets a property or a named column pass', () => {
    for (const bad of [
      'p.peak = Math.max(p.peak, v[19] ?? 0);',
      'out[0] = heapUsed(j);',
      'const rss = $derived(row?.[19] ?? 0);',
      'values[ 3 ]',
    ])
      expect(numberedReads('x.ts', bad), bad).toHaveLength(1);
    for (const good of ['out[COL.heapUsed] = heapUsed(j);', 'must be (String(issue.values[0]))', 'const first = diagnostics[0];'])
      expect(numberedReads('x.ts', good), good).toEqual([]);
  });
});

describe('the column table', () => {
  it('gives each column one index, in table order, and one metric name per collector', () => {
    expect(Object.values(COL)).toEqual(COLUMNS.map((_, i) => i));
    expect(new Set(COLUMNS.map((c) => c.id)).size).toBe(COLUMN_COUNT);
    for (const gc of ['G1', 'Parallel', 'Serial'] as const) {
      const names = metricNames(gc);
      expect(names).toHaveLength(COLUMN_COUNT);
      expect(new Set(names).size).toBe(COLUMN_COUNT);
      expect(names.some((n) => n.includes('<'))).toBe(false);
    }
    expect(metricNames('Parallel')[COL.gcOldTime]).toBe('Status.JVM.GarbageCollector.PS MarkSweep.Time');
  });

  it('hashes the columns the golden trace hashes were made with (limits and maxima left out)', () => {
    // The list hashSample used before the table existed: a change here changes every trace hash.
    expect([...HASHED_COLUMNS]).toEqual([0, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('has its writer fill every column (a new row without its line in sampleInto fails here)', () => {
    const sim = new Simulation(loadShipped('hello-memory-model'), { checkpointEveryMs: Infinity });
    sim.advanceTo(5 * MINUTE);
    for (const j of sim.state.jvms) {
      const out = new Float64Array(COLUMN_COUNT).fill(Number.NaN);
      sampleInto(j, out);
      const unwritten = COLUMNS.filter((_, i) => !Number.isFinite(out[i] as number)).map((c) => c.id);
      expect(unwritten, j.process).toEqual([]);
    }
  });
});
