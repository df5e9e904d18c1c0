// Protects the import worker's stages: the files are classified first (the page lists them while the rest runs), then read
// without the fit, then fitted; a stage that throws is reported with its stage, and a failed reading stops the import.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type FromImport, runImport } from '../../../src/sandbox/importSession';

const fixture = (path: string) => ({
  name: path.split('/').pop() as string,
  text: readFileSync(`tests/fixtures/artefacts/${path}`, 'utf8'),
});

describe('the import worker session', () => {
  it('classifies the files first, then reads, then fits — or says which stage failed and stops after a failed reading', () => {
    const messages: FromImport[] = [];
    const files = [
      fixture('flink-logs/flink-1.20.5-lab-taskmanager-direct-oom.log'),
      fixture('gc-logs/jdk17-g1-uptime.log'),
      fixture('metrics/flink-lab-prometheus-direct-leak.prom'),
    ];
    runImport({ type: 'import', files }, (m) => messages.push(m));
    expect(messages[0]).toEqual({
      type: 'classified',
      kinds: [
        { name: 'flink-1.20.5-lab-taskmanager-direct-oom.log', kind: 'flink-log' },
        { name: 'jdk17-g1-uptime.log', kind: 'gc-log' },
        { name: 'flink-lab-prometheus-direct-leak.prom', kind: 'metrics' },
      ],
    });
    const rest = messages.slice(1).map((m) => (m.type === 'error' ? `error:${m.stage}` : m.type));
    // Either the whole import, or its first failing stage and nothing after a failed reading.
    expect([['read', 'fitted'], ['read', 'error:fit'], ['error:read']]).toContainEqual(rest);
  });

  it('does not fit when asked not to', () => {
    const messages: FromImport[] = [];
    runImport({ type: 'import', files: [fixture('gc-logs/jdk17-g1-uptime.log')], options: { fit: false } }, (m) => messages.push(m));
    expect(messages.map((m) => m.type).filter((t) => t === 'fitted')).toEqual([]);
  });
});
