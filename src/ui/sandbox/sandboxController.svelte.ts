/**
 * The one owner of a sandbox session: the worker bridge, the animation loop and everything the
 * components read. Play advances simulated time by `speed` × wall time per animation frame, asking
 * the worker for one frame at a time (never more than one request in flight, so the page stays
 * responsive at any speed: a slow step lowers the frame rate of the simulation, not of the page).
 */
import type { VertexMetrics } from '../../../models/engine/state/jobState';
import type { TraceEvent } from '../../../models/engine/trace';
import { CHART_SAMPLE_COLUMNS, JOB_SAMPLE_COLUMNS } from '../../sandbox/chartColumns';
import type { Intervention } from '../../sandbox/interventions';
import {
  interventionsIn,
  type KeyChange,
  withAnnotation,
  withConfigChanges,
  withIntervention,
  withoutAnnotation,
} from '../../sandbox/scenarioText';
import type { CheckResult, Evaluation, FailureStory, FromWorker, LoadedScenario, ProcessDetail, ToWorker } from '../../sandbox/protocol';
import type { Lesson } from '../../../models/lessons/types';
import type { Observed } from '../../sandbox/observedCsv';
import type { IncidentView } from './incidentImport.svelte';
import type { Expectation } from '../../../models/scenario/types';
import { SeriesBuckets } from '../../sandbox/seriesBuckets';
import { defaultSpeedStep, SPEEDS, speedStepOf } from '../../sandbox/playSpeed';
import { encodeShareLink, type SharedRun } from '../../sandbox/shareLink';
import { markKind, type EventFilter, type MarkKind } from '../../sandbox/eventKinds';
import type { TimeWindow } from './chartPaths';
import { FailureClassifier } from '../../../models/engine/failures';
import type { WatchMetricId } from '../../../models/scenario/watchMetrics';

/** The worker's answers to requests made with an id. */
type Reply = Extract<FromWorker, { type: 'checked' | 'lesson-loaded' | 'evaluated' | 'explained' }>;

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  terminate(): void;
}

export class SandboxController {
  loaded = $state<LoadedScenario | undefined>();
  error = $state<string | undefined>();
  nowMs = $state(0);
  playing = $state(false);
  /** The speed as an index into SPEEDS (1× … 10^6×); each new scenario opens at the step that plays it in 30–60 s. */
  speedStep = $state(speedStepOf(1000));
  traceHash = $state('');
  /** The notable events up to the cursor (src/sandbox/eventKinds.ts); mutated in place, `eventsVersion` says when. */
  readonly events: TraceEvent[] = [];
  /** Indices into `events` of what the charts mark: failures (OOM, kill, exit), job restarts, checkpoints. */
  readonly marks: Readonly<Record<MarkKind, number[]>> = { failure: [], restart: [], checkpoint: [] };
  eventsVersion = $state(0);
  /** Events of every kind up to the cursor. */
  eventCount = $state(0);
  /** The answer to the last `requestRecent`: the newest events passing the log's filter. */
  recent = $state.raw<readonly TraceEvent[]>([]);
  latest = $state.raw<readonly (readonly number[])[]>([]);
  alive = $state.raw<readonly boolean[]>([]);
  vertices = $state.raw<readonly VertexMetrics[]>([]);
  jobStatus = $state('');
  /** Records per second the job processes, and the sources' lag in records, at the cursor. */
  throughput = $state(0);
  sourceLag = $state(0);
  /** Bumped whenever a history changes (histories are plain arrays, too big to be reactive). */
  historyVersion = $state(0);
  /** Each process's history, the page's copy of the worker's (min and max of every chart column per bucket). */
  histories: SeriesBuckets[] = [];
  /** The job's history (JOB_COLUMNS: checkpoints, back pressure, throughput, lag, restarts), bucketed like the processes'. */
  jobHistory: SeriesBuckets = new SeriesBuckets(JOB_SAMPLE_COLUMNS, 1, 0);
  /** The span every chart shows (synchronised, as in a Grafana dashboard); undefined = the whole run. */
  zoom = $state.raw<TimeWindow | undefined>();
  /** Real metrics imported from a CSV, drawn over the simulated ones (undefined: none). */
  observed = $state.raw<Observed | undefined>();
  /** An imported incident (incidentImport.svelte.ts): what was read from where, the failures, the fit; undefined: none. */
  incident = $state.raw<IncidentView | undefined>();
  /**
   * The dashboard panels shown first and large (WATCH_METRICS ids, models/scenario/watchMetrics.ts): a lesson step's
   * `watch:` while it shows, else the scenario's.
   */
  watching = $state.raw<readonly WatchMetricId[]>([]);
  /** The current lesson step's `watch:`; undefined when no lesson step names panels (the scenario's then show). */
  private stepWatch: readonly WatchMetricId[] | undefined;
  /** Every chart draws, in view or not (while a report collects them). */
  drawEverything = $state(false);
  /** Each process chart's SVG export, by process name (charts register themselves). */
  readonly chartExports = new Map<string, () => string>();
  /**
   * Playing stops at each of these times it reaches (a lesson's unanswered questions), so the learner answers before
   * seeing what happens. Play from one of them plays past it, to the next: every question still unanswered is a hold,
   * not only the first (issue 13: a Play past an unanswered question, or before its answer had come back, skipped the next).
   */
  holds = $state.raw<readonly number[]>([]);
  /**
   * The process whose details (GC, heap histogram, native profile) are open: until the user picks one, the process
   * that failed first (the one a postmortem starts from), else the first TaskManager (issue 13: not the JobManager).
   */
  selected = $state(0);
  /** The user picked `selected` (a card or a tab): it no longer follows the first failure. */
  private picked = false;
  /** Reads the events as they arrive for the run's first process failure (models/engine/failures.ts: not injected faults). */
  private failures = new FailureClassifier();
  private classifiedUpTo = 0;
  private firstFailed: string | undefined;
  /** Its heap histogram and native profile at the cursor (every frame carries them). */
  detail = $state.raw<ProcessDetail | undefined>();

