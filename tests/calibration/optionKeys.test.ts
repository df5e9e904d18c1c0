// Protects the tie between Flink's own option keys (the oracle's scan, calibration/fixtures/config-oracle/option-keys.json)
// and the product's table (models/config/flinkOptionKeys.ts): the table must be exactly what the generator makes of the
// fixture, the fixture must cover every served release, and the keys the warnings rely on must be there as Flink has them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type OptionKeysFixture, fromRanges, toRanges } from '../../calibration/config-oracle/optionKeysFixture';
import { OPTION_KEYS_TABLE_PATH, renderOptionKeysTable } from '../../calibration/config-oracle/optionKeysTable';
import { SERVED_RELEASES } from '../../calibration/config-oracle/runner';
import { configWarnings } from '../../models/config/configCheck';
import { parseConfigFile } from '../../models/config/configFiles';
import { FlinkConfiguration } from '../../models/config/configuration';
import { parseFlinkVersion, SELECTABLE_VERSIONS } from '../../models/config/flinkVersion';
import { readKubernetesInput } from '../../models/config/kubernetes/manifests';
import { releaseIndexOf } from '../../models/config/optionKeyIndex';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = JSON.parse(readFileSync(join(ROOT, 'calibration/fixtures/config-oracle/option-keys.json'), 'utf8')) as OptionKeysFixture;
const releasesOf = (key: string) => fromRanges(fixture.keys[key]?.in ?? '').map((i) => fixture.releases[i]);

describe('option keys: fixture and generated table', () => {
  it('the generated table is exactly the generator output of the fixture (npx tsx scripts/generate-option-keys.ts)', () => {
    expect(readFileSync(join(ROOT, OPTION_KEYS_TABLE_PATH), 'utf8')).toBe(renderOptionKeysTable(fixture));
  });

  it('covers every served release, in order, and flink-core in all of them', () => {
    expect(fixture.releases).toEqual([...SERVED_RELEASES]);
    expect(fixture.modules['flink-core']).toBe(`0-${SERVED_RELEASES.length - 1}`);
  });

  it('ranges round-trip', () => {
    for (const ranges of ['0', '0-62', '0-9,12,14-62']) expect(toRanges(fromRanges(ranges))).toBe(ranges);
  });

  it('holds the keys the warnings were wrong about, in the releases Flink declares them', () => {
    // TaskManagerOptions.BUFFER_DEBLOAT_* (1.14+), NettyShuffleEnvironmentOptions (1.x): real options, never "unknown"
    expect(releasesOf('taskmanager.network.memory.buffer-debloat.enabled')[0]).toBe('1.14.0');
    expect(releasesOf('taskmanager.network.memory.read-buffer.required-per-gate.max')).toContain('2.0.0');
    expect(releasesOf('taskmanager.memory.process.size')).toHaveLength(SERVED_RELEASES.length);
    // removed in 2.0 (FLINK-33750 and the 2.0 clean-up): declared up to 1.20.x only
    expect(releasesOf('taskmanager.network.memory.buffers-per-channel').at(-1)).toBe('1.20.5');
  });

  it('records deprecated keys as Flink declares them (FallbackKey#isDeprecated)', () => {
    expect(fixture.keys['taskmanager.memory.network.min']?.deprecatedKeys).toHaveProperty(['taskmanager.network.memory.min']);
  });
});

describe('option keys: the real-file corpus under every selectable version', () => {
  const corpus = join(ROOT, 'calibration', 'config-corpus');
  const files = readdirSync(corpus).filter((f) => /\.ya?ml$/.test(f));
  /** The longest warning any corpus file gets: a summary, not a list (one real Helm file made a 3,866-character line). */
  const MAX_LINE = 300;

  it.each(SELECTABLE_VERSIONS)('%s: no key the release declares is called unknown or absent, and no warning line is a wall', (v) => {
    const version = parseFlinkVersion(v);
    const release = fixture.releases[releaseIndexOf(version)] as string;
    for (const file of files) {
      const text = readFileSync(join(corpus, file), 'utf8');
      let entries: readonly { key: string; value: string; origin: string }[];
      try {
        entries = readKubernetesInput(text, file)?.entries ?? parseConfigFile(text, file, { flinkVersion: v }).entries;
      } catch {
        continue; // a file this release refuses to read has no keys to warn about
      }
      for (const note of configWarnings(new FlinkConfiguration(entries), version)) {
        expect(note.message.length, `${file}: ${note.message.slice(0, 120)}`).toBeLessThanOrEqual(MAX_LINE);
        if (!/^Unknown memory option|does not read it/.test(note.message)) continue;
        for (const key of note.keys) expect(releasesOf(key), `${file} under ${v}: ${note.message}`).not.toContain(release);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(40);
  });
});
