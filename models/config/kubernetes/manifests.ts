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
import { atLeast, DEFAULT_VERSION, formatFlinkVersion, parseFlinkVersion, UnsupportedVersionError } from '../flinkVersion';
import { readSpec, type ProcessPod } from './flinkDeployment';
import { DEFAULT_OPERATOR_VERSION, type OperatorVersion } from './operatorVersions';
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
  /** The operator release whose mapping was applied (FlinkDeployment and Helm values). */
  readonly operatorVersion: OperatorVersion;
  /** What the operator's validator or the API server (CRD schema) would refuse, each with file:line. */
  readonly refused: string[];
  readonly taskManager: ProcessResources;
  readonly jobManager: ProcessResources;
}

export interface KubernetesReadOptions {
  /** The operator release whose FlinkConfigBuilder to follow; default the newest (operatorVersions.ts). */
  readonly operatorVersion?: OperatorVersion;
  /**
   * The Flink release whose reader reads a ConfigMap's embedded flink-conf.yaml / config.yaml; default the
   * version the input names (a FlinkDeployment's spec.flinkVersion, a `flink:X.Y` image), else DEFAULT_VERSION.
   */
  readonly flinkVersion?: string;
}

interface Parsed {
  readonly root: Node;
  readonly ctx: DocContext;
  readonly index: number;
}

/** The paths where Helm values hold a FlinkDeployment-shaped block (say so in the README). */
export const HELM_LAYOUTS = ['<root>', '<key>', '<key>.spec', '<key>.<key>', '<key>.<key>.spec'] as const;

export function readKubernetesInput(source: string, fileName: string, options: KubernetesReadOptions = {}): KubernetesInput | undefined {
  const pieces = splitDocuments(source).map((d, i) => ({ ...d, parsed: parseOne(d.text, d.lineOffset, i + 1, fileName) }));
  const docs = pieces.map((p) => p.parsed).filter((d): d is Parsed => d !== undefined);
  const kinds = docs.map((d) => text(child(d.root, 'kind')));
  const operatorVersion = options.operatorVersion ?? DEFAULT_OPERATOR_VERSION;
  if (kinds.every((k) => k === undefined)) {
    if (docs.length !== 1 || !docs[0]) return undefined;
    const acc = newAccumulator('Helm values', operatorVersion, fileVersion(docs, options));
    return readHelm(docs[0], acc, fileName);
  }
  const acc = newAccumulator('Kubernetes manifests', operatorVersion, fileVersion(docs, options));
  // A document YAML refuses does not stop the others; it is named with its line.
  pieces.forEach((p, i) => {
    if (!p.parsed) acc.ignored.push(`document ${i + 1} (line ${p.lineOffset + 1}): not valid YAML, skipped`);
  });
  for (const doc of docs) readDocument(doc, acc);
  return finish(acc);
}

/**
 * The Flink release whose reader reads embedded config files: the one given, else one the input names
 * (a FlinkDeployment's spec.flinkVersion, else a container image `flink:X.Y…` of Flink's docker images),
 * else the default; with where it came from.
 */
function fileVersion(docs: readonly Parsed[], options: KubernetesReadOptions): { version: string; from: string } {
  if (options.flinkVersion !== undefined) return { version: options.flinkVersion, from: 'the chosen Flink version' };
  const named: Array<{ version: string; from: string }> = [];
  for (const doc of docs) {
    const spec = at(doc.root, ['spec', 'flinkVersion']) ?? findFlinkVersion(doc.root);
    const [, major, minor] = /^v?(\d+)[_.](\d+)$/.exec(text(spec)?.trim() ?? '') ?? [];
    if (major && minor) named.push({ version: `${major}.${minor}`, from: `${doc.ctx.fileName}:${lineOf(doc.ctx, spec)} flinkVersion` });
    for (const c of items(at(doc.root, ['spec', 'template', 'spec', 'containers']))) {
      const image = child(c, 'image');
      const m = /(?:^|\/)flink:(\d+)\.(\d+)/.exec(text(image) ?? '');
      if (m) named.push({ version: `${m[1]}.${m[2]}`, from: `${doc.ctx.fileName}:${lineOf(doc.ctx, image)} image ${text(image)}` });
    }
  }
  for (const n of named) {
    try {
      parseFlinkVersion(n.version);
      return n;
    } catch (e) {
      if (!(e instanceof UnsupportedVersionError)) throw e;
    }
  }
  return { version: DEFAULT_VERSION, from: `the default Flink ${DEFAULT_VERSION}` };
}

