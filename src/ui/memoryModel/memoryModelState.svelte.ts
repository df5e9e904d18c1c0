/**
 * The memory-model page's state: what the user chose and typed (the only mutable part), and
 * everything the model derives from it. Components read it and call its methods; the model in
 * `models/` is never changed from here.
 */
import type { ConfigEntry } from '../../../models/config/configuration';
import { DEFAULT_VERSION, parseFlinkVersion, SELECTABLE_VERSIONS } from '../../../models/config/flinkVersion';
import { TM, type OptionDef, type ProcessKind } from '../../../models/config/options';
import type { Deployment } from '../../../models/derivation/legacyHeap';
import { checkContainerFit, deriveMemory, type DeriveResult, type FitReport } from '../../../models/memoryModel';
import { limitFactorOf, type KubernetesInput } from '../../../models/config/kubernetes/manifests';
import { parseLimit, QuantityError } from '../../../models/config/kubernetes/quantity';
import { fieldKeyFor, fieldSource, otherKeys, removeEntry, setEntry, uniqueEntries, visibleOptions, type OtherKey } from './configEntries';
import { jobManagerTree, legacyJobManagerTree, sizesByOption, taskManagerTree, type FigureNode } from './figureLayout';
import { decodeState, encodeState, type SharedState } from './urlState';

const DEFAULT_ORIGIN = "Flink's default flink-conf.yaml";

/** What Flink's distribution ships in its flink-conf.yaml / config.yaml. */
const DEFAULT_ENTRIES: readonly ConfigEntry[] = [
  { key: 'jobmanager.memory.process.size', value: '1600m', origin: DEFAULT_ORIGIN },
  { key: 'taskmanager.memory.process.size', value: '1728m', origin: DEFAULT_ORIGIN },
];

export type Outcome =
  | { readonly kind: 'derived'; readonly result: DeriveResult }
  /** The model threw something that is not a Flink error: a bug, shown rather than crashing the page. */
  | { readonly kind: 'internal'; readonly message: string };

export type FitView =
  | { readonly kind: 'no-limit' }
  | { readonly kind: 'invalid-input'; readonly field: 'limit' | 'slots'; readonly message: string }
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'report'; readonly report: FitReport; readonly limit: bigint };

export interface LoadedFile {
  readonly fileName: string;
  readonly count: number;
  readonly warnings: readonly string[];
  /** The configuration before the file replaced it, for undo. */
  readonly previous: readonly ConfigEntry[];
  /** A FlinkDeployment, Helm values, ConfigMap or manifest stream: what was taken from where, pod limits. */
  readonly kubernetes?: KubernetesInput;
  /** The version and limit before a Kubernetes input set them, for undo. */
  readonly previousVersion?: string;
  readonly previousLimit?: string;
  readonly previousDeployment?: Deployment;
}

export class MemoryModelState {
  process = $state<ProcessKind>('taskmanager');
  flinkVersion = $state<string>(DEFAULT_VERSION);
  deployment = $state<Deployment>('standalone');
  entries = $state.raw<readonly ConfigEntry[]>(DEFAULT_ENTRIES);
  limit = $state('');
  slots = $state('');
  /** Why the link could not be read; the page then shows the defaults. */
  linkProblem = $state<string | undefined>(undefined);
  lastLoad = $state.raw<LoadedFile | undefined>(undefined);

  readonly version = $derived(parseFlinkVersion(this.flinkVersion));
  readonly fields: readonly OptionDef[] = $derived(visibleOptions(this.process, this.version, this.entries));
  readonly others: readonly OtherKey[] = $derived(otherKeys(this.process, this.fields, this.entries));
  readonly outcome: Outcome = $derived.by(() => this.derive());
  readonly fit: FitView = $derived.by(() => this.checkFit());
  /** The successful result, if the configuration derives. */
  readonly derived = $derived(this.outcome.kind === 'derived' && this.outcome.result.ok ? this.outcome.result : undefined);
  /** The memory-model figure's tree; undefined when the derivation failed or nothing is known (1.10 JobManager without heap). */
  readonly tree: FigureNode | undefined = $derived.by(() => this.figureTree());
  readonly sizes: ReadonlyMap<string, bigint> = $derived(this.tree ? sizesByOption(this.tree) : new Map());
  /** Field and other-key keys named by the current error. */
  readonly invalidKeys: ReadonlySet<string> = $derived.by(() => this.errorKeys());
  /** The one row that shows the error text inline: the first named key the user set, else the first named row. */
  readonly errorAnchor: string | undefined = $derived.by(() => this.anchor());

