/**
 * Which Flink releases declare a configuration key, from the generated table of Flink's own ConfigOptions
 * (flinkOptionKeys.ts; calibration/config-oracle/README.md, "Option keys"). Decoded once on first use.
 */
import { type FlinkVersion, formatFlinkVersion } from './flinkVersion';
import { OPTION_KEYS, OPTION_RELEASES, RENAMED_KEYS, SCANNED_MODULES } from './flinkOptionKeys';

/** Inclusive index ranges into OPTION_RELEASES. */
export type ReleaseRanges = readonly (readonly [number, number])[];

export interface DeclaredKey {
  readonly module: string;
  readonly releases: ReleaseRanges;
}

export interface RenamedKey {
  /** The key Flink reads the older key as. */
  readonly proper: string;
  readonly releases: ReleaseRanges;
  /** False for a plain fallback key (read without a deprecation warning). */
  readonly deprecated: boolean;
}

interface Index {
  readonly declared: ReadonlyMap<string, DeclaredKey>;
  readonly renamed: ReadonlyMap<string, readonly RenamedKey[]>;
  readonly scanned: ReadonlyMap<string, ReleaseRanges>;
}

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  const declared = new Map<string, DeclaredKey>();
  for (const [module, groups] of Object.entries(OPTION_KEYS))
    for (const [ranges, keys] of Object.entries(groups)) {
      const releases = parseRanges(ranges);
      for (const key of keys.split(' ')) declared.set(key, { module, releases });
    }
  const renamed = new Map<string, RenamedKey[]>();
  for (const [old, entries] of Object.entries(RENAMED_KEYS))
    renamed.set(
      old,
      entries.split(' ').map((e) => {
        const [proper, ranges] = e.split('@') as [string, string];
        return { proper, releases: parseRanges(ranges.replace('~', '')), deprecated: !ranges.endsWith('~') };
      }),
    );
  const scanned = new Map(Object.entries(SCANNED_MODULES).map(([m, r]) => [m, parseRanges(r)] as const));
  index = { declared, renamed, scanned };
  return index;
}

function parseRanges(text: string): ReleaseRanges {
  return text.split(',').map((part) => {
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    return [a, b ?? a] as const;
  });
}

export const inRanges = (ranges: ReleaseRanges, i: number): boolean => ranges.some(([a, b]) => i >= a && i <= b);

/**
 * The table's release a version stands for: a full version is that release (an unpublished patch: the newest before
 * it); a minor is its newest patch; a minor after the newest scanned is the newest release.
 */
export function releaseIndexOf(version: FlinkVersion): number {
  const prefix = `${version.major}.${version.minor}.`;
  let found = -1;
  OPTION_RELEASES.forEach((r, i) => {
    if (r.startsWith(prefix) && (version.patch === undefined || Number(r.slice(prefix.length)) <= version.patch)) found = i;
  });
  if (found >= 0) return found;
  const first = OPTION_RELEASES.findIndex((r) => r.startsWith(prefix));
  return first >= 0 ? first : OPTION_RELEASES.length - 1;
}

export const releaseName = (i: number): string => OPTION_RELEASES[i] ?? '?';

export const declaredKey = (key: string): DeclaredKey | undefined => load().declared.get(key);

export const renamedKey = (key: string): readonly RenamedKey[] => load().renamed.get(key) ?? [];

/**
 * The release whose scan stands for release `i` for a module's keys: `i` itself when the module's jar of `i` was scanned,
 * else the nearest scanned patch of the same minor (Maven Central here does not serve every module of every patch:
 * e.g. flink-kubernetes 2.0.2); undefined when no patch of that minor was scanned (the table cannot tell).
 */
export function releaseForModule(module: string, i: number): number | undefined {
  const scanned = load().scanned.get(module) ?? [];
  if (inRanges(scanned, i)) return i;
  const minor = (r: string) => r.split('.').slice(0, 2).join('.');
  const same = OPTION_RELEASES.map((_release, j) => j).filter(
    (j) => minor(releaseName(j)) === minor(releaseName(i)) && inRanges(scanned, j),
  );
  return same.filter((j) => j < i).at(-1) ?? same[0];
}

/**
 * The releases declaring a key, read across the releases whose jar of its module was not scanned: a gap made only of
 * such releases is closed, and the last range runs on over the unscanned releases after it (a key that flink-kubernetes
 * declares in 1.20.1 and 2.0.0 is taken as declared in 1.20.2–1.20.5, whose jars Maven Central does not serve here).
 */
export function declaredReleases(d: DeclaredKey): ReleaseRanges {
  const scanned = load().scanned.get(d.module) ?? [];
  const unscanned = (from: number, to: number) => {
    for (let j = from; j <= to; j++) if (inRanges(scanned, j)) return false;
    return true;
  };
  const merged: [number, number][] = [];
  for (const [a, b] of d.releases) {
    const previous = merged.at(-1);
    if (previous && unscanned(previous[1] + 1, a - 1)) previous[1] = b;
    else merged.push([a, b]);
  }
  const final = merged.at(-1);
  while (final && final[1] + 1 < OPTION_RELEASES.length && unscanned(final[1] + 1, final[1] + 1)) final[1]++;
  return merged;
}

/** Every key release `i` declares that starts with one of `prefixes` (for "did you mean"). */
export function declaredKeysWithPrefix(i: number, prefixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const [key, d] of load().declared) if (prefixes.some((p) => key.startsWith(p)) && inRanges(d.releases, i)) out.push(key);
  return out;
}

/** The releases of `ranges` as text: "1.17.0 and later", "1.10.0–1.20.5", joined with "and". */
export function describeReleases(ranges: ReleaseRanges): string {
  const last = OPTION_RELEASES.length - 1;
  return ranges
    .map(([a, b]) => (b === last ? `${releaseName(a)} and later` : a === b ? releaseName(a) : `${releaseName(a)}–${releaseName(b)}`))
    .join(' and ');
}

/** "Flink 1.15" as the user chose it. */
export const chosenName = (version: FlinkVersion): string => `Flink ${formatFlinkVersion(version)}`;
