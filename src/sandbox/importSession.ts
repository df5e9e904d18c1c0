/**
 * An incident import as the import worker runs it (importWorker.ts is only its wiring, so tests drive this in Node): the
 * artefacts classified, read (models/incident's importArtefacts without the fit: seconds faster, so the page lists what was
 * taken from where while the fit runs), then fitted (the engine run on candidate parameters). Each stage answers with its
 * own message; a failed fit leaves the reading standing.
 */
import { classifyArtefact } from '../../models/incident/artefactKind';
import { importArtefacts } from '../../models/incident/importArtefacts';
import type { ArtefactFile, ArtefactKind, ImportOptions, IncidentImport } from '../../models/incident/types';

/** What the page keeps of an import: everything but the loaded scenario (its text is loaded by the simulation worker). */
export type IncidentResult = Omit<IncidentImport, 'scenario'>;

export type ToImport = { readonly type: 'import'; readonly files: readonly ArtefactFile[]; readonly options?: ImportOptions };

type ImportStage = 'classify' | 'read' | 'fit';

export type FromImport =
  | { readonly type: 'classified'; readonly kinds: readonly { readonly name: string; readonly kind: ArtefactKind }[] }
  | { readonly type: 'read'; readonly result: IncidentResult }
  | { readonly type: 'fitted'; readonly result: IncidentResult }
  | { readonly type: 'error'; readonly stage: ImportStage; readonly message: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The part of an import a message can carry (the loaded scenario may hold what a structured clone refuses). */
function portable(i: IncidentImport): IncidentResult {
  const { scenario: _scenario, ...rest } = i;
  return rest;
}

export function runImport(request: ToImport, post: (m: FromImport) => void): void {
  const { files, options = {} } = request;
  try {
    post({ type: 'classified', kinds: files.map((f) => ({ name: f.name, kind: classifyArtefact(f.name, f.text) })) });
  } catch (e) {
    return post({ type: 'error', stage: 'classify', message: message(e) });
  }
  try {
    post({ type: 'read', result: portable(importArtefacts(files, { ...options, fit: false })) });
  } catch (e) {
    return post({ type: 'error', stage: 'read', message: message(e) });
  }
  if (options.fit === false) return;
  try {
    post({ type: 'fitted', result: portable(importArtefacts(files, { ...options, fit: true })) });
  } catch (e) {
    post({ type: 'error', stage: 'fit', message: message(e) });
  }
}
