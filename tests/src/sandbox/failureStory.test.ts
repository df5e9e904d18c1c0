// Protects the structured "Why?": a limit table whose terms add up to the limit, a timeline in time order from the
// growth's start to the failure, and suggestions whose machine form, written into the scenario text, makes Flink
// derive exactly the new limit the suggestion quotes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSetup } from '../../../models/engine/setup';
import { runScenario } from '../../../models/run/runScenario';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { storyOf } from '../../../src/sandbox/failureStory';
import { withConfigChanges } from '../../../src/sandbox/scenarioText';

const ROOT = join(import.meta.dirname, '../../..');
const text = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8');
const HOUR = 3_600_000;

describe('storyOf', () => {
  const id = 'direct-leak-on-restart';
  const yaml = text(id);
  const run = runScenario({ ...loadScenario(yaml, `${id}.yaml`), durationMs: 5 * HOUR });
  const x = run.explanations.find((e) => e.event.type === 'jvm.oom');
  if (!x) throw new Error('direct-leak-on-restart has no OOM before 05:00');
  const story = storyOf(x, run.events);

  it('tables the limit as terms that add up to it, each with its key and where its value comes from', () => {
    expect(story.limit?.name).toBe('-XX:MaxDirectMemorySize');
    expect(story.limit?.terms.reduce((s, t) => s + t.bytes, 0)).toBe(story.limit?.bytes);
    expect(story.limit?.terms.map((t) => [t.name, t.source.kind])).toEqual([
      ['framework off-heap', 'default'],
      ['task off-heap', 'explicit'],
      ['network', 'fraction'],
    ]);
    expect(story.limit?.terms[2]?.sourceText).toBe('0.1 × total Flink memory 3.35 GiB, taskmanager.memory.network.fraction');
    expect(story.limit?.basis).toMatch(/^total Flink memory 3\.35 GiB = 4 GiB total process memory/);
    // The long text stays, for reports.
    expect(story.text).toContain(x.derivation?.text);
  });

  it('lists the steps from the growth to the failure in time order, restarts counted when there are many', () => {
    const times = story.timeline.map((m) => m.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(story.timeline[0]?.kind).toBe('since');
    expect(story.timeline.at(-1)).toMatchObject({ kind: 'failure', atMs: x.event.atMs });
    expect(story.timeline.some((m) => m.kind === 'restart')).toBe(true);
    expect(story.timeline.length).toBeLessThanOrEqual(1 + 9 + x.trigger.gcs.length + 1);
  });

  it("writes a suggestion's change into the scenario so that Flink derives the limit it quotes", () => {
    const action = story.actions.find((a) => a.changes.length > 0);
    expect(action?.changes).toEqual([{ key: 'taskmanager.memory.task.off-heap.size', from: '512m', to: expect.stringMatching(/m$/) }]);
    const changed = loadScenario(withConfigChanges(yaml, action?.changes ?? []), `${id}.yaml`);
    expect(createSetup(changed).taskManagerSizing.directLimitBytes).toBe(action?.newLimitBytes);
    expect(action?.newLimitBytes).toBeGreaterThan(story.limit?.bytes ?? Infinity);
  });
});
