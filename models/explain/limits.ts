/**
 * Which limit a failure hit and how Flink derived it: each term with its bytes, taken from the derivation's own
 * results (components, mode, the fraction steps it recorded), and where it comes from — a key of the scenario's
 * flink.config or of the shipped configuration file, a default, a fraction of a total (capped or not), the rest of a
 * total, or a rule of the JVM or of YARN. The terms add up to the limit the process ran with.
 */
import { JM, TM, type OptionDef } from '../config/options';
import type { FractionStep } from '../derivation/derivationContext';
import type { JvmSizing } from '../engine/state/jvmState';
import type { ScenarioMemory } from '../engine/setup';
import type { Scenario } from '../scenario/types';
import { javaFloatToString } from '../units/javaNumbers';
import { size } from './format';
import type { DerivationTerm, ExplainedLimit, LimitDerivation, TermSource } from './types';

export type LimitKind = 'heap' | 'direct' | 'metaspace' | 'container';

export interface LimitContext {
  readonly scenario: Scenario;
  readonly memory: ScenarioMemory;
  readonly sizing: JvmSizing;
}

export interface DerivedLimit {
  readonly limit: ExplainedLimit;
  readonly derivation: LimitDerivation;
}

const term = (name: string, bytes: bigint | number, source: TermSource): DerivationTerm => ({ name, bytes: Number(bytes), source });

/** The limit of `kind` for the process `ctx.sizing` describes, with its derivation. */
export function derivedLimit(kind: LimitKind, ctx: LimitContext): DerivedLimit {
  const terms =
    kind === 'container'
      ? containerTerms(ctx)
      : ctx.sizing.kind === 'taskmanager'
        ? taskManagerTerms(kind, ctx)
        : jobManagerTerms(kind, ctx);
  const bytes =
    kind === 'container'
      ? ctx.sizing.containerLimitBytes
      : kind === 'heap'
        ? ctx.sizing.heapMaxBytes
        : kind === 'direct'
          ? ctx.sizing.directLimitBytes
          : ctx.sizing.metaspaceMaxBytes;
  const limit = { name: limitName(kind, ctx), bytes };
  const basis = basisText(ctx, terms);
  return { limit, derivation: { terms, basis, text: derivationText(limit, terms, basis) } };
}

function limitName(kind: LimitKind, ctx: LimitContext): string {
  if (kind === 'heap') return '-Xmx';
  if (kind === 'direct') return '-XX:MaxDirectMemorySize';
  if (kind === 'metaspace') return '-XX:MaxMetaspaceSize';
  const deployment = ctx.scenario.cluster.deployment;
  return deployment === 'yarn' ? 'YARN container limit' : deployment === 'kubernetes' ? 'pod memory limit' : 'cgroup memory limit';
}

/** A key set in the configuration the process started with, or its default. */
function optionSource(ctx: LimitContext, def: OptionDef): TermSource {
  const found = ctxResult(ctx).config.lookup(def);
  if (!found) return { kind: 'default', key: def.key };
  const key = found.deprecatedKey ?? def.key;
  return {
    kind: 'explicit',
    key,
    value: found.entry.value,
    from: ctx.scenario.flink.config[key] !== undefined ? 'flink.config' : 'shipped config',
  };
}

const ctxResult = (ctx: LimitContext) => (ctx.sizing.kind === 'taskmanager' ? ctx.memory.taskManager : ctx.memory.jobManager);

function fractionStep(ctx: LimitContext, what: string): FractionStep | undefined {
  const steps = ctxResult(ctx).fractions;
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]?.what === what) return steps[i];
  return undefined;
}

function fractionSource(step: FractionStep, of: string): TermSource {
  const capped = step.capped === undefined ? undefined : { to: step.capped, key: step.keys[step.capped === 'min' ? 0 : 1] ?? '' };
  return {
    kind: 'fraction',
    key: step.keys[step.keys.length - 1] ?? '',
    fraction: javaFloatToString(step.fraction),
    of,
    ofBytes: Number(step.baseBytes),
    inverse: step.inverse,
    productBytes: Number(step.rawBytes),
    capped,
  };
}

const TM_REST = ['framework heap', 'framework off-heap', 'task off-heap', 'managed', 'network'];

