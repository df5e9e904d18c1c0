/**
 * The option-keys fixture (../fixtures/config-oracle/option-keys.json): what oracle.OptionKeys found per release,
 * folded so that nothing is repeated per release. Release sets are index ranges into `releases` ("0-9,12-62").
 */

/** One ConfigOption of one release, as oracle.OptionKeys writes it. */
export interface ReleaseOption {
  key: string;
  module: string;
  class: string;
  /** Every field declaring it is annotated @Deprecated. */
  deprecated: boolean;
  deprecatedKeys: string[];
  fallbackKeys: string[];
}

interface OptionKeyEntry {
  /** Releases declaring the key. */
  in: string;
  /** Module and declaring class in the newest release declaring it. */
  module: string;
  class: string;
  /** Releases where the option's field is @Deprecated (absent: none). */
  deprecated?: string;
  /** Deprecated key → releases where this option names it (FallbackKey#isDeprecated). */
  deprecatedKeys?: Record<string, string>;
  /** Non-deprecated fallback key → releases. */
  fallbackKeys?: Record<string, string>;
}

export interface OptionKeysFixture {
  about: string;
  releases: string[];
  /** Module → releases whose jar was scanned (a release outside the range: Maven Central does not serve the module). */
  modules: Record<string, string>;
  keys: Record<string, OptionKeyEntry>;
}

/** Sorted release indices → "0-9,12,14-62". */
export function toRanges(indices: readonly number[]): string {
  const parts: string[] = [];
  const sorted = [...indices].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** "0-9,12" → [0, …, 9, 12]. */
export function fromRanges(ranges: string): number[] {
  const out: number[] = [];
  for (const part of ranges.split(',').filter(Boolean)) {
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    for (let i = a; i <= (b ?? a); i++) out.push(i);
  }
  return out;
}

const ABOUT =
  'Every ConfigOption Flink declares, per release (npm run calibrate -- option-keys; calibration/config-oracle/README.md). ' +
  'Ranges are indices into releases.';

interface Folding {
  in: number[];
  last: ReleaseOption;
  deprecated: number[];
  dep: Map<string, number[]>;
  fb: Map<string, number[]>;
}

/** Folds per-release scans (in release order) into the fixture. */
export function foldOptionKeys(perRelease: ReadonlyMap<string, { options: ReleaseOption[]; modules: string[] }>): OptionKeysFixture {
  const releases = [...perRelease.keys()];
  const moduleIdx = new Map<string, number[]>();
  const keyIdx = new Map<string, Folding>();
  releases.forEach((release, i) => {
    const scanned = perRelease.get(release) as { options: ReleaseOption[]; modules: string[] };
    for (const m of scanned.modules) push(moduleIdx, m, i);
    for (const o of scanned.options) {
      const e: Folding = keyIdx.get(o.key) ?? { in: [], last: o, deprecated: [], dep: new Map(), fb: new Map() };
      keyIdx.set(o.key, e);
      e.in.push(i);
      e.last = o;
      if (o.deprecated) e.deprecated.push(i);
      for (const k of o.deprecatedKeys) push(e.dep, k, i);
      for (const k of o.fallbackKeys) push(e.fb, k, i);
    }
  });
  const keys: Record<string, OptionKeyEntry> = {};
  for (const key of [...keyIdx.keys()].sort()) {
    const e = keyIdx.get(key) as Folding;
    const entry: OptionKeyEntry = { in: toRanges(e.in), module: e.last.module, class: e.last.class };
    if (e.deprecated.length > 0) entry.deprecated = toRanges(e.deprecated);
    if (e.dep.size > 0) entry.deprecatedKeys = rangesOf(e.dep);
    if (e.fb.size > 0) entry.fallbackKeys = rangesOf(e.fb);
    keys[key] = entry;
  }
  const modules: Record<string, string> = {};
  for (const m of [...moduleIdx.keys()].sort()) modules[m] = toRanges(moduleIdx.get(m) as number[]);
  return { about: ABOUT, releases, modules, keys };
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key) ?? [];
  list.push(i);
  map.set(key, list);
}

function rangesOf(map: Map<string, number[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of [...map.keys()].sort()) out[k] = toRanges(map.get(k) as number[]);
  return out;
}
