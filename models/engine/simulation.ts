/**
 * The simulation: one scenario, one seed, integer time. Between discrete events every flow is a
 * constant integer rate, so the exact millisecond a limit is crossed (eden full, direct limit, a
 * cgroup limit) is computed, not stepped into: the step size only bounds how far one iteration
 * goes and never changes the answer. Checkpoints of the state let `seek(t)` land exactly where a
 * straight run is at `t`.
 */
import type { ExecutionState } from '../lifecycle/lifecycle';
import type { Scenario } from '../scenario/types';
import { containerKill, onOutOfMemory, onRegistered, startProcess } from './cluster';
import { EventQueue } from './eventQueue';
import { endFault, fireFault, scheduleFaults } from './faults';
import { leaksOf, rampSiteOn } from './injectedLeaks';
import { closeOperator, openOperator } from './job/operatorLifecycle';
import { deployReadyTasks, failTask, onTaskFailure, restartJob, setJobStatus } from './job/failover';
import { insufficientBuffers } from './job/networkBuffers';
import { refreshRates } from './job/rates';
import { onRestoredEnd, onWindowExpire } from './job/windows';
import { idleVertex } from './state/jobState';
import { jarReady, onBlobFetched, onBlobTimeout } from './blobServer';
import { newBlobState } from './state/blobState';
import { completeCheckpoint, expireCheckpoint, triggerCheckpoint } from './job/checkpoints';
import { newCheckpointStats } from './state/jobState';
import { newRestartHistory } from './state/jobState';
import { createTasks, DEPLOY_STEPS, moveTask } from './job/tasks';
import { collectYoung } from './jvm/heap';
import { emitGcs, heapCause } from './jvm/jvmEvents';
import { directUsed, rss, type JvmState } from './state/jvmState';
import { settleDirectOvershoot } from './jvm/offHeap';
import { heapLeftFull } from './jvm/leakAllocation';
import { advanceFlows, firstCgroupCrossing, sampleInto } from './jvm/flows';
import { RandomStreams } from './rng';
import { createSetup } from './setup';
import { COLUMN_COUNT, HASHED_COLUMNS as HASHED } from './columns';
import type { SimState } from './state/simState';
import type { QueuedAction } from './state/queuedAction';
import type { Sim, SimSetup } from './state/sim';
import type { TraceEvent, TraceSink } from './trace';
import { deepCopy } from './deepCopy';
import { EventLog, type EventLogSnapshot } from './eventLog';

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

interface Checkpoint {
  readonly atMs: number;
  readonly state: SimState;
  readonly queue: ReturnType<EventQueue<QueuedAction>['snapshot']>;
  readonly rng: ReturnType<RandomStreams['save']>;
  readonly log: EventLogSnapshot | undefined;
}

/** Checkpoints kept for seek: beyond this many, every other one goes and the interval doubles (memory stays flat). */
const MAX_CHECKPOINTS = 256;

