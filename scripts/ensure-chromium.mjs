#!/usr/bin/env node
// Browser tests drive Debian's Chromium through playwright-core; no test tool downloads a browser.
// This runs before `npm test`: it finds Chromium, installs Debian's package when it can (root with
// apt-get), and otherwise stops with the one command that installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function found() {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

const INSTALL = 'apt-get update && apt-get install -y chromium';

if (found()) process.exit(0);
if (!canInstall()) {
  console.error(`Chromium is needed for the browser tests and is not installed. Install it with:\n\n  sudo sh -c '${INSTALL}'\n`);
  process.exit(1);
}
console.error(`Chromium not found; installing Debian's chromium package (${INSTALL}) ...`);
try {
  execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${INSTALL} >/dev/null`], { stdio: 'inherit' });
} catch {
  console.error(`Installing Chromium failed. Run it yourself:\n\n  ${INSTALL}\n`);
  process.exit(1);
}
if (!found()) {
  console.error('apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}
console.error(`Chromium installed at ${found()}.`);
