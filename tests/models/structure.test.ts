// Protects the layering of models/: no import cycles (type imports included) and no import from a higher layer into a lower one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODELS = resolve(new URL('../../models/', import.meta.url).pathname);

/**
 * The layers of models/, lowest first: a module may import its own layer and those below it. Inside the
 * engine the state and trace types (and Flink's texts) sit below the JVM mechanisms, those below the job and
 * cluster mechanisms, and all of them below the kernel (the other files of engine/: simulation.ts, its routers
 * settle.ts and taskSteps.ts, snapshots, the trace hash, the summary), which routes what they report, so a leaf
 * never calls back up into the loop. run/ orchestrates a whole run: engine, expectations and explanations.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ['units', 'yaml'],
  ['config'],
  // RocksDB's memory model (issue 16): pure, from Flink's options (config) to bytes by part; the engine and explain read it
  ['rocksdb'],
  ['derivation'],
  ['memoryModel.ts'],
  ['lifecycle'],
  ['scenario'],
  [
    'engine/state',
    'engine/trace.ts',
    'engine/columns.ts',
    'engine/eventQueue.ts',
    'engine/rng.ts',
    'engine/deepCopy.ts',
    'engine/messages.ts',
  ],
  // the readers of an incident's artefacts (issue 15): they name what they read by the engine's columns
  ['artefacts'],
  ['engine/jvm'],
  [
    'engine/job',
    'engine/cluster.ts',
    'engine/blobServer.ts',
    'engine/injectedLeaks.ts',
    'engine/faults.ts',
    'engine/directRetry.ts',
    'engine/lostTaskManager.ts',
  ],
  ['engine'],
  ['explain'],
  ['run', 'sizing', 'lessons', 'invariants.ts'],
  // fitting an incident runs the engine (models/run); the import fits what it read (issue 15)
  ['fit'],
  ['incident'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports and re-exports of a file, `import type` included (a type cycle still ties the files together). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
    const target = resolve(dirname(file), match[1] as string);
    found.push(target.endsWith('.ts') ? target : `${target}.ts`);
  }
  return found;
}

/** The layer of a file: the longest matching prefix (a folder or a file) among LAYERS. */
function layerOf(path: string): number {
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((entries, layer) => {
    for (const entry of entries) {
      const matches = path === entry || path.startsWith(`${entry}/`);
      if (matches && entry.length > bestLength) {
        best = layer;
        bestLength = entry.length;
      }
    }
  });
  return best;
}

const files = sourceFiles(MODELS);
const graph = new Map(files.map((f) => [relative(MODELS, f), importsOf(f).map((t) => relative(MODELS, t))]));

/** Strongly connected components with more than one file (or a file importing itself): Tarjan's algorithm. */
function cycles(): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indices.get(w) as number));
    }
    if (low.get(v) !== indices.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

describe('models/ structure', () => {
  it('every file has a layer', () => {
    expect([...graph.keys()].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('imports only from its own layer or below', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (layerOf(target) > layerOf(file)) upward.push(`${file} imports ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