  private worker: WorkerLike;
  private readonly waiting: { csv: ((text: string) => void)[]; trace: ((json: string) => void)[] } = { csv: [], trace: [] };
  private inFlight = false;
  /** Answers awaited by id (check, lesson, evaluate). */
  private readonly replies = new Map<number, (message: Reply) => void>();
  private nextId = 0;
  private pendingTarget: number | undefined;
  private lastFrameAt: number | undefined;
  private chartsDrawnAt = -Infinity;
  private pending: { source: { yamlText: string; fileName: string }; interventions: readonly Intervention[] } | undefined;
  private rafId: number | undefined;
  /** The scenario as the user has it: the file's text plus every intervention so far. */
  source = $state.raw<{ readonly yamlText: string; readonly fileName: string } | undefined>();
  /** Interventions made in this session or carried by the shared link it opened, in order (they are also in `source`). */
  interventions = $state.raw<readonly Intervention[]>([]);
  /** The interventions the shared link this session opened carried (the page says so); empty once another run is loaded. */
  linkInterventions = $state.raw<readonly Intervention[]>([]);
  /**
   * Edits of the scenario not run yet (the open editor's text, e.g. after "Apply to the scenario"); undefined when
   * the editor is closed or holds the running text. `evaluateScenario` runs them before checking.
   */
  draft = $state.raw<{ readonly yamlText: string; readonly fileName: string } | undefined>();

  constructor(private readonly createWorker: () => WorkerLike) {
    this.worker = this.connect();
  }

  get speed(): number {
    return SPEEDS[this.speedStep] as number;
  }

  get finished(): boolean {
    return this.loaded !== undefined && this.nowMs >= this.loaded.durationMs;
  }

  /**
   * The panels of the lesson step showing now (LessonPanel calls it as steps come and go); undefined gives the
   * scenario's back. It outlives reloads (a fork, an exercise's run): the step is still the one showing.
   */
  watchStep(watch: readonly WatchMetricId[] | undefined): void {
    this.stepWatch = watch;
    this.watching = watch ?? this.loaded?.watch ?? [];
  }

  load(yamlText: string, fileName: string, seed?: string): void {
    this.linkInterventions = [];
    this.start({ yamlText, fileName }, [], seed);
  }

