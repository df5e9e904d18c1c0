// Protects the sandbox's library: every shipped scenario listed once, incidents beside their fix.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryGroups, SCENARIO_IDS, scenarioText } from '../../../src/sandbox/scenarioLibrary';

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
});
