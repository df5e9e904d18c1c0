/** The JDKs under /usr/lib/jvm (a directory with bin/javac), their major version and `java -version` text. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

export interface Jdk {
  readonly home: string;
  readonly major: number;
  /** `java -version`'s output, exactly (it goes to stderr). */
  readonly versionText: string;
}

export function findJdks(root = '/usr/lib/jvm'): Jdk[] {
  const homes = existsSync(root) ? readdirSync(root).map((d) => join(root, d)) : [];
  const seen = new Map<number, Jdk>();
  for (const home of [...new Set(homes.filter((h) => existsSync(join(h, 'bin', 'javac'))).map((h) => realpathSync(h)))].sort()) {
    const versionText = spawnSync(join(home, 'bin', 'java'), ['-version'], { encoding: 'utf8' }).stderr.trim();
    const m = /version "(\d+)/.exec(versionText);
    if (m && !seen.has(Number(m[1]))) seen.set(Number(m[1]), { home, major: Number(m[1]), versionText });
  }
  return [...seen.values()].sort((a, b) => a.major - b.major);
}

/** Installs Debian's JDK 17 when no javac is found and we are root (the calibration's reference JDK). */
export function ensureJdk17(): void {
  if (findJdks().some((j) => j.major === 17)) return;
  if (process.getuid?.() !== 0) throw new Error('no JDK 17 under /usr/lib/jvm: apt-get install openjdk-17-jdk-headless (as root)');
  execFileSync('apt-get', ['install', '-y', 'openjdk-17-jdk-headless'], { stdio: 'inherit' });
}
