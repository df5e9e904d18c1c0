// Protects the configuration oracle's replay rules themselves: each comparison can fail — a refusal the product only
// warns about matches only with Flink's exact text quoted in a warning, and a changed loaded map, log line or
// SnakeYAML message is a difference (calibration/config-oracle/replay.ts, README "Replay").
import { describe, expect, it } from 'vitest';
import type { OracleFixture } from '../../calibration/config-oracle/fixture';
import { loadFixtures, replay } from '../../calibration/config-oracle/replay';

const fixtures = loadFixtures();
const fixture = (release: string, id: string) => {
  const f = fixtures.find((x) => x.release === release && x.case === id);
  if (!f) throw new Error(`no fixture ${release} ${id}`);
  return structuredClone(f) as { -readonly [K in keyof OracleFixture]: OracleFixture[K] };
};
const fields = (f: OracleFixture) => replay([f]).differences.map((d) => `${d.process} ${d.field}`);

describe('configuration oracle replay: the rules can fail', () => {
  it("a file the release does not read matches only with Flink's refusal word for word in a warning", () => {
    const f = fixture('1.18.1', 'tm-config-yaml-file');
    expect(fields(f)).toEqual([]);
    // a wrong text (1.12's form of the path) is a difference
    const wrong = fixture('1.18.1', 'tm-config-yaml-file');
    const refusal = wrong.taskmanager as { error: { class: string; message: string }[] };
    refusal.error = [
      {
        ...(refusal.error[0] as { class: string; message: string }),
        message: "The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
      },
    ];
    expect(fields(wrong)).toEqual(['taskmanager outcome']);
    // the same text without the product's warning (the file under the name the release reads) is a difference
    const unwarned = fixture('1.18.1', 'tm-config-yaml-file');
    unwarned.file = 'flink-conf.yaml';
    expect(fields(unwarned)).toEqual(['taskmanager outcome', 'jobmanager outcome']);
  });

  it('the loaded map and the loader log are compared exactly', () => {
    const f = fixture('2.0.0', 'tm-yaml-values');
    expect(fields(f)).toEqual([]);
    f.load = { ...f.load, map: { ...f.load.map, 'a.float-exp': '1000' } };
    expect(fields(f)).toEqual(['taskmanager load.map']);
    const g = fixture('1.20.5', 'tm-nested-keys');
    g.load = { ...g.load, log: g.load.log.slice(1) };
    expect(fields(g)).toEqual(['taskmanager load.log']);
  });

  it("SnakeYAML's message is compared to the character", () => {
    const f = fixture('2.0.0', 'tm-duplicate-key');
    const chain = f.taskmanager as { error: { class: string; message: string }[] };
    chain.error = chain.error.map((c) => ({ ...c, message: c.message.replace('line 2, column 1', 'line 2, column 2') }));
    expect(fields(f)).toEqual(['taskmanager error']);
  });
});
