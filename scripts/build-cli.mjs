// Builds the `flink-mem` command to JavaScript in dist/cli (npm's `prepare`, so `npm ci` builds it):
// dist/cli/main.mjs (the CLI, with the simulating commands in chunks loaded when they run) and
// dist/cli/cellWorker.mjs (a worker thread of sweep/compare), bundled with their packages so that a
// start reads a few files instead of hundreds. bin/flink-mem.js checks the stamp (cli-stamp.mjs) and
// rebuilds a stale build before it runs it. Usage: node scripts/build-cli.mjs
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { STAMP_FILE, describeInput } from './cli-stamp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = 'dist/cli';
// commander requires Node's built-in modules with require(); an ES module has none of its own.
const BANNER = "import { createRequire as __flinkMemRequire } from 'node:module'; const require = __flinkMemRequire(import.meta.url);";
// Inputs that shape the build without being bundled: this script, and the installed packages (npm rewrites the lock on install).
const EXTRA_INPUTS = ['scripts/build-cli.mjs', 'scripts/cli-stamp.mjs', 'node_modules/.package-lock.json'];

/** Builds dist/cli under `root`; every file is written beside its final name and renamed, so a concurrent start never reads half a file. */
export async function buildCli(root = ROOT) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', cellWorker: 'src/cli/cellWorker.ts' },
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: BANNER },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  mkdirSync(join(root, OUT_DIR), { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules/'));
  const inputs = Object.fromEntries([...sources, ...EXTRA_INPUTS].sort().map((path) => [path, describeInput(root, path)]));
  const outputs = result.outputFiles.map((f) => relative(root, f.path)).sort();
  // Chunks of earlier builds (their names are content hashes) are no longer referenced.
  for (const name of readdirSync(join(root, OUT_DIR)))
    if (/^chunk-.*\.mjs$/.test(name) && !outputs.includes(`${OUT_DIR}/${name}`)) rmSync(join(root, OUT_DIR, name), { force: true });
  const stamp = join(root, STAMP_FILE);
  writeFileSync(`${stamp}.${process.pid}.tmp`, `${JSON.stringify({ inputs, outputs }, null, 1)}\n`);
  renameSync(`${stamp}.${process.pid}.tmp`, stamp);
  return { inputs: Object.keys(inputs).length, outputs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { inputs, outputs } = await buildCli();
  console.log(`flink-mem: built ${outputs.length} files in ${OUT_DIR} from ${inputs} inputs`);
}