function taskManagerTerms(kind: Exclude<LimitKind, 'container'>, ctx: LimitContext): DerivationTerm[] {
  const m = ctx.memory.taskManager.taskManager.memory;
  const totalFlink = { of: 'total Flink memory', ofBytes: Number(m.totalFlinkMemory) };
  if (kind === 'heap') {
    const taskHeap = ctxResult(ctx).config.isExplicit(TM.taskHeap)
      ? optionSource(ctx, TM.taskHeap)
      : { kind: 'rest' as const, ...totalFlink, minus: TM_REST };
    return [term('framework heap', m.frameworkHeap, optionSource(ctx, TM.frameworkHeap)), term('task heap', m.taskHeap, taskHeap)];
  }
  if (kind === 'metaspace') return [term('JVM metaspace', m.jvmMetaspace, optionSource(ctx, TM.metaspace))];
  const step = fractionStep(ctx, 'network memory');
  const config = ctxResult(ctx).config;
  const legacy =
    config.isExplicit(TM.legacyNumberOfBuffers) && ![TM.networkMin, TM.networkMax, TM.networkFraction].some((d) => config.isExplicit(d));
  const network: TermSource = step
    ? fractionSource(step, step.inverse ? 'the other Flink memory' : 'total Flink memory')
    : legacy
      ? { kind: 'rule', text: `${TM.legacyNumberOfBuffers.key} × the segment size` }
      : { kind: 'rest', ...totalFlink, minus: ['framework heap', 'task heap', 'framework off-heap', 'task off-heap', 'managed'] };
  return [
    term('framework off-heap', m.frameworkOffHeap, optionSource(ctx, TM.frameworkOffHeap)),
    term('task off-heap', m.taskOffHeap, optionSource(ctx, TM.taskOffHeap)),
    term('network', m.network, network),
  ];
}

function jobManagerTerms(kind: Exclude<LimitKind, 'container'>, ctx: LimitContext): DerivationTerm[] {
  const jm = ctx.memory.jobManager.jobManager;
  const heapBytes = ctx.sizing.heapMaxBytes;
  if (!('memory' in jm)) {
    const heap = term(
      'JVM heap',
      heapBytes,
      jm.jvmHeap === undefined
        ? { kind: 'rule', text: 'no heap configured: the JVM default heap (the model assumes 1 GiB)' }
        : optionSource(ctx, JM.legacyHeapSize),
    );
    if (kind === 'heap') return [heap];
    if (kind === 'direct')
      return [
        term('JVM default', heapBytes, {
          kind: 'rule',
          text: 'Flink 1.10 sets no -XX:MaxDirectMemorySize: the JVM allows as much direct memory as -Xmx',
        }),
      ];
    return [
      term('JVM metaspace', ctx.sizing.metaspaceMaxBytes, {
        kind: 'rule',
        text: 'Flink 1.10 sets no -XX:MaxMetaspaceSize for the JobManager: unbounded (the model caps it at 4 GiB)',
      }),
    ];
  }
  const m = jm.memory;
  const config = ctxResult(ctx).config;
  const totalFlink = { of: 'total Flink memory', ofBytes: Number(m.totalFlinkMemory) };
  if (kind === 'heap')
    return [
      term(
        'JVM heap',
        m.jvmHeap,
        config.isExplicit(JM.heap) ? optionSource(ctx, JM.heap) : { kind: 'rest', ...totalFlink, minus: ['off-heap'] },
      ),
    ];
  if (kind === 'metaspace') return [term('JVM metaspace', m.jvmMetaspace, optionSource(ctx, JM.metaspace))];
  if (!jm.directMemoryLimited) {
    return [
      term('JVM default', heapBytes, {
        kind: 'rule',
        text: `${JM.directLimit.key} is false, so Flink sets no -XX:MaxDirectMemorySize and the JVM allows as much direct memory as -Xmx`,
      }),
    ];
  }
  const offHeapIsRest = config.isExplicit(JM.heap) && config.isExplicit(JM.flinkSize) && !config.isExplicit(JM.offHeap);
  return [
    term('off-heap', m.offHeap, offHeapIsRest ? { kind: 'rest', ...totalFlink, minus: ['JVM heap'] } : optionSource(ctx, JM.offHeap)),
  ];
}

