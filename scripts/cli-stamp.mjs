// Whether dist/cli (the built CLI, scripts/build-cli.mjs) was built from the sources as they are now.
// The build records every input file (the CLI's and models' sources, the build script, the installed
// packages' lock) with its size, mtime and SHA-256; a file whose size or mtime differ is hashed again,
// so a touched but unchanged file costs a hash and a changed one makes the build stale. Plain JavaScript
// without dependencies: bin/flink-mem.js runs it at every start (about 100 files stat'ed, a few ms).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP_FILE = 'dist/cli/build-info.json';

export const sha256File = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** One input as the stamp records it; `root`-relative path. */
export function describeInput(root, path) {
  const st = statSync(join(root, path));
  return { size: st.size, mtimeMs: st.mtimeMs, sha256: sha256File(join(root, path)) };
}

/** The reason dist/cli is stale (a sentence), or null when every recorded input is unchanged. */
export function staleReason(root) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8'));
  } catch {
    return 'dist/cli is not built';
  }
  for (const output of stamp.outputs ?? []) {
    try {
      statSync(join(root, output));
    } catch {
      return `${output} is missing`;
    }
  }
  for (const [path, recorded] of Object.entries(stamp.inputs ?? {})) {
    let st;
    try {
      st = statSync(join(root, path));
    } catch {
      return `${path} is gone`;
    }
    if (st.size === recorded.size && st.mtimeMs === recorded.mtimeMs) continue;
    if (st.size !== recorded.size || sha256File(join(root, path)) !== recorded.sha256) return `${path} changed`;
  }
  return null;
}
