// Protects the configuration model against Flink's own classes: every fixture of the configuration oracle
// (calibration/fixtures/config-oracle/<release>/, GlobalConfiguration + BashJavaUtils per release) derived by the
// product for the same release must give the same JVM arguments, dynamic properties, components or error chain,
// except the rows of the known-differences table, which must still be differences (a fix removes its row).
import { describe, expect, it } from 'vitest';
import { loadFixtures, replay } from '../../calibration/config-oracle/replay';
import { KNOWN_DIFFERENCES } from './configOracleKnownDifferences';

const fixtures = loadFixtures();
const releases = [...new Set(fixtures.map((f) => f.release))].sort();
const { differences, counts } = replay(fixtures);

describe('configuration oracle: the product derives what Flink derives', () => {
  it('has fixtures for the served releases, both processes', () => {
    expect(releases.length).toBeGreaterThan(0);
    expect(counts.records).toBeGreaterThan(releases.length * 40);
  });

  for (const release of releases) {
    it(`${release}: every record matches Flink or is a listed known difference`, () => {
      const key = (d: (typeof differences)[number]) => `${d.case} ${d.process} ${d.field}`;
      const found = differences.filter((d) => d.release === release);
      const listed = KNOWN_DIFFERENCES.filter((d) => d.release === release);
      // exact: a new difference fails, and so does a fixed one still listed (the table shrinks as the product improves)
      expect(found.map(key)).toEqual(listed.map(key));
      expect(found).toEqual(listed);
    });
  }
});