/** The container's limit: the scenario's, or what the resource manager makes of Flink's total process memory. */
function containerTerms(ctx: LimitContext): DerivationTerm[] {
  const tm = ctx.sizing.kind === 'taskmanager';
  const configured = tm ? ctx.scenario.cluster.taskManagerContainerLimitBytes : ctx.scenario.cluster.jobManagerContainerLimitBytes;
  if (configured !== undefined)
    return [
      term('container limit', configured, { kind: 'scenario', field: tm ? 'cluster.containerLimit' : 'cluster.jobManagerContainerLimit' }),
    ];
  const processDef = tm ? TM.processSize : JM.processSize;
  const process = ctxResult(ctx).config.isExplicit(processDef)
    ? optionSource(ctx, processDef)
    : { kind: 'rule' as const, text: 'total Flink memory + JVM metaspace + JVM overhead' };
  const terms = [term('total process memory', ctx.sizing.processSizeBytes, process)];
  const rounding = ctx.sizing.containerLimitBytes - ctx.sizing.processSizeBytes;
  if (rounding > 0)
    terms.push(
      term('YARN rounding', rounding, {
        kind: 'rule',
        text: 'YARN rounds the request up to a multiple of yarn.scheduler.minimum-allocation-mb (1024 MiB)',
      }),
    );
  return terms;
}

/** How total Flink memory itself came about, when a term is a fraction or the rest of it. */
function basisText(ctx: LimitContext, terms: readonly DerivationTerm[]): string | undefined {
  if (!terms.some((t) => (t.source.kind === 'fraction' || t.source.kind === 'rest') && t.source.of === 'total Flink memory'))
    return undefined;
  const result = ctxResult(ctx);
  const memory =
    result.process === 'taskmanager' ? result.taskManager.memory : 'memory' in result.jobManager ? result.jobManager.memory : undefined;
  const mode =
    result.process === 'taskmanager' ? result.taskManager.mode : 'memory' in result.jobManager ? result.jobManager.mode : undefined;
  if (!memory || mode !== 'total-process') return undefined;
  const defs =
    result.process === 'taskmanager'
      ? { process: TM.processSize, metaspace: TM.metaspace }
      : { process: JM.processSize, metaspace: JM.metaspace };
  const overhead = fractionStep(ctx, 'jvm overhead memory');
  const parts = [
    `${size(memory.totalProcessMemory)} total process memory (${sourceText(optionSource(ctx, defs.process))})`,
    `${size(memory.jvmMetaspace)} metaspace (${sourceText(optionSource(ctx, defs.metaspace))})`,
    `${size(memory.jvmOverhead)} JVM overhead${overhead ? ` (${sourceText(fractionSource(overhead, 'total process memory'))})` : ''}`,
  ];
  return `total Flink memory ${size(memory.totalFlinkMemory)} = ${parts.join(' − ')}`;
}

/** Where a term comes from, as the explanation's text says it ("default of taskmanager.memory.framework.off-heap.size"). */
export function sourceText(source: TermSource): string {
  switch (source.kind) {
    case 'explicit':
      return `${source.key}: ${source.value}${source.from === 'shipped config' ? ", the distribution's shipped default" : ''}`;
    case 'default':
      return `default of ${source.key}`;
    case 'fraction': {
      const product = source.inverse
        ? `${source.fraction}/(1 − ${source.fraction}) × ${source.of} ${size(source.ofBytes)}`
        : `${source.fraction} × ${source.of} ${size(source.ofBytes)}`;
      const cap = source.capped
        ? ` = ${size(source.productBytes)}, ${source.capped.to === 'min' ? 'raised to' : 'capped at'} ${source.capped.key}`
        : '';
      return `${product}${cap}, ${source.key}`;
    }
    case 'rest':
      return `the rest of ${source.of} ${size(source.ofBytes)} after ${source.minus.join(', ')}`;
    case 'scenario':
      return `the scenario's ${source.field}`;
    case 'rule':
      return source.text;
  }
}

const termText = (t: DerivationTerm): string => `${size(t.bytes)} ${t.name} (${sourceText(t.source)})`;

function derivationText(limit: ExplainedLimit, terms: readonly DerivationTerm[], basis: string | undefined): string {
  const sum = terms.length === 1 ? termText(terms[0] as DerivationTerm) : terms.map(termText).join(' + ');
  return `${limit.name} ${size(limit.bytes)} = ${sum}${basis ? `; ${basis}` : ''}`;
}
