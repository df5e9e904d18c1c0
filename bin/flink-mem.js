#!/usr/bin/env node
// The `flink-mem` command. It runs the CLI built to JavaScript in dist/cli (`npm ci` builds it: the
// `prepare` script, scripts/build-cli.mjs), which starts in a fraction of the time tsx needs to compile
// the TypeScript. A build older than the sources is rebuilt first, never run; without esbuild (no dev
// dependencies) the sources run through tsx instead.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { staleReason } from '../scripts/cli-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function loadMain() {
  if (staleReason(root) === null) return import(pathToFileURL(join(root, 'dist/cli/main.mjs')).href);
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli(root);
    return import(pathToFileURL(join(root, 'dist/cli/main.mjs')).href);
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    const { register } = await import('tsx/esm/api');
    register();
    return import('../src/cli/main.ts');
  }
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