/** `flinkVersion` at the Helm layouts (a values file names it next to flinkConfiguration). */
function findFlinkVersion(root: Node): Node | undefined {
  const base = helmBase(root);
  return base ? at(root, [...base, 'flinkVersion']) : undefined;
}

interface Accumulator {
  kind: KubernetesInputKind;
  entries: ConfigEntry[];
  warnings: string[];
  notes: string[];
  taken: string[];
  ignored: string[];
  flinkVersion?: string;
  operatorVersion: OperatorVersion;
  /** The release whose reader reads embedded files, and where that came from. */
  files: { version: string; from: string };
  refused: string[];
  tm: { containerLimit?: PodLimit; replicas?: number; template?: ProcessPod['templateLimit'] };
  jm: { containerLimit?: PodLimit; replicas?: number; template?: ProcessPod['templateLimit'] };
  deployments: number;
}

function newAccumulator(kind: KubernetesInputKind, operatorVersion: OperatorVersion, files: Accumulator['files']): Accumulator {
  return {
    kind,
    entries: [],
    warnings: [],
    notes: [],
    taken: [],
    ignored: [],
    refused: [],
    operatorVersion,
    files,
    tm: {},
    jm: {},
    deployments: 0,
  };
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
  const spec = readSpec(doc.root, base, doc.ctx, acc.operatorVersion);
  acc.entries.push(...spec.entries);
  acc.notes.push(...spec.notes);
  acc.refused.push(...spec.refused);
  if (spec.flinkVersion) acc.flinkVersion = spec.flinkVersion;
  if (spec.taskManager.replicas !== undefined) acc.tm.replicas = spec.taskManager.replicas;
  if (spec.jobManager.replicas !== undefined) acc.jm.replicas = spec.jobManager.replicas;
  if (spec.taskManager.templateLimit) acc.tm.template = spec.taskManager.templateLimit;
  if (spec.jobManager.templateLimit) acc.jm.template = spec.jobManager.templateLimit;
}

/**
 * `data."config.yaml"` / `data."flink-conf.yaml"`, read as the chosen Flink release reads that file
 * (flinkConfigReading.ts), its lines moved to the manifest's. With both keys, the release reads one:
 * up to 1.20 flink-conf.yaml (1.19–1.20 take it when present: GlobalConfiguration.java at release-1.20.0),
 * from 2.0 only config.yaml (GlobalConfiguration.java at release-2.0.0); the other is listed as ignored.
 */
function readConfigMap(doc: Parsed, label: string, acc: Accumulator, path: readonly string[] = ['data']): boolean {
  let found = (['config.yaml', 'flink-conf.yaml'] as const)
    .map((file) => ({ file, node: at(doc.root, [...path, file]) }))
    .filter((f) => text(f.node) !== undefined);
  if (found.length === 0) return false;
  const version = parseFlinkVersion(acc.files.version);
  const v = formatFlinkVersion(version);
  if (found.length > 1) {
    const reads = atLeast(version, 2, 0) ? 'config.yaml' : 'flink-conf.yaml';
    for (const other of found.filter((f) => f.file !== reads))
      acc.ignored.push(
        `${label}: ${pathText([...path, other.file])} (${doc.ctx.fileName}:${lineOf(doc.ctx, other.node)}): Flink ${v} reads ${reads} when both are present`,
      );
    found = found.filter((f) => f.file === reads);
  }
  for (const { file, node } of found) {
    const yamlPath = pathText([...path, file]);
    const keyLine = lineOf(doc.ctx, node);
    // A block scalar's text starts on the line after its key (`flink-conf.yaml: |`); a quoted one is all on the key's line.
    const block = isBlockScalar(node);
    const at = (n: number) => `${doc.ctx.fileName}:${block ? keyLine + n : keyLine} ${yamlPath}`;
    const move = (t: string) =>
      t
        .replace(new RegExp(`(?<![\\w.-])${file.replace('.', '\\.')}:(\\d+)`, 'g'), (_, n: string) => at(Number(n)))
        .replace(new RegExp(`^${file.replace('.', '\\.')}:`), `${doc.ctx.fileName}:${keyLine} ${yamlPath}:`);
    const parsed = embeddedConfig(text(node) as string, file, version, at);
    acc.entries.push(...parsed.entries.map((e) => ({ ...e, origin: move(e.origin ?? '') })));
    acc.warnings.push(...parsed.warnings.map(move));
  }
  acc.taken.push(`${label}: ${found.map((f) => pathText([...path, f.file])).join(', ')}, read as Flink ${v} reads it (${acc.files.from})`);
  return true;
}

