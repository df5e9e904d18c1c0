/**
 * Reading the Kubernetes inputs users hold instead of a flink-conf.yaml: a `FlinkDeployment` of the
 * Flink Kubernetes Operator, Helm values of a chart built on it, a ConfigMap holding
 * `data."flink-conf.yaml"` / `data."config.yaml"`, standalone Kubernetes Deployments/StatefulSets of
 * Flink (docs: deployment/resource-providers/standalone/kubernetes), and `---` streams of these. The
 * result is the Flink configuration with where each value came from (file:line and YAML path), the
 * pod limits and replicas of the TaskManager and JobManager, the Flink version, and what was ignored.
 * `undefined` means "not a Kubernetes input": the caller reads the text as a Flink configuration file.
 */
import type { Node } from 'yaml';
import { parseGuardedYaml, YamlInputError } from '../../yaml/guardedYaml';
import type { ConfigEntry } from '../configuration';
import { ConfigFileError, parseConfigFile, type ParsedConfigFile } from '../configFiles';
import { MemorySizeParseError, MiB, parseMemorySize } from '../../units/memorySize';
import { readSpec, type ProcessPod } from './flinkDeployment';
import { parseQuantity, QuantityError } from './quantity';
import { at, child, type DocContext, items, lineOf, pairs, pathText, text } from './yamlNodes';

export type KubernetesInputKind = 'FlinkDeployment' | 'Helm values' | 'ConfigMap' | 'Kubernetes manifests';

export interface PodLimit {
  readonly bytes: bigint;
  /** Where the limit comes from: a manifest line, or "process size × limit-factor". */
  readonly origin: string;
}

export interface ProcessResources {
  readonly containerLimit?: PodLimit;
  readonly replicas?: number;
}

export interface KubernetesInput {
  readonly kind: KubernetesInputKind;
  readonly entries: ConfigEntry[];
  /** The config reader's warnings for an embedded flink-conf.yaml / config.yaml. */
  readonly warnings: string[];
  readonly notes: string[];
  /** "FlinkDeployment basic-example (document 1): spec.flinkConfiguration, spec.taskManager, spec.jobManager". */
  readonly taken: string[];
  /** "Service flink-rest (document 3)". */
  readonly ignored: string[];
  readonly flinkVersion?: string;
  readonly taskManager: ProcessResources;
  readonly jobManager: ProcessResources;
}

interface Parsed {
  readonly root: Node;
  readonly ctx: DocContext;
  readonly index: number;
}

/** The paths where Helm values hold a FlinkDeployment-shaped block (say so in the README). */
export const HELM_LAYOUTS = ['<root>', '<key>', '<key>.spec', '<key>.<key>', '<key>.<key>.spec'] as const;

export function readKubernetesInput(source: string, fileName: string): KubernetesInput | undefined {
  const docs = splitDocuments(source)
    .map((d, i) => parseOne(d.text, d.lineOffset, i + 1, fileName))
    .filter((d): d is Parsed => d !== undefined);
  const kinds = docs.map((d) => text(child(d.root, 'kind')));
  if (kinds.every((k) => k === undefined)) {
    const helm = docs.length === 1 && docs[0] ? helmBase(docs[0].root) : undefined;
    return helm && docs[0] ? fromHelm(docs[0], helm) : undefined;
  }
  const acc = newAccumulator('Kubernetes manifests');
  for (const doc of docs) readDocument(doc, acc);
  return finish(acc);
}

interface Accumulator {
  kind: KubernetesInputKind;
  entries: ConfigEntry[];
  warnings: string[];
  notes: string[];
  taken: string[];
  ignored: string[];
  flinkVersion?: string;
  tm: { containerLimit?: PodLimit; replicas?: number; template?: ProcessPod['templateLimit'] };
  jm: { containerLimit?: PodLimit; replicas?: number; template?: ProcessPod['templateLimit'] };
  deployments: number;
}

function newAccumulator(kind: KubernetesInputKind): Accumulator {
  return { kind, entries: [], warnings: [], notes: [], taken: [], ignored: [], tm: {}, jm: {}, deployments: 0 };
}