  /** Loads a scenario with the cursor at `atMs` (an imported incident opens where its observations end). */
  loadAt(yamlText: string, fileName: string, atMs: number): void {
    this.load(yamlText, fileName);
    this.pendingTarget = Math.max(0, Math.round(atMs));
  }

  /**
   * Injects a fault at the cursor. It becomes part of the scenario, so the run forks: the history
   * after the cursor is recomputed (the history before it cannot change, so it lands exactly there).
   */
  inject(intervention: Omit<Intervention, 'atMs'>): void {
    if (!this.source || !this.loaded) return;
    const at: Intervention = { ...intervention, atMs: this.targetBase() };
    let text: string;
    try {
      text = withIntervention(this.source.yamlText, at);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      return;
    }
    this.start({ yamlText: text, fileName: this.source.fileName }, [...this.interventions, at], this.loaded.seed);
    this.pendingTarget = at.atMs;
  }

  /**
   * Asks the worker for a new run. `source` and `interventions` change only once it has loaded: a
   * scenario the worker refuses leaves the current run, its text and its interventions as they were.
   */
  private start(source: { yamlText: string; fileName: string }, interventions: readonly Intervention[], seed?: string): void {
    this.pause();
    this.pending = { source, interventions };
    const { yamlText, fileName } = source;
    this.error = undefined;
    this.inFlight = true;
    this.pendingTarget = undefined;
    this.worker.postMessage({ type: 'load', yamlText, fileName, ...(seed ? { seed } : {}) });
  }

  /** What the worker would make of an edited scenario text (schema and Flink's derivation); the run is untouched. */
  check(yamlText: string): Promise<CheckResult> {
    return this.ask(
      (id) => ({ type: 'check', yamlText, fileName: this.source?.fileName ?? 'scenario.yaml', id }),
      (m) => (m.type === 'checked' ? m : undefined),
    );
  }

  /** A lesson file parsed and checked by the worker: the lesson, or why it cannot be used. */
  parseLesson(yamlText: string, fileName: string): Promise<{ lesson: Lesson | undefined; error: string | undefined }> {
    return this.ask(
      (id) => ({ type: 'lesson', yamlText, fileName, id }),
      (m) => (m.type === 'lesson-loaded' ? m : undefined),
    );
  }

  /** Each set of expectations checked on a straight run of the loaded scenario to its end (the cursor stays). */
  evaluate(sets: readonly (readonly Expectation[])[]): Promise<readonly Evaluation[]> {
    return this.ask(
      (id) => ({ type: 'evaluate', sets, id }),
      (m) => (m.type === 'evaluated' ? m.results : undefined),
    );
  }

  /**
   * Each set checked on the scenario as the user has it now: unrun edits (`draft`) are run first, forking at the
   * cursor as "Run from the cursor" does, so the verdict is about what the page then shows. An edit Flink or the
   * schema refuses is not run; the promise rejects with the reason instead of judging the old run.
   */
  async evaluateScenario(sets: readonly (readonly Expectation[])[]): Promise<readonly Evaluation[]> {
    const draft = this.draft;
    if (draft && draft.yamlText !== this.source?.yamlText) {
      const checked = await this.check(draft.yamlText);
      if (!checked.ok) throw new Error(`The edited scenario cannot run, so it was not checked: ${checked.message}`);
      // The worker takes messages in order: the evaluation below is answered from this new run.
      this.edit(draft.yamlText, draft.fileName, true);
    }
    return this.evaluate(sets);
  }

  /** Why each failure up to the cursor happened (the worker's causal explanations, with the numbers), or why `event` did. */
  explain(event?: { atMs: number; process: string; type: string }): Promise<readonly FailureStory[]> {
    return this.ask(
      (id) => ({ type: 'explain', id, ...(event ? { event } : {}) }),
      (m) => (m.type === 'explained' ? m.explanations : undefined),
    );
  }

