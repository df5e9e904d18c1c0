/**
 * The simulation kernel: one scenario, one seed, integer time. It runs the clock (samples, the minute grid,
 * snapshots for seek) and routes every queued action to the mechanism that handles it; the mechanisms report
 * what happened and the kernel's routers (settle.ts, taskSteps.ts) pass failures on. Between discrete events
 * every flow is a constant integer rate, so the exact millisecond a limit is crossed is computed
 * (crossings.ts), not stepped into: the step size only bounds how far one iteration goes and never changes the
 * answer. Snapshots of the state (snapshots.ts) let `seek(t)` land exactly where a straight run is at `t`.
 */
import type { Scenario } from '../scenario/types';
import { onRegistered, startProcess } from './cluster';
import { COLUMN_COUNT } from './columns';
import { nextCrossing } from './crossings';
import { deepCopy } from './deepCopy';
import { EventLog } from './eventLog';
import { EventQueue } from './eventQueue';
import { endFault, fireFault, scheduleFaults } from './faults';
import { GRID_MS, initialState } from './initialState';
import { bufferWaitMs, completeCheckpoint, expireCheckpoint, restoreLatestCheckpoint, triggerCheckpoint } from './job/checkpoints';
import { deployReadyTasks, onSlotRequestsFailed, onTaskFailure, restartJob, setJobStatus } from './job/failover';
import { refreshRates } from './job/rates';
import { onRestoredEnd, onWindowExpire } from './job/windows';
import { onGridRocksDb } from './job/rocksdbInstances';
import { onBlobFetched, onBlobTimeout, onLingeringReleased, sampleBlobServer } from './blobServer';
import { onTaskManagerLost } from './lostTaskManager';
import { advanceFlows, sampleInto } from './jvm/flows';
import { endToEndLatencyMs, jobLatencyMs } from './job/latency';
import { warnAboutTimers } from './jvm/jvmEvents';
import { RandomStreams } from './rng';
import { enforceCgroupLimits, settle } from './settle';
import { createSetup } from './setup';
import { Snapshots } from './snapshots';
import type { JvmState } from './state/jvmState';
import type { QueuedAction } from './state/queuedAction';
import type { Sim, SimSetup } from './state/sim';
import type { SimState } from './state/simState';
import { advanceTask, onDirectRetry } from './taskSteps';
import type { TraceEvent, TraceSink } from './trace';
import { hashEvent, hashSample, traceHashOf } from './traceHash';

export interface SimulationOptions {
  readonly seed?: string;
  /** Caps how far one iteration advances (default 1 min); results do not depend on it. */
  readonly stepMs?: number;
  /** Checkpoint interval for seek(); default 15 simulated minutes; Infinity for none (a run that never seeks). */
  readonly checkpointEveryMs?: number;
  readonly sinks?: readonly TraceSink[];
  /** Called after every iteration (tests check invariants here). */
  readonly afterStep?: (sim: Simulation) => void;
  /**
   * Asked after every iteration and every 4096 actions handled at one instant: true stops the run where it is
   * (`stopped` is then set, and `advanceTo` returns early). For a CLI's Ctrl-C or a worker's wall-time budget.
   */
  readonly shouldStop?: () => boolean;
  /** Called with the simulated time once at least `progressEveryMs` (default 10 simulated minutes) passed since the last call. */
  readonly onProgress?: (nowMs: number) => void;
  readonly progressEveryMs?: number;
  /**
   * Events kept per event type: the first and the last this many (`EventLog`); default all of them. Sinks still see
   * every event, and the trace hash covers every event.
   */
  readonly eventLimitPerKind?: number;
}

