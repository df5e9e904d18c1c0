#!/usr/bin/env node
// The `flink-mem` command. The CLI is TypeScript shared with the browser; tsx compiles it on load,
// so `npm ci` is the only install step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