const GRID_MS = 60_000;

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
  private readonly checkpoints: Checkpoint[] = [];
  private readonly stepMs: number;
  private checkpointEveryMs: number;
  private readonly sinks: readonly TraceSink[];
  private readonly values: Float64Array;
  private nextCheckpointAtMs = 0;
  private nextProgressAtMs: number;
  /** Set once `shouldStop` said so: the run ended early at `nowMs`. */
  stopped = false;
  /** Whether any operator leaks Netty HashedWheelTimers (their threads), for Netty's warning. */
  private readonly timerLeak: boolean;

  constructor(
    readonly scenario: Scenario,
    private readonly options: SimulationOptions = {},
  ) {
    this.setup = createSetup(scenario);
    this.seed = options.seed ?? scenario.seed;
    this.rng = new RandomStreams(this.seed);
    this.stepMs = Math.max(1, options.stepMs ?? 60_000);
    this.checkpointEveryMs = options.checkpointEveryMs === undefined ? 15 * 60_000 : Math.max(1000, options.checkpointEveryMs);
    this.sinks = options.sinks ?? [];
    const limit = options.eventLimitPerKind;
    this.log = limit !== undefined && Number.isFinite(limit) ? new EventLog(Math.max(1, Math.floor(limit))) : undefined;
    this.values = new Float64Array(COLUMN_COUNT);
    this.nextProgressAtMs = Math.max(1, options.progressEveryMs ?? 10 * 60_000);
    this.timerLeak = scenario.job.operators.some((op) => op.leaks.some((l) => l.threads > 0 && l.site.includes('HashedWheelTimer')));
    this.state = this.initialState();
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

  private initialState(): SimState {
    const ops = this.scenario.job.operators;
    return {
      nowMs: 0,
      jvms: [],
      tasks: createTasks(this.scenario, this.setup.slotsPerTaskManager, this.setup.runtime.spreadSlots),
      job: {
        status: 'INITIALIZING',
        history: newRestartHistory(),
        restarts: 0,
        sourceLagMicro: 0,
        throughputMicroPerMs: 0,
        recordsProcessed: 0,
        recordsProcessedRemainderMicro: 0,
        sourceRateMicroPerMs: 0,
        pendingRestartDelayMs: 0,
        vertices: ops.map(() => idleVertex()),
        checkpoints: newCheckpointStats(),
      },
      traffic: { noise: ops.map(() => 1), spikeFactor: 1, slowFactor: ops.map(() => 1), stormPerSec: 0, watermarkFrozen: false },
      nextSampleAtMs: 0,
      nextGridAtMs: GRID_MS,
      pidCounter: 0,
      jobLoaderAttempt: [],
      exits: [],
      blob: newBlobState(),
      injectedLeaks: { operators: [], ramps: [] },
      hashA: 0x811c9dc5,
      hashB: 0x5bd1e995,
      eventCount: 0,
    };
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
    this.checkpoint();
  }

  emit(event: TraceEvent): void {
    if (this.log) this.log.add(event, this.state.eventCount);
    else this.allEvents.push(event);
    this.state.eventCount += 1;
    this.hashEvent(event);
    for (const sink of this.sinks) sink.event(event);
  }

  /** Runs until `targetMs` (or the scenario's end, whichever is first). */
  advanceTo(targetMs: number): void {
    const target = Math.min(targetMs, this.scenario.durationMs);
    const s = this.state;
    while (s.nowMs < target && !this.stopped) {
      this.refreshRatesIfDirty();
      let next = Math.min(target, s.nowMs + this.stepMs, this.queue.peekTime(), s.nextGridAtMs, this.nextCheckpointAtMs);
      next = Math.min(next, this.crossings(next));
      // Samples before `next` fall where nothing discrete happens: flows only, in a tight loop.
      while (s.nextSampleAtMs < next) {
        advanceFlows(this, s.nextSampleAtMs - s.nowMs);
        s.nowMs = s.nextSampleAtMs;
        this.sample();
      }
      advanceFlows(this, next - s.nowMs);
      s.nowMs = next;
      this.settle();
      this.dispatchQueue();
      this.enforceCgroupLimits();
      if (s.nowMs === s.nextGridAtMs) this.onGrid();
      this.refreshRatesIfDirty();
      // The refresh counts the threads of tasks that have just started: their stacks can be what crosses the limit.
      this.enforceCgroupLimits();
      if (s.nowMs === s.nextSampleAtMs) this.sample();
      if (s.nowMs === this.nextCheckpointAtMs) this.checkpoint();
      this.options.afterStep?.(this);
      this.reportProgress();
      if (this.options.shouldStop?.()) this.stopped = true;
    }
  }

  private reportProgress(): void {
    if (!this.options.onProgress || this.state.nowMs < this.nextProgressAtMs) return;
    const every = Math.max(1, this.options.progressEveryMs ?? 10 * 60_000);
    this.nextProgressAtMs = (Math.floor(this.state.nowMs / every) + 1) * every;
    this.options.onProgress(this.state.nowMs);
  }

  /** Rates are a pure function of the state, recomputed once something discrete changed it. */
  private refreshRatesIfDirty(): void {
    if (!this.ratesDirty) return;
    refreshRates(this);
    this.ratesDirty = false;
  }

  /** The earliest computed crossing of any live JVM before `horizon`. */
  private crossings(horizon: number): number {
    let next = horizon;
    const now = this.state.nowMs;
    for (const j of this.state.jvms) {
      if (!j.alive) continue;
      const r = j.rates;
      const alloc = r.heapGarbage + r.heapRetained;
      if (alloc > 0 && j.edenCapacityBytes > 0)
        next = Math.min(next, now + Math.max(1, Math.ceil((j.edenCapacityBytes - j.edenUsedBytes) / alloc)));
      const direct = r.directReachable + r.directUnreachable;
      if (direct > 0) next = Math.min(next, now + Math.floor((j.sizing.directLimitBytes - directUsed(j)) / direct) + 1);
      if (j.sizing.containerLimitBytes > 0) next = Math.min(next, this.containerCheckAt(j, now, next));
    }
    const job = this.state.job;
    const drain = job.throughputMicroPerMs - job.sourceRateMicroPerMs;
    if (job.sourceLagMicro > 0 && drain > 0) next = Math.min(next, now + Math.max(1, Math.ceil(job.sourceLagMicro / drain)));
    return next;
  }

  /**
   * When the container's limit is next enforced against an RSS above it: the kernel (cgroup) acts at the
   * first millisecond over the limit; YARN's NodeManager only at its next monitoring round after that.
   */
  private containerCheckAt(j: JvmState, now: number, horizon: number): number {
    const over = firstCgroupCrossing(j, now, horizon);
    if (over >= horizon || this.scenario.cluster.deployment !== 'yarn') return over;
    const interval = this.scenario.cluster.yarnCheckIntervalMs;
    return j.startedAtMs + Math.ceil((over - j.startedAtMs) / interval) * interval;
  }

  private containerCheckDue(j: JvmState): boolean {
    if (j.sizing.containerLimitBytes <= 0) return false;
    if (this.scenario.cluster.deployment !== 'yarn') return true;
    return (this.state.nowMs - j.startedAtMs) % this.scenario.cluster.yarnCheckIntervalMs === 0;
  }

  /** What the crossing at `now` sets off: collections, a failed direct reservation, a cgroup kill. */
  private settle(): void {
    const now = this.state.nowMs;
    const jvms = this.state.jvms;
    for (let index = 0; index < jvms.length; index++) {
      const j = jvms[index] as JvmState;
      if (!j.alive) continue;
      if (j.edenUsedBytes >= j.edenCapacityBytes && j.edenUsedBytes > 0) {
        const outcome = collectYoung(j, now);
        emitGcs(this, j, outcome);
        if (outcome.heapOom)
          onOutOfMemory(
            this,
            index,
            'heap',
            heapCause(j, 'allocation of a new object'),
            undefined,
            false,
            outcome.heapOom === 'overhead-limit',
          );
      }
      if (j.alive && directUsed(j) > j.sizing.directLimitBytes) {
        const site = this.directLeakSite(index);
        const result = settleDirectOvershoot(j, now, site);
        emitGcs(this, j, result.gc);
        const heapFull = heapLeftFull(j, result.gc, site);
        if (!result.ok && result.cause) onOutOfMemory(this, index, 'direct', result.cause, this.directLeakTask(index), false);
        else if (heapFull) onOutOfMemory(this, index, 'heap', heapFull.cause, this.directLeakTask(index), false);
      }
      if (j.alive && this.containerCheckDue(j) && rssOver(j)) containerKill(this, index);
    }
    // The sources drained their lag: throughput falls back from catching up to the offered rate.
    const job = this.state.job;
    if (job.sourceLagMicro === 0 && job.throughputMicroPerMs > job.sourceRateMicroPerMs) this.ratesDirty = true;
  }

  /** A discrete allocation (in open()) can push RSS over a cgroup limit: the kernel acts in that millisecond. */
  private enforceCgroupLimits(): void {
    if (this.scenario.cluster.deployment === 'yarn') return;
    const jvms = this.state.jvms;
    for (let index = 0; index < jvms.length; index++) {
      const j = jvms[index] as JvmState;
      if (j.alive && j.sizing.containerLimitBytes > 0 && rssOver(j)) containerKill(this, index);
    }
  }

  /** The allocation that crossed the direct limit: a task's per-record direct leak, else an injected direct ramp. */
  private directLeakSite(index: number): string {
    const task = this.directLeakTask(index);
    const t = task === undefined ? undefined : this.state.tasks[task];
    const leak = t ? leaksOf(this, t.operator).find((l) => l.kind === 'direct' && l.at !== 'open') : undefined;
    return leak && t ? `${leak.site} in ${t.name}` : (rampSiteOn(this, index, 'direct') ?? 'ByteBuffer.allocateDirect');
  }

  private directLeakTask(index: number): number | undefined {
    const found = this.state.tasks.findIndex(
      (t) => t.tm === index && t.state === 'RUNNING' && leaksOf(this, t.operator).some((l) => l.kind === 'direct' && l.at !== 'open'),
    );
    return found >= 0 ? found : undefined;
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

  private handle(action: QueuedAction): void {
    switch (action.kind) {
      case 'process-start':
        return startProcess(this, action.index);
      case 'tm-registered':
        return onRegistered(this, action.tm, action.instance);
      case 'job-start':
        setJobStatus(this, 'START');
        return deployReadyTasks(this);
      case 'job-restart':
        return restartJob(this);
      case 'fault':
        return fireFault(this, action.index);
      case 'fault-end':
        return endFault(this, action.index, action.instance);
      case 'task-advance':
        return this.advanceTask(action.task, action.attempt, action.to);
      case 'window-expire':
        return onWindowExpire(this, action.tm, action.instance, action.generation, action.perMs);
      case 'window-restored-end':
        return onRestoredEnd(this, action.tm, action.instance, action.generation, action.perMs);
      case 'blob-fetched':
        return onBlobFetched(this, action.tm, action.instance);
      case 'blob-timeout':
        return onBlobTimeout(this, action.tm, action.instance, action.attempt);
      case 'checkpoint-trigger':
        if (this.setup.runtime.checkpoint) triggerCheckpoint(this, this.setup.runtime.checkpoint);
        return;
      case 'checkpoint-complete':
        return completeCheckpoint(this, action.id, action.sizeBytes, action.durationMs);
      case 'checkpoint-expire':
        return this.onCheckpointExpired(action.id, action.sizeBytes);
    }
  }

  /** DEPLOYING → INITIALIZING (setup, initializeState, open) → RUNNING; CANCELING → CANCELED after close(). */
  private advanceTask(index: number, attempt: number, to: ExecutionState): void {
    const task = this.state.tasks[index];
    const jvm = task ? this.state.jvms[task.tm] : undefined;
    if (!task || task.attempt !== attempt) return;
    if (to === 'CANCELED') {
      closeOperator(this, task);
      moveTask(this, index, 'CANCELED');
      return;
    }
    if (!jvm?.alive || jvm.instance !== task.instance || !moveTask(this, index, to)) return;
    if (to === 'INITIALIZING') {
      // setup(): the network stack takes the task's required buffers first.
      const noBuffers = insufficientBuffers(this, task);
      if (noBuffers) return failTask(this, index, noBuffers, false);
      const failure = openOperator(this, task);
      if (failure) return onOutOfMemory(this, task.tm, failure.pool, failure.cause, index, failure.fatal);
    }
    // A deploying task needs the job's jar on its TaskManager; without it, it waits for the blob server.
    if (to === 'DEPLOYING' && !jarReady(this, task.tm, jvm.instance)) return;
    const step = DEPLOY_STEPS.findIndex(([state]) => state === to);
    const following = DEPLOY_STEPS[step + 1];
    if (following) this.queue.push(this.state.nowMs + following[1], { kind: 'task-advance', task: index, attempt, to: following[0] });
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
    }
    this.drawNoise();
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
    if (this.timerLeak) this.warnAboutTimers();
    for (let index = 0; index < s.jvms.length; index++) {
      const j = s.jvms[index] as JvmState;
      if (!j.alive) continue;
      sampleInto(j, values);
      this.hashSample(s.nowMs, index, values);
      for (const sink of this.sinks) sink.sample(s.nowMs, j.process, values, index);
    }
    s.nextSampleAtMs += this.scenario.sampleIntervalMs;
  }

  /**
   * Netty logs once per JVM when more than 64 HashedWheelTimer instances are alive (HashedWheelTimer
   * INSTANCE_COUNT_LIMIT, runtime-mechanics §11f). Checked at each sample: a few seconds late at most.
   */
  private warnAboutTimers(): void {
    for (const j of this.state.jvms) {
      if (!j.alive || j.timerWarningLogged || j.leakedThreadsMicro <= 64_000_000) continue;
      j.timerWarningLogged = true;
      this.emit({
        type: 'log',
        level: 'ERROR',
        atMs: this.state.nowMs,
        process: j.process,
        message:
          'io.netty.util.ResourceLeakDetector - You are creating too many HashedWheelTimer instances. HashedWheelTimer is a shared resource that must be reused across the JVM, so that only a few instances are created.',
      });
    }
  }

  /** Two independent multiply lanes over the columns that can change, folded together (samples dominate a run's cost). */
  private hashSample(atMs: number, index: number, values: Float64Array): void {
    let a = this.state.hashA ^ atMs ^ (index << 24);
    let c = 0x9e3779b9;
    for (let k = 0; k + 1 < HASHED_COLUMNS.length; k += 2) {
      const v = values[HASHED_COLUMNS[k] as number] as number;
      const w = values[HASHED_COLUMNS[k + 1] as number] as number;
      a = Math.imul(a ^ (v >>> 0), 0x01000193);
      c = Math.imul(c ^ (w >>> 0), 0x01000193);
      // Sizes above 4 GiB also fold in their high word (rare: most columns stay below 2^32).
      if (v > 4294967295) a ^= (v / 4294967296) >>> 0;
      if (w > 4294967295) c ^= (w / 4294967296) >>> 0;
    }
    // An odd count of changing columns (columns.ts `changes`): the last one goes to the first lane alone.
    if (HASHED_COLUMNS.length % 2 === 1) {
      const v = values[HASHED_COLUMNS[HASHED_COLUMNS.length - 1] as number] as number;
      a = Math.imul(a ^ (v >>> 0), 0x01000193);
      if (v > 4294967295) a ^= (v / 4294967296) >>> 0;
    }
    a = Math.imul(a ^ c, 0x01000193);
    let b = Math.imul(this.state.hashB ^ a, 0x5bd1e995);
    b ^= b >>> 15;
    this.state.hashA = a;
    this.state.hashB = b;
  }

  /** Field by field in declaration order: numbers as two 32-bit words, strings by character, a cause as its JSON. */
  private hashEvent(event: TraceEvent): void {
    const fields = event as unknown as Record<string, unknown>;
    for (const key in fields) {
      const v = fields[key];
      if (typeof v === 'number') {
        const a = Math.imul(this.state.hashA ^ (v >>> 0), 0x01000193);
        this.state.hashA = Math.imul(a ^ ((v / 4294967296) >>> 0), 0x01000193);
      } else if (typeof v === 'string') this.hashString(v);
      else if (v !== undefined) this.hashString(JSON.stringify(v));
    }
  }

  private hashString(text: string): void {
    let a = this.state.hashA;
    let b = this.state.hashB;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.state.hashA = a;
    this.state.hashB = b;
  }

  /** A hash of the whole trace so far (samples and events): equal runs, equal hashes. */
  traceHash(): string {
    return (this.state.hashA >>> 0).toString(16).padStart(8, '0') + (this.state.hashB >>> 0).toString(16).padStart(8, '0');
  }

  private checkpoint(): void {
    this.checkpoints.push({
      atMs: this.state.nowMs,
      state: deepCopy(this.state),
      queue: this.queue.snapshot(),
      rng: this.rng.save(),
      log: this.log?.snapshot(),
    });
    if (this.checkpoints.length > MAX_CHECKPOINTS) this.thinCheckpoints();
    this.nextCheckpointAtMs = this.state.nowMs + this.checkpointEveryMs;
  }

  /** Every other checkpoint goes (the first, at 0, stays) and the interval doubles: a year-long run keeps ≤ 256. */
  private thinCheckpoints(): void {
    const kept = this.checkpoints.filter((_, i) => i % 2 === 0);
    this.checkpoints.length = 0;
    this.checkpoints.push(...kept);
    this.checkpointEveryMs *= 2;
  }

  /**
   * Exactly the state a straight run reaches at `t`: restore the last checkpoint at or before `t`
   * and run forward. Events after that checkpoint are dropped and produced again.
   */
  seek(t: number): void {
    let chosen: Checkpoint | undefined;
    for (const c of this.checkpoints) if (c.atMs <= t) chosen = c;
    if (!chosen) throw new Error(`no checkpoint at or before ${t}`);
    if (t < this.state.nowMs || chosen.atMs > this.state.nowMs) {
      this.state = deepCopy(chosen.state);
      this.queue = EventQueue.restore(chosen.queue);
      this.rng = new RandomStreams(this.seed, deepCopy(chosen.rng));
      if (this.log && chosen.log) this.log.restore(chosen.log);
      else this.allEvents.length = this.state.eventCount;
      this.checkpoints.length = this.checkpoints.indexOf(chosen) + 1;
      this.nextCheckpointAtMs = chosen.atMs + this.checkpointEveryMs;
      this.ratesDirty = true;
      this.placementDirty = true;
    }
    this.advanceTo(t);
  }
}

// A module-local alias: tsx and esbuild compile an imported binding to a getter call, too slow on the per-sample path.
const HASHED_COLUMNS = HASHED;

const rssOver = (j: JvmState) => rss(j) > j.sizing.containerLimitBytes;