export class Simulation implements Sim {
  readonly setup: SimSetup;
  readonly seed: string;
  state: SimState;
  queue = new EventQueue<QueuedAction>();
  rng: RandomStreams;
  ratesDirty = true;
  placementDirty = true;
  /** Every event so far, in order (when the log is unbounded). */
  private readonly allEvents: TraceEvent[] = [];
  /** The bounded log, when `eventLimitPerKind` is set. */
  readonly log: EventLog | undefined;
  private readonly snapshots: Snapshots;
  private readonly stepMs: number;
  private readonly sinks: readonly TraceSink[];
  private readonly values: Float64Array;
  private readonly progressEveryMs: number;
  private nextProgressAtMs: number;
  /** Set once `shouldStop` said so: the run ended early at `nowMs`. */
  stopped = false;
  /** Whether any operator leaks Netty HashedWheelTimers (their threads), for Netty's warning. */
  private readonly timerLeak: boolean;
  /**
   * bufferWaitMs as of the last rates refresh (NaN: not computed yet). It reads only what refreshRates sets (throughput,
   * the vertices' back pressure), so one computation serves every sample until the next refresh (a sample's cost is
   * what a run costs: 3 × 10^6 of them in a week at 1 s).
   */
  private bufferWait = Number.NaN;

  constructor(
    readonly scenario: Scenario,
    private readonly options: SimulationOptions = {},
  ) {
    this.setup = createSetup(scenario);
    this.seed = options.seed ?? scenario.seed;
    this.rng = new RandomStreams(this.seed);
    this.stepMs = Math.max(1, options.stepMs ?? 60_000);
    this.snapshots = new Snapshots(options.checkpointEveryMs === undefined ? 15 * 60_000 : Math.max(1000, options.checkpointEveryMs));
    this.sinks = options.sinks ?? [];
    const limit = options.eventLimitPerKind;
    this.log = limit !== undefined && Number.isFinite(limit) ? new EventLog(Math.max(1, Math.floor(limit))) : undefined;
    this.values = new Float64Array(COLUMN_COUNT);
    this.progressEveryMs = Math.max(1, options.progressEveryMs ?? 10 * 60_000);
    this.nextProgressAtMs = this.progressEveryMs;
    this.timerLeak = scenario.job.operators.some((op) => op.leaks.some((l) => l.threads > 0 && l.site.includes('HashedWheelTimer')));
    this.state = initialState(scenario, this.setup);
    this.start();
  }

  /** The events kept: every one so far in order, or with `eventLimitPerKind` the first and last of each type, in order. */
  get events(): TraceEvent[] {
    return this.log ? this.log.retained() : this.allEvents;
  }

  /** Events emitted but not kept (0 for an unbounded log). */
  get droppedEvents(): number {
    return this.log?.dropped ?? 0;
  }

  get nowMs(): number {
    return this.state.nowMs;
  }

  private start(): void {
    this.emit({
      type: 'log',
      level: 'INFO',
      atMs: 0,
      process: 'jobmanager',
      message: `Simulation of '${this.scenario.id}' with seed ${this.seed}; every component draws from its own stream derived from it.`,
    });
    this.drawNoise();
    startProcess(this, 0);
    for (let tm = 1; tm <= this.scenario.cluster.taskManagers; tm++) startProcess(this, tm);
    setJobStatus(this, 'CREATED');
    this.queue.push(1000, { kind: 'job-start' });
    if (this.setup.runtime.checkpoint) this.queue.push(this.setup.runtime.checkpoint.intervalMs, { kind: 'checkpoint-trigger' });
    scheduleFaults(this);
    this.snapshot();
  }

  emit(event: TraceEvent): void {
    if (this.log) this.log.add(event, this.state.eventCount);
    else this.allEvents.push(event);
    this.state.eventCount += 1;
    hashEvent(this.state, event);
    for (const sink of this.sinks) sink.event(event);
  }

