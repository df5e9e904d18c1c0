// Protects the container-fit check and its inverse (the pod-limit incident, docs/incidents.md §5): over-limit processes are flagged with
// the numbers, and the suggested process size derives.
import { describe, expect, it } from 'vitest';
import { checkContainerFit } from '../../models/memoryModel';
import { processSizeForLimit } from '../../models/derivation/containerFit';
import { MB } from '../helpers/derive';

const entries = (config: Record<string, string>) => Object.entries(config).map(([key, value]) => ({ key, value, origin: 'test' }));

describe('container fit', () => {
  it('the Helm-chart mistake: slots and pod limit reduced, process size left at 4g', () => {
    const report = checkContainerFit(
      {
        process: 'taskmanager',
        entries: entries({ 'taskmanager.memory.process.size': '4g', 'taskmanager.numberOfTaskSlots': '4' }),
        deployment: 'kubernetes',
      },
      { limit: MB(3072), slots: 2 },
    );
    expect(report.fit).toMatchObject({ fits: false, headroom: -MB(1024), headroomPercent: -33.3 });
    expect(report.fit?.verdict).toContain('OOMKilled, exit code 137');
    expect(report.suggestedProcessSize).toBe(MB(3072));
    expect(report.suggested.ok && report.suggested.process === 'taskmanager' && report.suggested.taskManager).toMatchObject({
      slots: 2,
      memory: { totalProcessMemory: MB(3072) },
    });
  });

  it('a process that fits reports its headroom; YARN names its own kill', () => {
    const report = checkContainerFit(
      { process: 'taskmanager', entries: entries({ 'taskmanager.memory.process.size': '3g' }), deployment: 'yarn' },
      { limit: MB(4096) },
    );
    expect(report.fit).toMatchObject({ fits: true, headroom: MB(1024), headroomPercent: 25 });
    const over = checkContainerFit(
      { process: 'taskmanager', entries: entries({ 'taskmanager.memory.process.size': '5g' }), deployment: 'yarn' },
      { limit: MB(4096) },
    );
    expect(over.fit?.verdict).toContain('running beyond physical memory limits');
  });

  it('the suggestion drops flink.size (it would otherwise stay the basis) and keeps the other keys', () => {
    const report = checkContainerFit(
      { process: 'taskmanager', entries: entries({ 'taskmanager.memory.flink.size': '6g', 'taskmanager.memory.managed.fraction': '0.2' }) },
      { limit: MB(4096) },
    );
    expect(report.fit?.fits).toBe(false);
    expect(report.suggested.ok && report.suggested.process === 'taskmanager' && report.suggested.taskManager.mode).toBe('total-process');
  });

  it('works for the JobManager, and reports when the suggested size is refused', () => {
    const report = checkContainerFit(
      { process: 'jobmanager', entries: entries({ 'jobmanager.memory.process.size': '1600m' }) },
      { limit: MB(400) },
    );
    expect(report.fit?.fits).toBe(false);
    expect(report.suggested.ok).toBe(false);
  });

  it('process size for a limit: whole MiB, divided by the limit factor', () => {
    expect(processSizeForLimit(MB(4096) + 12345n)).toBe(MB(4096));
    expect(processSizeForLimit(MB(4096), 1.25)).toBe(MB(3276));
  });
});
