/**
 * The sandbox's incident import (issue 15): files dropped on the page or picked with "Import incident…" go to the import
 * worker (src/sandbox/importWorker.ts, created per import, so its code — readers, fit, a second engine — loads only then),
 * which classifies, reads, then fits them. The reading fills the incident panel and the overlay as soon as it comes; the
 * fitted scenario is loaded into the simulation when the fit ends (or the read one, when the fit fails, saying so).
 */
import type { ArtefactFile, ArtefactKind, ImportOptions } from '../../../models/incident/types';
import type { FromImport, IncidentResult, ToImport } from '../../sandbox/importSession';
import { observedOf } from '../../sandbox/observedCsv';
import type { SandboxController } from './sandboxController.svelte';

export interface ImportWorkerLike {
  postMessage(message: ToImport): void;
  onmessage: ((e: MessageEvent<FromImport>) => void) | null;
  terminate(): void;
}

/** What the page shows of an import and the report carries: the result, whether it was fitted, and the files. */
export interface IncidentView {
  readonly files: readonly { readonly name: string; readonly bytes: number; readonly kind: ArtefactKind | undefined }[];
  readonly result: IncidentResult;
  readonly fitted: boolean;
  /** Why the fit failed (the read scenario is loaded instead). */
  readonly fitError: string | undefined;
}

export type ImportPhase = 'idle' | 'classifying' | 'reading' | 'fitting' | 'done' | 'failed';

/** The scenario file name an import loads under (its id is the scenario's own). */
const INCIDENT_FILE = 'incident.yaml';

export class IncidentImporter {
  phase = $state<ImportPhase>('idle');
  files = $state.raw<IncidentView['files']>([]);
  /** Why the import failed, by stage (a fit failure is not one: the reading stands). */
  error = $state<string | undefined>();
  /** When the current stage started (performance.now), for the progress line. */
  stageStartedAt = $state(0);
  private worker: ImportWorkerLike | undefined;

  constructor(
    private readonly controller: SandboxController,
    private readonly createWorker: () => ImportWorkerLike,
    /** Called as the import's scenario is loaded (the page leaves its library choice and lesson). */
    private readonly onload: () => void = () => {},
  ) {}

  get busy(): boolean {
    return this.phase === 'classifying' || this.phase === 'reading' || this.phase === 'fitting';
  }

  /** Reads the files' texts and starts an import (a running one is stopped: the newest drop wins). */
  async importFiles(list: readonly File[], options: ImportOptions = {}): Promise<void> {
    if (list.length === 0) return;
    const files: ArtefactFile[] = await Promise.all(list.map(async (f) => ({ name: f.name, text: await f.text() })));
    this.start(
      files,
      list.map((f) => f.size),
      options,
    );
  }

  start(files: readonly ArtefactFile[], sizes: readonly number[], options: ImportOptions = {}): void {
    this.stop();
    this.files = files.map((f, i) => ({ name: f.name, bytes: sizes[i] ?? f.text.length, kind: undefined }));
    this.error = undefined;
    this.enter('classifying');
    const worker = this.createWorker();
    this.worker = worker;
    worker.onmessage = (e) => {
      if (this.worker === worker) this.receive(e.data, files.length);
    };
    worker.postMessage({ type: 'import', files, options });
  }

  /** Stops a running import (its worker ends); what was shown stays. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    if (this.busy) this.phase = 'idle';
  }

  /** Closes the incident: its panel and its overlay (the loaded scenario stays). */
  clear(): void {
    this.stop();
    this.phase = 'idle';
    this.files = [];
    this.error = undefined;
    this.controller.incident = undefined;
    this.controller.observed = undefined;
  }

  private enter(phase: ImportPhase): void {
    this.phase = phase;
    this.stageStartedAt = performance.now();
  }

  private receive(m: FromImport, count: number): void {
    if (m.type === 'classified') {
      this.files = this.files.map((f, i) => ({ ...f, kind: m.kinds[i]?.kind }));
      return this.enter('reading');
    }
    if (m.type === 'read') {
      this.show(m.result, false, undefined);
      return this.enter('fitting');
    }
    if (m.type === 'fitted') {
      this.show(m.result, true, undefined);
      this.onload();
      this.controller.loadAt(m.result.scenarioYaml, INCIDENT_FILE, observedEnd(m.result));
      return this.finish('done');
    }
    if (m.stage === 'fit' && this.controller.incident) {
      // The reading stands: its scenario (unfitted) is replayed, and the panel says the fit failed and why.
      const read = this.controller.incident.result;
      this.show(read, false, m.message);
      this.onload();
      this.controller.loadAt(read.scenarioYaml, INCIDENT_FILE, observedEnd(read));
      return this.finish('done');
    }
    this.error = `${m.stage === 'classify' ? 'Classifying' : 'Reading'} the ${count} file${count === 1 ? '' : 's'} failed: ${m.message}`;
    this.finish('failed');
  }

  private show(result: IncidentResult, fitted: boolean, fitError: string | undefined): void {
    this.controller.incident = { files: this.files, result, fitted, fitError };
    const observed = result.observed ? observedOf(result.observed, result.observed.fileName) : undefined;
    this.controller.observed = observed && observed.series.length > 0 ? observed : undefined;
  }

  private finish(phase: ImportPhase): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.enter(phase);
  }
}

/**
 * Where the replay opens: the end of what was observed (the last sample or failure), so the simulated series are drawn up
 * to there against the observed ones at once (the worker clamps it to the scenario's length).
 */
function observedEnd(r: IncidentResult): number {
  let end = 0;
  for (const s of r.observed?.series ?? []) end = Math.max(end, s.tMs[s.tMs.length - 1] ?? 0);
  for (const f of r.failures) end = Math.max(end, f.atMs);
  return end;
}
