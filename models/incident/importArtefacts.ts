/** From an incident's artefacts (logs, GC logs, metrics exports, cluster events, a configuration) to a scenario and its fit. */
import type { ArtefactFile, ImportOptions, IncidentImport } from './types';

export type { ArtefactFile, ImportOptions, IncidentImport, ObservedFailure, Provenance } from './types';
export type { FitReport, FittedParameter, SeriesDivergence } from '../fit/types';

export function importArtefacts(files: readonly ArtefactFile[], options: ImportOptions = {}): IncidentImport {
  void files;
  void options;
  throw new Error('importArtefacts: not implemented yet');
}
