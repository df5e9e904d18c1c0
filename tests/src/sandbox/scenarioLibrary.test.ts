// Protects the sandbox's library: every shipped scenario listed once, incidents beside their fix, each named by the
// title the scenario loader reads from its file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { libraryGroups, SCENARIO_IDS, scenarioText, scenarioTitles, titleOf } from '../../../src/sandbox/scenarioLibrary';

const ROOT = join(import.meta.dirname, '../../..');

describe('scenario library', () => {
  it('lists every shipped scenario once, grouped', () => {
    const shipped = readdirSync(join(ROOT, 'scenarios'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(SCENARIO_IDS).toEqual(shipped);
    const groups = libraryGroups();
    expect(groups.flatMap((g) => g.ids).sort()).toEqual(shipped);
    const incidents = groups.find((g) => g.name.startsWith('Incidents'))?.ids ?? [];
    expect(incidents).toContain('direct-leak-on-restart');
    expect(incidents).toContain('direct-leak-on-restart-fixed');
    expect(groups[0]?.ids).toContain('hello-memory-model');
  });

  it('loads a scenario text and names the known ones for an unknown id', async () => {
    expect(await scenarioText('hello-memory-model')).toContain('title:');
    await expect(scenarioText('nope')).rejects.toThrow(/no scenario 'nope'.*hello-memory-model/);
  });

  it("names every shipped scenario by the title its loader reads (the picker's text), quoted or not", async () => {
    const titles = await scenarioTitles();
    for (const id of SCENARIO_IDS) {
      const text = readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8');
      expect(titles[id]).toBe(loadScenario(text, `${id}.yaml`).title);
    }
    expect(titleOf('# t\ntitle: "A: b"\nduration: 1h\n')).toBe('A: b');
    expect(titleOf('duration: 1h\njob:\n  title: nested\n')).toBeUndefined();
  });
});