/** Documents of a `---` stream with the lines before each; a lone document is one piece. */
function splitDocuments(source: string): Array<{ text: string; lineOffset: number }> {
  const lines = source.split('\n');
  const out: Array<{ text: string; lineOffset: number }> = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !/^(---|\.\.\.)(\s|$)/.test(lines[i] as string)) continue;
    const chunk = lines.slice(start, i).join('\n');
    if (chunk.replace(/#.*$/gm, '').trim() !== '') out.push({ text: chunk, lineOffset: start });
    start = i + 1;
  }
  return out;
}

function parseOne(chunk: string, lineOffset: number, index: number, fileName: string): Parsed | undefined {
  try {
    const { doc, lineCounter } = parseGuardedYaml(chunk, { schema: 'failsafe', uniqueKeys: false, directives: true });
    if (!doc.contents) return undefined;
    return { root: doc.contents as Node, ctx: { doc, lineCounter, lineOffset, fileName }, index };
  } catch (e) {
    if (e instanceof YamlInputError) return undefined;
    throw e;
  }
}

function readDocument(doc: Parsed, acc: Accumulator): void {
  const kind = text(child(doc.root, 'kind')) ?? '(no kind)';
  const name = text(at(doc.root, ['metadata', 'name'])) ?? '(unnamed)';
  const label = `${kind} ${name} (document ${doc.index}, line ${lineOf(doc.ctx, doc.root)})`;
  const apiVersion = text(child(doc.root, 'apiVersion')) ?? '';
  if (kind === 'FlinkDeployment' && apiVersion.startsWith('flink.apache.org/')) {
    if (acc.deployments++ > 0) {
      acc.ignored.push(`${label}: only the first FlinkDeployment is read`);
      return;
    }
    acc.kind = 'FlinkDeployment';
    takeSpec(doc, ['spec'], acc);
    acc.taken.push(`${label}: spec.flinkConfiguration, spec.taskManager, spec.jobManager${acc.flinkVersion ? ', spec.flinkVersion' : ''}`);
  } else if (kind === 'ConfigMap' && readConfigMap(doc, label, acc)) {
    if (acc.kind !== 'FlinkDeployment') acc.kind = 'ConfigMap';
  } else if ((kind === 'Deployment' || kind === 'StatefulSet') && readStandalone(doc, name, label, acc)) {
    acc.kind = acc.kind === 'ConfigMap' || acc.kind === 'Kubernetes manifests' ? 'Kubernetes manifests' : acc.kind;
  } else {
    acc.ignored.push(kind === 'FlinkSessionJob' ? `${label}: a job, it sets no memory` : label);
  }
}

function takeSpec(doc: Parsed, base: readonly string[], acc: Accumulator): void {
  const spec = readSpec(doc.root, base, doc.ctx);
  acc.entries.push(...spec.entries);
  acc.notes.push(...spec.notes);
  if (spec.flinkVersion) acc.flinkVersion = spec.flinkVersion;
  if (spec.taskManager.replicas !== undefined) acc.tm.replicas = spec.taskManager.replicas;
  if (spec.jobManager.replicas !== undefined) acc.jm.replicas = spec.jobManager.replicas;
  if (spec.taskManager.templateLimit) acc.tm.template = spec.taskManager.templateLimit;
  if (spec.jobManager.templateLimit) acc.jm.template = spec.jobManager.templateLimit;
}

