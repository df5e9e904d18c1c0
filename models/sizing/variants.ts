/**
 * A variant: a scenario with some parameters changed, under a label. An override is `key=value`:
 * `cluster.taskmanagers` (the number of TaskManagers, 1..1000), `cluster.containerLimit` (each
 * TaskManager's container/pod limit, a Flink size), `cluster.allocator` (`glibc` or `jemalloc`: the
 * TaskManagers' malloc) and `cluster.mallocArenaMax` (MALLOC_ARENA_MAX, 1..1024, read by glibc only)
 * change the scenario's cluster; any other key is a Flink option written into `flink.config` as text
 * (`taskmanager.memory.process.size`, `taskmanager.numberOfTaskSlots`, `taskmanager.memory.managed.fraction`,
 * `state.backend.rocksdb.memory.write-buffer-ratio`, …), as Flink's `-D` would.
 *
 * Overrides are checked in two steps. `checkOverride`: the value alone, with Flink's own parse messages
 * ("Could not parse value '4q' for key 'taskmanager.memory.process.size'."), and keys in a memory
 * namespace that Flink does not know (typos). `prepareVariant`: the whole configuration, through Flink's
 * derivation (its refusal, e.g. a process size below metaspace + overhead), the slots the job needs
 * (TaskManagers × slots ≥ the highest parallelism) and the events' process targets. Both throw
 * `VariantError`; nothing is changed in place.
 */
import { isKubernetesQuantity, parseQuantity, QuantityError } from '../config/kubernetes/quantity';
import { closestOptionKey, isMemoryNamespace } from '../config/configCheck';
import { FlinkConfiguration, OptionReader } from '../config/configuration';
import { FlinkError } from '../config/flinkError';
import { parseFlinkVersion } from '../config/flinkVersion';
import { optionForKey, type OptionDef } from '../config/options';
import { createSetup, SetupError } from '../engine/setup';
import type { SimSetup } from '../engine/state/sim';
import { targetProblem } from '../scenario/crossChecks';
import type { Scenario } from '../scenario/types';
import { MemorySizeParseError, parseMemorySize } from '../units/memorySize';

export interface Override {
  readonly key: string;
  readonly value: string;
}

export interface Variant {
  readonly label: string;
  readonly overrides: readonly Override[];
}

export const TASKMANAGERS_KEY = 'cluster.taskmanagers';
export const CONTAINER_LIMIT_KEY = 'cluster.containerLimit';
export const ALLOCATOR_KEY = 'cluster.allocator';
export const MALLOC_ARENA_MAX_KEY = 'cluster.mallocArenaMax';
const ALLOCATORS = ['glibc', 'jemalloc'] as const;
/**
 * glibc reads MALLOC_ARENA_MAX as any positive size_t (malloc/arena.c, M_ARENA_MAX); 1024 is far beyond the 8 × cores
 * glibc itself defaults to on any node a TaskManager runs on, and keeps a typo (4096m) from being taken for a count.
 */
const MAX_ARENAS = 1024;
const PROCESS_SIZE_KEY = 'taskmanager.memory.process.size';

export class VariantError extends Error {
  override readonly name = 'VariantError';
  /** The Flink keys a refusal names (for `file:line` of the one the scenario sets); empty when none. */
  constructor(
    message: string,
    readonly keys: readonly string[] = [],
  ) {
    super(message);
  }
}

/** `key=value` (the value may contain '='; the key is trimmed, the value kept as typed). */
export function parseOverride(text: string): Override {
  const eq = text.indexOf('=');
  const key = eq > 0 ? text.slice(0, eq).trim() : '';
  if (key === '') throw new VariantError(`an override is key=value, e.g. ${PROCESS_SIZE_KEY}=4g (got '${text}')`);
  if (!/^[A-Za-z0-9_.-]+$/.test(key))
    throw new VariantError(`'${key}' is not a configuration key (letters, digits, '.', '-' and '_' only)`);
  return { key, value: text.slice(eq + 1) };
}

/** "key=value, key=value": a variant's default label. */
export const overridesLabel = (overrides: readonly Override[]): string =>
  overrides.length === 0 ? 'baseline' : overrides.map((o) => `${o.key}=${o.value}`).join(', ');