  private derive(): Outcome {
    try {
      return { kind: 'derived', result: deriveMemory(this.request()) };
    } catch (e) {
      return { kind: 'internal', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  }

  request() {
    return { process: this.process, flinkVersion: this.flinkVersion, deployment: this.deployment, entries: this.entries };
  }

  private figureTree(): FigureNode | undefined {
    const r = this.derived;
    if (!r) return undefined;
    if (r.process === 'taskmanager') return taskManagerTree(r.taskManager.memory);
    const jm = r.jobManager;
    if ('memory' in jm) return jobManagerTree(jm.memory);
    return jm.jvmHeap === undefined ? undefined : legacyJobManagerTree(jm.jvmHeap);
  }

  private checkFit(): FitView {
    if (this.limit.trim() === '') return { kind: 'no-limit' };
    const current = this.outcome.kind === 'derived' ? this.outcome.result : undefined;
    if (current?.ok && current.process === 'jobmanager' && current.jobManager.mode === 'legacy-heap') {
      return {
        kind: 'unavailable',
        reason: `Flink ${this.flinkVersion}'s JobManager has no process memory model: only its heap is known, so there is no process size to fit.`,
      };
    }
    let limit: bigint;
    try {
      limit = parseLimit(this.limit, 'Limit').bytes;
    } catch (e) {
      if (e instanceof QuantityError) return { kind: 'invalid-input', field: 'limit', message: e.message };
      throw e;
    }
    const slotsText = this.slots.trim();
    if (slotsText !== '' && !/^\d{1,6}$/.test(slotsText)) {
      return { kind: 'invalid-input', field: 'slots', message: `Slots must be a whole number, not '${this.slots}'.` };
    }
    const slots = this.process === 'taskmanager' && slotsText !== '' ? Number(slotsText) : undefined;
    // kubernetes.{taskmanager,jobmanager}.memory.limit-factor of the configuration: pod limit = process size × factor.
    const limitFactor = limitFactorOf(this.entries, this.process)?.factor ?? 1;
    try {
      return {
        kind: 'report',
        limit,
        report: checkContainerFit(this.request(), slots === undefined ? { limit, limitFactor } : { limit, slots, limitFactor }),
      };
    } catch (e) {
      return { kind: 'unavailable', reason: e instanceof Error ? e.message : String(e) };
    }
  }

  private errorKeys(): Set<string> {
    const result = this.outcome.kind === 'derived' ? this.outcome.result : undefined;
    const out = new Set<string>();
    if (!result || result.ok) return out;
    for (const key of result.error.keys) {
      const field = fieldKeyFor(key, this.fields);
      if (field !== undefined) out.add(field);
      if (this.others.some((o) => o.entry.key === key)) out.add(key);
    }
    return out;
  }

  private anchor(): string | undefined {
    const result = this.outcome.kind === 'derived' ? this.outcome.result : undefined;
    if (!result || result.ok) return undefined;
    const rows = result.error.keys.map((k) => fieldKeyFor(k, this.fields) ?? k).filter((k) => this.invalidKeys.has(k));
    const isSet = (row: string) => this.entries.some((e) => e.key === row || fieldKeyFor(e.key, this.fields) === row);
    // The first named row the user set; else the first named field in the editor's order.
    return rows.find(isSet) ?? this.fields.map((d) => d.key).find((k) => this.invalidKeys.has(k)) ?? rows[0];
  }

  // ---- editing -------------------------------------------------------------------------------

  /** A field's text: empty means "back to the default". */
  setField(key: string, value: string): void {
    this.entries = value === '' ? removeEntry(this.entries, key) : setEntry(this.entries, key, value, 'editor');
  }

  /** A row of "other keys": kept even when emptied, so a key the user typed is never lost. */
  setOther(key: string, value: string): void {
    this.entries = setEntry(this.entries, key, value, this.entries.find((e) => e.key === key)?.origin ?? 'editor');
  }

  addKey(key: string, value: string): void {
    this.entries = setEntry(this.entries, key.trim(), value, 'editor');
  }

  removeKey(key: string): void {
    this.entries = removeEntry(this.entries, key);
  }

  sourceOf(def: OptionDef) {
    return fieldSource(def, this.entries);
  }

  /** Sets `*.memory.process.size` to the size suggested for the container limit, as the model's suggestion does (flink.size removed). */
  applySuggestedProcessSize(sizeText: string): void {
    const processKey = this.process === 'taskmanager' ? TM.processSize.key : 'jobmanager.memory.process.size';
    const flinkKey = this.process === 'taskmanager' ? TM.flinkSize.key : 'jobmanager.memory.flink.size';
    this.entries = setEntry(removeEntry(this.entries, flinkKey), processKey, sizeText, 'container limit');
  }

  replaceEntries(entries: readonly ConfigEntry[], fileName: string, warnings: readonly string[], kubernetes?: KubernetesInput): void {
    const unique = uniqueEntries(entries);
    const undo = {
      previous: this.entries,
      previousVersion: this.flinkVersion,
      previousLimit: this.limit,
      previousDeployment: this.deployment,
    };
    this.lastLoad = { fileName, count: unique.length, warnings, ...undo, ...(kubernetes ? { kubernetes } : {}) };
    this.entries = unique;
    if (!kubernetes) return;
    this.deployment = 'kubernetes';
    // A FlinkDeployment names its Flink version and (through the operator) both processes' pod limits.
    if (kubernetes.flinkVersion !== undefined && (SELECTABLE_VERSIONS as readonly string[]).includes(kubernetes.flinkVersion))
      this.flinkVersion = kubernetes.flinkVersion;
    const pod = this.process === 'taskmanager' ? kubernetes.taskManager : kubernetes.jobManager;
    if (pod.containerLimit) this.limit = limitText(pod.containerLimit.bytes);
  }

  undoLoad(): void {
    if (!this.lastLoad) return;
    this.entries = this.lastLoad.previous;
    if (this.lastLoad.kubernetes) {
      this.flinkVersion = this.lastLoad.previousVersion ?? this.flinkVersion;
      this.limit = this.lastLoad.previousLimit ?? this.limit;
      this.deployment = this.lastLoad.previousDeployment ?? this.deployment;
    }
    this.lastLoad = undefined;
  }

  reset(): void {
    this.apply(undefined);
    this.linkProblem = undefined;
    this.lastLoad = undefined;
  }

  // ---- the link ------------------------------------------------------------------------------

  shared(): SharedState {
    return {
      process: this.process,
      flinkVersion: this.flinkVersion,
      deployment: this.deployment,
      entries: this.entries.map(({ key, value }) => ({ key, value })),
      limit: this.limit,
      slots: this.slots,
    };
  }

  fragment(): string {
    return encodeState(this.shared());
  }

  /** Restores a link's state, all or nothing: a fragment that cannot be read leaves the defaults and says why. */
  loadFragment(fragment: string): void {
    const decoded = decodeState(fragment);
    this.apply(decoded.kind === 'ok' ? decoded.state : undefined);
    this.linkProblem = decoded.kind === 'invalid' ? decoded.reason : undefined;
    this.lastLoad = undefined;
  }

  private apply(state: SharedState | undefined): void {
    this.process = state?.process ?? 'taskmanager';
    this.flinkVersion = state?.flinkVersion ?? DEFAULT_VERSION;
    this.deployment = state?.deployment ?? 'standalone';
    this.entries = state ? state.entries.map((e) => ({ ...e, origin: 'shared link' })) : DEFAULT_ENTRIES;
    this.limit = state?.limit ?? '';
    this.slots = state?.slots ?? '';
  }
}

/** A pod limit as the limit field shows it: whole MiB as a Kubernetes quantity ("2048Mi"), else bytes. */
function limitText(bytes: bigint): string {
  const mib = 1n << 20n;
  return bytes % mib === 0n ? `${bytes / mib}Mi` : String(bytes);
}