/** `data."config.yaml"` or `data."flink-conf.yaml"`, handed to the config reader; its lines moved to the manifest's. */
function readConfigMap(doc: Parsed, label: string, acc: Accumulator): boolean {
  const found = ['config.yaml', 'flink-conf.yaml']
    .map((file) => ({ file, node: at(doc.root, ['data', file]) }))
    .filter((f) => text(f.node) !== undefined);
  if (found.length === 0) return false;
  for (const { file, node } of found) {
    const yamlPath = pathText(['data', file]);
    // A block scalar's text starts on the line after its key (`flink-conf.yaml: |`).
    const firstLine = lineOf(doc.ctx, node) + (isBlockScalar(node) ? 1 : 0);
    const moved = (origin: string) =>
      origin.replace(/^.*:(\d+)$/, (_, n: string) => `${doc.ctx.fileName}:${firstLine + Number(n) - 1} ${yamlPath}`);
    const parsed = embeddedConfig(text(node) as string, file, (n) => `${doc.ctx.fileName}:${firstLine + n - 1} ${yamlPath}`);
    acc.entries.push(...parsed.entries.map((e) => ({ ...e, origin: moved(e.origin) })));
    acc.warnings.push(
      ...parsed.warnings.map((w) =>
        w.replace(/^[^:\s]+:(\d+):/, (_, n: string) => `${doc.ctx.fileName}:${firstLine + Number(n) - 1} ${yamlPath}:`),
      ),
    );
  }
  if (found.length > 1)
    acc.notes.push(
      `${label} holds both config.yaml and flink-conf.yaml: Flink 2.x reads only config.yaml, 1.19–1.20 prefer config.yaml; both are listed here, config.yaml first.`,
    );
  acc.taken.push(`${label}: ${found.map((f) => pathText(['data', f.file])).join(', ')}`);
  return true;
}

/** The config reader on an embedded file; its refusal names the manifest's line. */
function embeddedConfig(source: string, file: string, where: (line: number) => string): ParsedConfigFile {
  try {
    return parseConfigFile(source, file);
  } catch (e) {
    if (!(e instanceof ConfigFileError)) throw e;
    const outer = Number(/^\S+:(\d+) /.exec(where(e.line))?.[1] ?? e.line);
    throw new ConfigFileError(`${where(e.line)}: ${e.message.replace(/^[^:\s]+:\d+: /, '')}`, outer);
  }
}

function isBlockScalar(node: Node | undefined): boolean {
  const type = (node as { type?: string } | undefined)?.type;
  return type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED';
}

/**
 * Flink's standalone Kubernetes setup (docs/deployment/resource-providers/standalone/kubernetes.md):
 * Deployments or StatefulSets named for the JobManager or TaskManager, their container limits typed by hand.
 */
function readStandalone(doc: Parsed, name: string, label: string, acc: Accumulator): boolean {
  const containers = items(at(doc.root, ['spec', 'template', 'spec', 'containers']));
  const role = (s: string) => (/taskmanager|task-manager/i.test(s) ? 'tm' : /jobmanager|job-manager/i.test(s) ? 'jm' : undefined);
  const index = containers.findIndex((c) => role(text(child(c, 'name')) ?? '') !== undefined);
  const process = role(name) ?? role(text(child(containers[index], 'name')) ?? '');
  if (process === undefined) return false;
  const i = Math.max(index, 0);
  const limitPath = ['spec', 'template', 'spec', 'containers', `[${i}]`, 'resources', 'limits', 'memory'];
  const limit = at(doc.root, limitPath);
  const target = process === 'tm' ? acc.tm : acc.jm;
  if (text(limit) !== undefined) {
    try {
      const bytes = parseQuantity(text(limit) as string, pathText(limitPath)).bytes;
      target.containerLimit = { bytes, origin: `${doc.ctx.fileName}:${lineOf(doc.ctx, limit)} ${pathText(limitPath)}` };
    } catch (e) {
      if (!(e instanceof QuantityError)) throw e;
      acc.notes.push(`${doc.ctx.fileName}:${lineOf(doc.ctx, limit)}: ${e.message}`);
    }
  }
  const replicas = text(at(doc.root, ['spec', 'replicas']));
  if (replicas !== undefined && /^\d+$/.test(replicas)) target.replicas = Number(replicas);
  acc.taken.push(`${label}: the ${process === 'tm' ? 'TaskManager' : 'JobManager'}'s container limit and replicas`);
  return true;
}