/** Checks one value on its own (see the file comment); `flinkVersion` decides which options exist. */
export function checkOverride(override: Override, flinkVersion: string): void {
  const { key, value } = override;
  if (key === TASKMANAGERS_KEY) {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 1000)
      throw new VariantError(`${TASKMANAGERS_KEY} must be a whole number from 1 to 1000 (got '${value}')`);
    return;
  }
  if (key === CONTAINER_LIMIT_KEY) {
    containerLimitOf(value);
    return;
  }
  if (key === ALLOCATOR_KEY) {
    allocatorOf(value);
    return;
  }
  if (key === MALLOC_ARENA_MAX_KEY) {
    arenaMaxOf(value);
    return;
  }
  const def = optionForKey(key);
  if (def) return readOption(def, override, flinkVersion);
  if (isMemoryNamespace(key)) {
    const suggestion = closestOptionKey(key);
    throw new VariantError(`'${key}' is not a Flink memory option${suggestion ? `; did you mean '${suggestion}'?` : ''}`);
  }
}

function allocatorOf(value: string): (typeof ALLOCATORS)[number] {
  const v = value.trim();
  const found = ALLOCATORS.find((a) => a === v);
  if (!found) throw new VariantError(`${ALLOCATOR_KEY} must be glibc or jemalloc (got '${value}')`);
  return found;
}

function arenaMaxOf(value: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > MAX_ARENAS)
    throw new VariantError(`${MALLOC_ARENA_MAX_KEY} (MALLOC_ARENA_MAX) must be a whole number from 1 to ${MAX_ARENAS} (got '${value}')`);
  return Number(v);
}

/** A Kubernetes quantity as Kubernetes reads it (4Gi, 4G = 4·10⁹), else Flink's MemorySize with Flink's message (4g). */
function containerLimitOf(value: string): number {
  if (isKubernetesQuantity(value.trim()) && !value.trim().endsWith('m')) {
    try {
      const bytes = parseQuantity(value, CONTAINER_LIMIT_KEY).bytes;
      if (bytes <= 0n) throw new VariantError(`${CONTAINER_LIMIT_KEY} must be above 0 (got '${value}')`);
      return Number(bytes);
    } catch (e) {
      if (e instanceof QuantityError) throw new VariantError(e.message);
      throw e;
    }
  }
  try {
    const bytes = parseMemorySize(value);
    if (bytes <= 0n) throw new VariantError(`${CONTAINER_LIMIT_KEY} must be above 0 (got '${value}')`);
    return Number(bytes);
  } catch (e) {
    if (e instanceof MemorySizeParseError)
      throw new VariantError(`Could not parse value '${value}' for key '${CONTAINER_LIMIT_KEY}'.\nCaused by: ${e.javaClass}: ${e.message}`);
    throw e;
  }
}

/** Reads the value as Flink's Configuration would, so a bad one fails with Flink's message and cause. */
function readOption(def: OptionDef, override: Override, flinkVersion: string): void {
  const reader = new OptionReader(new FlinkConfiguration([{ ...override, origin: '-D' }]), parseFlinkVersion(flinkVersion));
  try {
    if (def.type === 'memory') reader.memory(def);
    else if (def.type === 'float') reader.float(def);
    else if (def.type === 'double') reader.double(def);
    else if (def.type === 'int') reader.int(def);
    else if (def.type === 'boolean') reader.boolean(def);
  } catch (e) {
    if (e instanceof FlinkError) throw new VariantError(withCauses(e.message, e.causes()));
    throw e;
  }
}

const withCauses = (message: string, causes: readonly string[]): string =>
  [message, ...causes.filter((c) => !message.includes(c.slice(c.indexOf(': ') + 2))).map((c) => `Caused by: ${c}`)].join('\n');