/** The config reader of `version` on an embedded file; its refusal names the manifest's line. */
function embeddedConfig(
  source: string,
  file: string,
  version: ReturnType<typeof parseFlinkVersion>,
  where: (line: number) => string,
): ParsedConfigFile {
  try {
    return parseConfigFile(source, file, { flinkVersion: formatFlinkVersion(version) });
  } catch (e) {
    if (!(e instanceof ConfigFileError)) throw e;
    const outer = Number(/^\S+:(\d+) /.exec(where(e.line))?.[1] ?? e.line);
    throw new ConfigFileError(`${where(e.line)}: ${e.message.replace(/^[^:\s]+:\d+: /, '')}`, outer, e.flinkChain);
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

/**
 * Helm values: a FlinkDeployment-shaped block at one of HELM_LAYOUTS (charts that render a FlinkDeployment
 * from their values), else the operator's own chart (`defaultConfiguration."flink-conf.yaml"` /
 * `."config.yaml"`: the defaults of every deployment it manages). A file named values*.yaml or holding Helm's
 * usual keys that matches neither is said to be not understood; anything else is not a Kubernetes input.
 */
function readHelm(doc: Parsed, acc: Accumulator, fileName: string): KubernetesInput | undefined {
  const base = helmBase(doc.root);
  if (base) {
    takeSpec(doc, base, acc);
    const where = base.length === 0 ? 'the top level' : pathText(base);
    acc.taken.push(
      `Helm values at ${where} (document 1, line ${lineOf(doc.ctx, at(doc.root, base) ?? doc.root)}): flinkConfiguration, taskManager, jobManager, read as operator ${acc.operatorVersion} reads a FlinkDeployment spec`,
    );
    return finish(acc);
  }
  if (readConfigMap(doc, "Helm values of the operator's own chart", acc, ['defaultConfiguration'])) {
    acc.notes.push(
      "defaultConfiguration is the operator's default Flink configuration: every FlinkDeployment it manages starts from it, and its own flinkConfiguration and resource win.",
    );
    return finish(acc);
  }
  const helmish =
    /(^|[\\/._-])values[^\\/]*\.ya?ml$/i.test(fileName) ||
    ['replicaCount', 'nameOverride', 'fullnameOverride', 'imagePullSecrets'].some((k) => child(doc.root, k) !== undefined);
  if (!helmish) return undefined;
  const bitnami = at(doc.root, ['taskmanager', 'resources']) !== undefined || at(doc.root, ['jobmanager', 'resources']) !== undefined;
  acc.notes.push(
    `${fileName} looks like Helm values, but no layout understood here holds Flink's configuration: a block with flinkConfiguration, taskManager.resource or jobManager.resource at ${HELM_LAYOUTS.join(', ')} (charts that render a FlinkDeployment), or defaultConfiguration."flink-conf.yaml"/"config.yaml" (the operator's own chart).${bitnami ? " Its taskmanager.resources/jobmanager.resources (the bitnami/flink layout) are container resources, not Flink's memory options: render the chart (helm template) and give the manifests." : ' Render the chart (helm template) and give the manifests.'}`,
  );
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
  // A standalone setup names its release only in the image (flink:1.20): taken as the version too.
  const flinkVersion = acc.flinkVersion ?? (acc.files.from.includes(' image ') ? acc.files.version : undefined);
  return {
    kind: acc.kind,
    entries: acc.entries,
    warnings: acc.warnings,
    notes: [...new Set(acc.notes)],
    taken: acc.taken,
    ignored: acc.ignored,
    refused: [...new Set(acc.refused)],
    operatorVersion: acc.operatorVersion,
    ...(flinkVersion ? { flinkVersion } : {}),
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