  /** Runs until `targetMs` (or the scenario's end, whichever is first). */
  advanceTo(targetMs: number): void {
    const target = Math.min(targetMs, this.scenario.durationMs);
    const s = this.state;
    while (s.nowMs < target && !this.stopped) {
      this.refreshRatesIfDirty();
      let next = Math.min(target, s.nowMs + this.stepMs, this.queue.peekTime(), s.nextGridAtMs, this.snapshots.nextAtMs);
      next = Math.min(next, nextCrossing(this, next));
      // Samples before `next` fall where nothing discrete happens: flows only, in a tight loop.
      while (s.nextSampleAtMs < next) {
        advanceFlows(this, s.nextSampleAtMs - s.nowMs);
        s.nowMs = s.nextSampleAtMs;
        this.sample();
      }
      advanceFlows(this, next - s.nowMs);
      s.nowMs = next;
      settle(this);
      this.dispatchQueue();
      enforceCgroupLimits(this);
      if (s.nowMs === s.nextGridAtMs) this.onGrid();
      // A refresh counts the threads of tasks that have just started: their stacks can be what crosses the limit.
      // Without one nothing changed since the enforcement above.
      if (this.refreshRatesIfDirty()) enforceCgroupLimits(this);
      if (s.nowMs === s.nextSampleAtMs) this.sample();
      if (s.nowMs === this.snapshots.nextAtMs) this.snapshot();
      this.options.afterStep?.(this);
      this.reportProgress();
      if (this.options.shouldStop?.()) this.stopped = true;
    }
  }

  private reportProgress(): void {
    if (!this.options.onProgress || this.state.nowMs < this.nextProgressAtMs) return;
    const every = this.progressEveryMs;
    this.nextProgressAtMs = (Math.floor(this.state.nowMs / every) + 1) * every;
    this.options.onProgress(this.state.nowMs);
  }

  /** Rates are a pure function of the state, recomputed once something discrete changed it. */
  private refreshRatesIfDirty(): boolean {
    if (!this.ratesDirty) return false;
    refreshRates(this);
    this.ratesDirty = false;
    this.bufferWait = Number.NaN;
    return true;
  }

  private dispatchQueue(): void {
    const now = this.state.nowMs;
    let handled = 0;
    while (this.queue.peekTime() === now) {
      const entry = this.queue.pop();
      if (entry) this.handle(entry.item);
      // A flood of actions at one instant still lets the caller stop the run.
      if (++handled % 4096 === 0 && this.options.shouldStop?.()) {
        this.stopped = true;
        return;
      }
    }
  }

  /** The router: each queued action to the mechanism that handles it. */
  private handle(action: QueuedAction): void {
    switch (action.kind) {
      case 'process-start':
        return startProcess(this, action.index);
      case 'tm-registered':
        return onRegistered(this, action.tm, action.instance);
      case 'job-start':
        setJobStatus(this, 'START');
        return deployReadyTasks(this);
      case 'job-restart': {
        const before = this.state.job.restarts;
        restartJob(this);
        // the new attempts restore the last completed checkpoint (DefaultScheduler#restoreState), before any open()
        if (this.state.job.restarts > before) restoreLatestCheckpoint(this);
        return;
      }
      case 'task-failure-reported':
        return onTaskFailure(this);
      case 'slot-requests-failed':
        return onSlotRequestsFailed(this, action.generation, action.timedOut);
      case 'fault':
        return fireFault(this, action.index);
      case 'fault-end':
        return endFault(this, action.index, action.instance);
      case 'task-advance':
        return advanceTask(this, action.task, action.attempt, action.to);
      case 'direct-retry':
        return onDirectRetry(this, action);
      case 'window-expire':
        return onWindowExpire(this, action.tm, action.instance, action.generation, action.perMs);
      case 'window-restored-end':
        return onRestoredEnd(this, action.tm, action.instance, action.generation, action.perMs);
      case 'blob-fetched':
        return onBlobFetched(this, action.tm, action.instance);
      case 'blob-timeout':
        return onBlobTimeout(this, action.tm, action.instance, action.attempt);
      case 'tm-lost':
        return onTaskManagerLost(this, action.tm, action.instance, action.stage, action.lost);
      case 'blob-released':
        return onLingeringReleased(this);
      case 'checkpoint-trigger':
        if (this.setup.runtime.checkpoint) triggerCheckpoint(this, this.setup.runtime.checkpoint);
        return;
      case 'checkpoint-complete':
        return completeCheckpoint(this, action.id, action.sizeBytes, action.durationMs);
      case 'checkpoint-expire':
        return this.onCheckpointExpired(action.id, action.sizeBytes);
    }
  }

