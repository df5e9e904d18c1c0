// Protects classifyArtefact: every real-format sample of the readers' corpora (tests/fixtures/artefacts) goes to its
// reader by content, whatever its name; the name decides only for a file without a telling line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyArtefact } from '../../../models/incident/artefactKind';

const ARTEFACTS = join(import.meta.dirname, '..', '..', 'fixtures', 'artefacts');
const EXPECTED = { events: 'cluster-events', 'flink-logs': 'flink-log', 'gc-logs': 'gc-log', metrics: 'metrics' } as const;

describe('classifyArtefact', () => {
  for (const [folder, kind] of Object.entries(EXPECTED)) {
    for (const name of readdirSync(join(ARTEFACTS, folder)).filter((n) => n !== 'SOURCES.json')) {
      it(`${folder}/${name} → ${kind}, under any name`, () => {
        const text = readFileSync(join(ARTEFACTS, folder, name), 'utf8');
        expect(classifyArtefact(name, text)).toBe(kind);
        expect(classifyArtefact('upload.txt', text)).toBe(kind);
      });
    }
  }

  it('a Flink configuration file and a FlinkDeployment manifest', () => {
    expect(classifyArtefact('x', 'taskmanager.memory.process.size: 4g\ntaskmanager.numberOfTaskSlots: 2\n')).toBe('flink-config');
    expect(classifyArtefact('x', 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: a\n')).toBe('kubernetes');
  });

  it('the name breaks the tie only for a file without a telling line', () => {
    expect(classifyArtefact('gc.log', '')).toBe('gc-log');
    expect(classifyArtefact('notes.txt', 'hello')).toBe('unknown');
  });
});