/** Where a Helm values file holds a FlinkDeployment-shaped block (HELM_LAYOUTS), the shallowest first. */
function helmBase(root: Node): string[] | undefined {
  const shaped = (n: Node | undefined) =>
    child(n, 'flinkConfiguration') !== undefined ||
    at(n, ['taskManager', 'resource']) !== undefined ||
    at(n, ['jobManager', 'resource']) !== undefined;
  if (shaped(root)) return [];
  for (const pair of pairs(root)) {
    const key = text(pair.key as Node);
    if (key === undefined) continue;
    if (shaped(pair.value as Node)) return [key];
    if (shaped(at(pair.value as Node, ['spec']))) return [key, 'spec'];
    for (const inner of pairs(pair.value as Node)) {
      const innerKey = text(inner.key as Node);
      if (innerKey === undefined) continue;
      if (shaped(inner.value as Node)) return [key, innerKey];
      if (shaped(at(inner.value as Node, ['spec']))) return [key, innerKey, 'spec'];
    }
  }
  return undefined;
}

function fromHelm(doc: Parsed, base: string[]): KubernetesInput {
  const acc = newAccumulator('Helm values');
  takeSpec(doc, base, acc);
  const where = base.length === 0 ? 'the top level' : pathText(base);
  acc.taken.push(`Helm values at ${where}: flinkConfiguration, taskManager, jobManager, read as the operator reads a FlinkDeployment spec`);
  return finish(acc);
}

/**
 * The pod limits: a standalone Deployment's container limit as written; under the operator, Flink's
 * native integration sets limit = process size (whole MiB) × kubernetes.*.memory.limit-factor
 * (flink-kubernetes/src/main/java/org/apache/flink/kubernetes/utils/KubernetesUtils.java#getResourceRequirements:
 * `new Quantity(((int) (mem * memoryLimitFactor)) + "Mi")`, mem the process size in whole MiB).
 */
function finish(acc: Accumulator): KubernetesInput {
  const process = (p: 'taskmanager' | 'jobmanager', own: Accumulator['tm']): ProcessResources => {
    const fromConfig = acc.deployments > 0 || acc.kind === 'Helm values' ? operatorLimit(acc.entries, p) : undefined;
    const containerLimit = own.containerLimit ?? fromConfig;
    if (own.template && containerLimit === undefined)
      acc.notes.push(`The pod template's limit at ${own.template.origin} is overwritten by Flink.`);
    return { ...(containerLimit ? { containerLimit } : {}), ...(own.replicas !== undefined ? { replicas: own.replicas } : {}) };
  };
  const taskManager = process('taskmanager', acc.tm);
  const jobManager = process('jobmanager', acc.jm);
  return {
    kind: acc.kind,
    entries: acc.entries,
    warnings: acc.warnings,
    notes: [...new Set(acc.notes)],
    taken: acc.taken,
    ignored: acc.ignored,
    ...(acc.flinkVersion ? { flinkVersion: acc.flinkVersion } : {}),
    taskManager,
    jobManager,
  };
}

/** The last value of a key (later wins, as in FlinkConfiguration). */
function lastValue(entries: readonly ConfigEntry[], key: string): ConfigEntry | undefined {
  return [...entries].reverse().find((e) => e.key === key);
}

/** `kubernetes.{process}.memory.limit-factor` from the entries, 1.0 when unset; undefined when it is not a number >= 1. */
export function limitFactorOf(
  entries: readonly ConfigEntry[],
  process: 'taskmanager' | 'jobmanager',
): { factor: number; origin?: string } | undefined {
  const entry = lastValue(entries, `kubernetes.${process}.memory.limit-factor`);
  if (!entry) return { factor: 1 };
  const factor = Number(entry.value.trim());
  return Number.isFinite(factor) && factor >= 1 ? { factor, origin: entry.origin } : undefined;
}

function operatorLimit(entries: readonly ConfigEntry[], process: 'taskmanager' | 'jobmanager'): PodLimit | undefined {
  const size = lastValue(entries, `${process}.memory.process.size`);
  const factor = limitFactorOf(entries, process)?.factor;
  if (!size || factor === undefined) return undefined;
  let bytes: bigint;
  try {
    bytes = parseMemorySize(size.value);
  } catch (e) {
    if (e instanceof MemorySizeParseError) return undefined;
    throw e;
  }
  const mib = Number(bytes / MiB);
  const limit = BigInt(Math.trunc(mib * factor)) * MiB;
  const factorText = factor === 1 ? '' : ` × limit-factor ${factor}`;
  return { bytes: limit, origin: `process size ${mib} MiB${factorText} (${size.origin})` };
}