/** The scenario with the overrides applied (each checked first); later overrides of a key win. */
export function applyOverrides(scenario: Scenario, overrides: readonly Override[]): Scenario {
  let cluster = scenario.cluster;
  const config: Record<string, string> = { ...scenario.flink.config };
  for (const o of overrides) {
    checkOverride(o, scenario.flink.version);
    if (o.key === TASKMANAGERS_KEY) cluster = { ...cluster, taskManagers: Number(o.value) };
    else if (o.key === CONTAINER_LIMIT_KEY) cluster = { ...cluster, taskManagerContainerLimitBytes: containerLimitOf(o.value) };
    else if (o.key === ALLOCATOR_KEY) cluster = { ...cluster, allocator: allocatorOf(o.value) };
    else if (o.key === MALLOC_ARENA_MAX_KEY) cluster = { ...cluster, mallocArenaMax: arenaMaxOf(o.value) };
    else config[o.key] = o.value;
  }
  return { ...scenario, cluster, flink: { ...scenario.flink, config } };
}

/** What a variant deploys: the figures the consolidation question compares. */
export interface Layout {
  readonly taskManagers: number;
  readonly slotsPerTaskManager: number;
  /** Flink's total process memory of one TaskManager, bytes. */
  readonly processSizeBytes: number;
  /** The container/pod limit each TaskManager gets (0: none, standalone). */
  readonly containerLimitBytes: number;
  /** taskManagers × processSizeBytes: what the smallest surviving configuration minimises. */
  readonly totalProcessBytes: number;
}

export interface PreparedVariant extends Variant {
  readonly scenario: Scenario;
  readonly layout: Layout;
}

/** Applies and validates a variant as a whole (see the file comment); throws VariantError. */
export function prepareVariant(base: Scenario, variant: Variant): PreparedVariant {
  const scenario = applyOverrides(base, variant.overrides);
  let setup: SimSetup;
  try {
    setup = createSetup(scenario);
  } catch (e) {
    if (e instanceof SetupError) throw new VariantError(withCauses(e.message, e.causes), e.keys);
    throw e;
  }
  const taskManagers = scenario.cluster.taskManagers;
  const slots = setup.slotsPerTaskManager;
  const needed = Math.max(...scenario.job.operators.map((op) => op.parallelism));
  if (taskManagers * slots < needed) {
    throw new VariantError(
      `the job needs ${needed} slots (its highest parallelism) but ${taskManagers} TaskManager${taskManagers === 1 ? '' : 's'} × ${slots} slot${slots === 1 ? '' : 's'} offer ${taskManagers * slots}: Flink could not schedule it (NoResourceAvailableException)`,
    );
  }
  const operators = scenario.job.operators.map((op) => op.id);
  scenario.events.forEach((event, i) => {
    const problem = targetProblem(event.target, operators, taskManagers);
    if (problem) throw new VariantError(`events[${i}].target: ${problem}`);
  });
  const processSizeBytes = setup.taskManagerSizing.processSizeBytes;
  const layout = {
    taskManagers,
    slotsPerTaskManager: slots,
    processSizeBytes,
    containerLimitBytes: setup.taskManagerSizing.containerLimitBytes,
    totalProcessBytes: taskManagers * processSizeBytes,
  };
  return { ...variant, scenario, layout };
}

/**
 * A variant as the command line writes it: `name: -D key=value -D key=value` (also `-Dkey=value` or a
 * bare `key=value`); values cannot contain spaces. Without `name:` the label is made from the overrides;
 * `name:` alone is the scenario unchanged.
 */
export function parseVariantSpec(text: string): Variant {
  const colon = text.indexOf(':');
  const eq = text.indexOf('=');
  const labelled = colon >= 0 && (eq < 0 || colon < eq) && !text.trimStart().startsWith('-');
  const label = labelled ? text.slice(0, colon).trim() : '';
  const rest = labelled ? text.slice(colon + 1) : text;
  const tokens = rest.trim() === '' ? [] : rest.trim().split(/\s+/);
  const overrides: Override[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as string;
    if (token === '-D') {
      const next = tokens[++i];
      if (next === undefined) throw new VariantError(`'${text}': -D at the end needs key=value`);
      token = next;
    } else if (token.startsWith('-D')) token = token.slice(2);
    overrides.push(parseOverride(token));
  }
  return { label: label === '' ? overridesLabel(overrides) : label, overrides };
}