  /** An expired checkpoint beyond the tolerable count fails the job over (CheckpointFailureManager). */
  private onCheckpointExpired(id: number, sizeBytes: number): void {
    const config = this.setup.runtime.checkpoint;
    if (!config || !expireCheckpoint(this, id, sizeBytes, config.timeoutMs, config.tolerableFailures)) return;
    this.emit({
      type: 'log',
      level: 'ERROR',
      atMs: this.state.nowMs,
      process: 'jobmanager',
      message: 'org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold.',
    });
    onTaskFailure(this);
  }

  private onGrid(): void {
    this.state.nextGridAtMs += GRID_MS;
    for (const j of this.state.jvms) {
      const total = j.youngTimeMs + j.oldTimeMs;
      j.gcMsLastMinute = total - j.gcTotalAtMinuteStartMs;
      j.gcTotalAtMinuteStartMs = total;
      j.gcLongestPauseMsLastMinute = j.gcLongestPauseMsThisMinute;
      j.gcLongestPauseMsThisMinute = 0;
    }
    this.drawNoise();
    // RocksDB's memory grows with the records of the minute that ended (job/rocksdbInstances.ts); checked against the
    // container limit right after (the rates refresh below is always due after a grid minute)
    onGridRocksDb(this);
    this.ratesDirty = true;
  }

  /** A new noise factor per source for the next minute, from the seeded 'traffic' stream. */
  private drawNoise(): void {
    this.scenario.job.operators.forEach((op, i) => {
      if (op.kind !== 'source') return;
      const u = this.rng.next('traffic');
      this.state.traffic.noise[i] = op.noise > 0 ? 1 + op.noise * (2 * u - 1) : 1;
    });
  }

  private sample(): void {
    const s = this.state;
    const values = this.values;
    const sinks = this.sinks;
    if (this.timerLeak) warnAboutTimers(this);
    if (Number.isNaN(this.bufferWait)) this.bufferWait = bufferWaitMs(this);
    const jobLatency = jobLatencyMs(this, this.bufferWait);
    for (let index = 0; index < s.jvms.length; index++) {
      const j = s.jvms[index] as JvmState;
      if (!j.alive) continue;
      sampleInto(j, values, endToEndLatencyMs(j, jobLatency));
      if (index === 0) sampleBlobServer(this, values);
      hashSample(s, s.nowMs, index, values);
      // An indexed loop: samples dominate a run's cost, and an iterator per sample shows in profiles.
      for (let k = 0; k < sinks.length; k++) (sinks[k] as TraceSink).sample(s.nowMs, j.process, values, index);
    }
    s.nextSampleAtMs += this.scenario.sampleIntervalMs;
  }

  /** A hash of the whole trace so far (samples and events): equal runs, equal hashes. */
  traceHash(): string {
    return traceHashOf(this.state);
  }

  private snapshot(): void {
    this.snapshots.take(this.state, this.queue, this.rng, this.log?.snapshot());
  }

  /**
   * Exactly the state a straight run reaches at `t`: restore the last snapshot at or before `t`
   * and run forward. Events after that snapshot are dropped and produced again.
   */
  seek(t: number): void {
    const chosen = this.snapshots.latestAtOrBefore(t);
    if (t < this.state.nowMs || chosen.atMs > this.state.nowMs) {
      this.state = deepCopy(chosen.state);
      this.queue = EventQueue.restore(chosen.queue);
      this.rng = new RandomStreams(this.seed, deepCopy(chosen.rng));
      if (this.log && chosen.log) this.log.restore(chosen.log);
      else this.allEvents.length = this.state.eventCount;
      this.snapshots.rewindTo(chosen);
      this.ratesDirty = true;
      this.placementDirty = true;
    }
    this.advanceTo(t);
  }
}