  private ask<R>(message: (id: number) => ToWorker, take: (reply: Reply) => R | undefined): Promise<R> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.replies.set(id, (reply) => {
        const value = take(reply);
        if (value === undefined) reject(new Error(`unexpected ${reply.type} from the worker`));
        else resolve(value);
      });
      this.worker.postMessage(message(id));
    });
  }

  /**
   * Runs an edited scenario text. From the cursor, it is a fork like an injection (the run lands where
   * the cursor was); otherwise it starts at 0. The text's own events are the interventions from now on.
   */
  edit(yamlText: string, fileName: string, fromCursor: boolean): void {
    const at = this.targetBase();
    this.start({ yamlText, fileName }, [], this.loaded?.seed);
    if (fromCursor) this.pendingTarget = at;
  }

  /**
   * A "Why?" suggestion applied: its configuration changes written into the scenario text, run from the cursor as the
   * editor's "Run from the cursor" does (a fork: the history before the cursor stays, the rest is recomputed).
   * A change the schema or Flink refuses leaves the run as it was, and says why.
   */
  applyChanges(changes: readonly KeyChange[]): void {
    if (!this.source || changes.length === 0) return;
    let text: string;
    try {
      text = withConfigChanges(this.source.yamlText, changes);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      return;
    }
    this.edit(text, this.source.fileName, true);
  }

  /**
   * Pins a note at the cursor: written into the scenario's `annotations:` (so saving, sharing and
   * reports keep it); the run does not change, so it is not reloaded.
   */
  annotate(text: string): void {
    this.editAnnotations(
      (yaml) => withAnnotation(yaml, this.nowMs, text.trim()),
      (list) => [...list, { atMs: this.nowMs, text: text.trim() }],
    );
  }

  removeAnnotation(index: number): void {
    this.editAnnotations(
      (yaml) => withoutAnnotation(yaml, index),
      (list) => list.filter((_, i) => i !== index),
    );
  }

  private editAnnotations(
    text: (yaml: string) => string,
    list: (current: LoadedScenario['annotations']) => LoadedScenario['annotations'],
  ): void {
    if (!this.source || !this.loaded) return;
    try {
      this.source = { ...this.source, yamlText: text(this.source.yamlText) };
      this.loaded = { ...this.loaded, annotations: list(this.loaded.annotations) };
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Runs the same scenario again under another seed. */
  reseed(seed: string): void {
    if (this.source) this.start(this.source, this.interventions, seed.trim());
  }

  play(): void {
    if (!this.loaded || this.playing) return;
    if (this.finished) this.seek(0);
    this.playing = true;
    this.lastFrameAt = undefined;
    this.rafId = requestAnimationFrame(this.tick);
  }

  pause(): void {
    if (this.playing) this.historyVersion += 1; // draw what the throttle held back
    this.playing = false;
    if (this.rafId !== undefined) cancelAnimationFrame(this.rafId);
    this.rafId = undefined;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Moves the cursor; what the page shows at `t` is exactly what a straight run shows there. */
  seek(t: number): void {
    if (!this.loaded) return;
    const target = Math.round(Math.max(0, Math.min(t, this.loaded.durationMs)));
    if (this.inFlight) this.pendingTarget = target;
    else this.request(target);
  }

  /** One step: a hundredth of the run (at least a second). */
  step(direction: 1 | -1): void {
    if (!this.loaded) return;
    this.pause();
    const unit = Math.max(1000, Math.round(this.loaded.durationMs / 100));
    this.seek(this.targetBase() + direction * unit);
  }

  /** Shows `fromMs`…`toMs` on every chart (at least 4 buckets wide); the whole run again when it covers it. */
  setZoom(fromMs: number, toMs: number): void {
    if (!this.loaded) return;
    const span = Math.max(Math.abs(toMs - fromMs), this.loaded.bucketMs * 4);
    const from = Math.max(0, Math.min(Math.min(fromMs, toMs), this.loaded.durationMs - span));
    const to = Math.min(this.loaded.durationMs, from + span);
    this.zoom = from <= 0 && to >= this.loaded.durationMs ? undefined : { fromMs: Math.round(from), toMs: Math.round(to) };
  }

  resetZoom(): void {
    this.zoom = undefined;
  }

  /** Plays at 10^exp× (clamped to 1×…10^6×). */
  setSpeedExp(exp: number): void {
    this.setSpeedStep(speedStepOf(10 ** exp));
  }

  setSpeedStep(step: number): void {
    this.speedStep = Math.max(0, Math.min(SPEEDS.length - 1, Math.round(step)));
  }

  dispose(): void {
    this.pause();
    this.worker.terminate();
  }

  private targetBase(): number {
    return this.pendingTarget ?? this.nowMs;
  }

  /** Every sample from 0 to the cursor as CSV (Flink metric names), from a straight run in the worker. */
  exportCsv(): Promise<string> {
    return new Promise((resolve) => {
      this.waiting.csv.push(resolve);
      this.worker.postMessage({ type: 'export-csv' });
    });
  }

  /** Every event up to the cursor, with scenario, seed and trace hash, as JSON. */
  exportTrace(): Promise<string> {
    return new Promise((resolve) => {
      this.waiting.trace.push(resolve);
      this.worker.postMessage({ type: 'export-trace' });
    });
  }

  /** Asks for the newest `limit` events passing `filter` (any kind: GCs, task states…), answered into `recent`. */
  requestRecent(filter: EventFilter, limit: number): void {
    this.worker.postMessage({ type: 'recent-events', filter, limit });
  }

  /** The run as a link: scenario text (interventions included), seed and cursor. */
  async shareLink(): Promise<string | undefined> {
    if (!this.source || !this.loaded) return undefined;
    return encodeShareLink({ ...this.source, seed: this.loaded.seed, atMs: this.nowMs });
  }

  /** Opens a shared run: its scenario and seed, with the cursor where it was shared. */
  openShared(run: SharedRun): void {
    // The interventions are events in the text; read back, they are listed and named as the session's own.
    const carried = interventionsIn(run.yamlText);
    this.start({ yamlText: run.yamlText, fileName: run.fileName }, carried, run.seed);
    this.linkInterventions = carried;
    this.pendingTarget = run.atMs;
  }

  private readonly tick = (now: number) => {
    if (!this.playing) return;
    const dt = this.lastFrameAt === undefined ? 16 : Math.min(250, now - this.lastFrameAt);
    this.lastFrameAt = now;
    if (!this.inFlight) {
      const next = this.nowMs + Math.max(1, Math.round(dt * this.speed));
      const hold = this.holdBetween(this.nowMs, next);
      if (hold !== undefined) {
        this.pause();
        this.request(hold);
        return;
      }
      this.request(next);
    }
    this.rafId = requestAnimationFrame(this.tick);
  };

  /** The first hold after `fromMs`, up to and including `toMs`. */
  private holdBetween(fromMs: number, toMs: number): number | undefined {
    let first: number | undefined;
    for (const h of this.holds) if (h > fromMs && h <= toMs && (first === undefined || h < first)) first = h;
    return first;
  }

  private request(toMs: number): void {
    this.inFlight = true;
    this.worker.postMessage({ type: 'goto', toMs, detail: this.selected });
  }

  /** Opens a process's details; the worker answers with a frame at the cursor. */
  select(process: number): void {
    if (!this.loaded || process < 0 || process >= this.loaded.processes.length) return;
    this.selected = process;
    this.picked = true;
    if (!this.playing) this.seek(this.targetBase());
  }

  /** Takes a frame's notable events; says whether the list changed. */
  private takeEvents(from: number, events: readonly TraceEvent[]): boolean {
    if (from === this.events.length && events.length === 0) return false;
    this.events.length = from;
    for (const list of Object.values(this.marks)) while (list.length > 0 && (list[list.length - 1] as number) >= from) list.pop();
    for (const e of events) {
      const i = this.events.push(e) - 1;
      const kind = markKind(e);
      if (kind) this.marks[kind].push(i);
    }
    this.followFirstFailure();
    this.eventsVersion += 1;
    return true;
  }

  /**
   * Opens the details of the process that failed first, once the run has reached it (the run is deterministic: a
   * rewind before it keeps it selected). Failures are the run summary's own (an OOM, a kill or exit by itself);
   * a task or the job failing names no process lost, so it is not followed.
   */
  private followFirstFailure(): void {
    if (this.picked || this.firstFailed !== undefined || !this.loaded) return;
    if (this.classifiedUpTo > this.events.length) {
      this.failures = new FailureClassifier();
      this.classifiedUpTo = 0;
    }
    for (; this.classifiedUpTo < this.events.length; this.classifiedUpTo += 1) {
      const f = this.failures.classify(this.events[this.classifiedUpTo] as TraceEvent);
      const index =
        f && f.type !== 'task.state' && f.type !== 'job.status' ? this.loaded.processes.findIndex((p) => p.name === f.process) : -1;
      if (index < 0) continue;
      this.firstFailed = f?.process;
      this.selected = index;
      return;
    }
  }

  private connect(): WorkerLike {
    const worker = this.createWorker();
    worker.onmessage = (e) => this.receive(e.data);
    return worker;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'error') {
      this.inFlight = false;
      this.pending = undefined;
      this.pendingTarget = undefined;
      this.pause();
      this.error = message.message;
      return;
    }
    if (message.type === 'csv' || message.type === 'trace') {
      const text = message.type === 'csv' ? message.text : message.json;
      for (const resolve of this.waiting[message.type].splice(0)) resolve(text);
      return;
    }
    if (message.type === 'recent-events') {
      this.recent = message.events;
      return;
    }
    if (message.type === 'checked' || message.type === 'lesson-loaded' || message.type === 'evaluated' || message.type === 'explained') {
      this.replies.get(message.id)?.(message);
      this.replies.delete(message.id);
      return;
    }
    if (message.type === 'loaded') {
      const { type: _type, ...loaded } = message;
      this.histories = loaded.processes.map(() => new SeriesBuckets(CHART_SAMPLE_COLUMNS, loaded.bucketMs, loaded.bucketCount));
      this.jobHistory = new SeriesBuckets(JOB_SAMPLE_COLUMNS, loaded.bucketMs, loaded.bucketCount);
      this.takeEvents(0, []);
      // A new scenario may have other processes and another length; the same one (a fork) keeps the view.
      if (this.loaded?.id !== loaded.id || this.loaded.durationMs !== loaded.durationMs) {
        this.zoom = undefined;
        this.speedStep = defaultSpeedStep(loaded.durationMs);
      }
      if (this.selected >= loaded.processes.length) this.selected = 0;
      // Another run: its first failure is still to come.
      this.failures = new FailureClassifier();
      this.classifiedUpTo = 0;
      this.firstFailed = undefined;
      if (this.loaded?.id !== loaded.id) this.picked = false;
      if (!this.picked)
        this.selected = Math.max(
          0,
          loaded.processes.findIndex((p) => p.name !== 'jobmanager'),
        );
      this.loaded = loaded;
      this.watching = this.stepWatch ?? loaded.watch;
      if (this.pending) {
        this.source = this.pending.source;
        this.interventions = this.pending.interventions;
        this.pending = undefined;
      }
      return;
    }
    this.inFlight = false;
    for (const u of message.series) this.histories[u.process]?.merge(u.fromBucket, u.min, u.max);
    if (message.job) this.jobHistory.merge(message.job.fromBucket, message.job.min, message.job.max);
    // Redrawing every chart (series and marks) is the costliest thing the page does: while playing, at most 4 times a second.
    const wall = performance.now();
    const eventsChanged = this.takeEvents(message.eventsFrom, message.events);
    if (
      (message.series.length > 0 || message.job !== undefined || eventsChanged) &&
      (!this.playing || wall - this.chartsDrawnAt >= 250 || message.nowMs >= (this.loaded?.durationMs ?? 0))
    ) {
      this.historyVersion += 1;
      this.chartsDrawnAt = wall;
    }
    this.eventCount = message.eventCount;
    this.nowMs = message.nowMs;
    this.traceHash = message.traceHash;
    this.latest = message.latest;
    this.alive = message.alive;
    this.vertices = message.vertices;
    this.jobStatus = message.jobStatus;
    this.throughput = message.throughputPerSecond;
    this.sourceLag = message.sourceLagRecords;
    this.detail = message.detail;
    if (this.finished) this.pause();
    // The selection followed a failure this frame brought: ask again at the same time for its details (playing asks anyway).
    if (!this.playing && message.detail && message.detail.process !== this.selected) this.pendingTarget ??= message.nowMs;
    if (this.pendingTarget !== undefined) {
      const t = this.pendingTarget;
      this.pendingTarget = undefined;
      this.request(t);
    }
  }
}
