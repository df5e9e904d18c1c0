/**
 * The Flink Kubernetes Operator's mapping of a `FlinkDeployment` spec (or a Helm values block shaped
 * like one) to Flink options, as its `FlinkConfigBuilder` does for the chosen operator release
 * (FCB = flink-kubernetes-operator/src/main/java/org/apache/flink/kubernetes/operator/config/FlinkConfigBuilder.java;
 * the per-release rules and their tags are in operatorVersions.ts):
 *
 * - the operator's chart defaults first (operatorDefaults: 1.0–1.1 set both process sizes), then
 * - `applyFlinkConfiguration`: `spec.flinkConfiguration` is copied key by key (`setString`); from 1.13
 *   it may be nested (`asFlatMap()`, dotted keys, lists joined with `;`), up to 1.12 a map of strings.
 * - `setResource`: `jobManager.resource.memory` / `taskManager.resource.memory` *replace*
 *   `jobmanager.memory.process.size` / `taskmanager.memory.process.size` (applied after flinkConfiguration).
 *   From 1.7 the text goes through `parseResourceMemoryString`: Flink's `MemorySize.parse` first
 *   ("2048m", "2g"), else a Kubernetes quantity ("2Gi", upper-cased with a trailing B dropped) in bytes,
 *   written as fabric8's `BigDecimal` (a fraction keeps its decimals: "1.5Gi" → "1610612736.0", which the
 *   validator then refuses). Before 1.7 the text was set unchanged and the validator refused "2Gi".
 * - `configureCpu`: `resource.cpu` → `kubernetes.{jobmanager,taskmanager}.cpu[.amount]` (operatorVersions.cpuKeys).
 * - `taskManager.replicas` → `kubernetes.taskmanager.replicas` (1.2+); `jobManager.replicas`
 *   → `kubernetes.jobmanager.replicas`; DefaultValidator refuses standby JobManagers without HA.
 * - On main only (FLINK-33548, not in a release up to 1.15) `resources: {requests, limits}` stands in for
 *   `resource`: memory from the request (else the limit), limit ÷ request as `kubernetes.*.memory.limit-factor`.
 *
 * The pod's memory limit then comes from Flink's native Kubernetes integration: request = process size,
 * limit = request × `kubernetes.{taskmanager,jobmanager}.memory.limit-factor` truncated to whole MiB (default 1.0;
 * flink-kubernetes `KubernetesUtils#getResourceRequirements`). A pod template's `resources` of the main
 * container are overwritten by Flink for memory and cpu (Flink docs, native Kubernetes, "Fields
 * Overwritten by Flink"), so they are reported, not applied.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { MemorySizeParseError, memorySizeToString, parseMemorySize } from '../../units/memorySize';
import {
  cpuKeys,
  DEFAULT_OPERATOR_VERSION,
  flinkVersionsOf,
  type OperatorVersion,
  operatorAtLeast,
  operatorDefaults,
  operatorTag,
  parsesKubernetesQuantities,
  takesNestedConfiguration,
  takesResourceRequirements,
} from './operatorVersions';
import { parseQuantity, QuantityError } from './quantity';
import { at, child, type DocContext, flattenOptions, items, lineOf, pairs, pathText, text } from './yamlNodes';

interface TakenEntry {
  readonly key: string;
  readonly value: string;
  /** "deploy.yaml:12 spec.taskManager.resource.memory" */
  readonly origin: string;
}

export interface ProcessPod {
  /** The pod template's main-container memory limit, if one is written (Flink overwrites it). */
  readonly templateLimit?: { readonly bytes: bigint; readonly origin: string };
  readonly replicas?: number;
}

export interface SpecReading {
  readonly entries: TakenEntry[];
  readonly notes: string[];
  /** What the chosen operator release (its validator) or the API server (its CRD schema) refuses, with file:line. */
  readonly refused: string[];
  readonly flinkVersion?: string;
  readonly taskManager: ProcessPod;
  readonly jobManager: ProcessPod;
}

/** The main container the operator and Flink look for by name (Constants.MAIN_CONTAINER_NAME). */
const MAIN_CONTAINER = 'flink-main-container';

interface Ctx {
  readonly doc: DocContext;
  readonly operator: OperatorVersion;
  readonly out: SpecReading;
  readonly origin: (node: Node | null | undefined, path: readonly string[]) => string;
  readonly flink?: { major: number; minor: number };
}

/** Reads a spec-shaped map at `base` (["spec"] in a FlinkDeployment, a values path in a Helm file), as operator `operator` reads it. */
export function readSpec(
  root: Node,
  base: readonly string[],
  doc: DocContext,
  operator: OperatorVersion = DEFAULT_OPERATOR_VERSION,
): SpecReading {
  const spec = at(root, base);
  const out: SpecReading = { entries: [], notes: [], refused: [], taskManager: {}, jobManager: {} };
  const origin = (node: Node | null | undefined, path: readonly string[]) => `${doc.fileName}:${lineOf(doc, node)} ${pathText(path)}`;
  const versionNode = child(spec, 'flinkVersion');
  const version = /^v?(\d+)[_.](\d+)$/.exec(text(versionNode)?.trim() ?? '');
  const flink = version ? { major: Number(version[1]), minor: Number(version[2]) } : undefined;
  const ctx: Ctx = { doc, operator, out, origin, ...(flink ? { flink } : {}) };
  if (version && !flinkVersionsOf(operator).includes(`v${flink?.major}_${flink?.minor}`))
    out.refused.push(
      `${origin(versionNode, [...base, 'flinkVersion'])}: '${text(versionNode)}' is not in operator ${operator}'s flinkVersion enum (${flinkVersionsOf(operator).join(', ')}; api/spec/FlinkVersion.java at ${operatorTag(operator)}): the API server refuses the resource.`,
    );
  readConfiguration(spec, base, ctx);
  const tm = readProcess(spec, [...base, 'taskManager'], 'taskmanager', ctx);
  const jm = readProcess(spec, [...base, 'jobManager'], 'jobmanager', ctx);
  checkMemoryDefined(spec, base, ctx);
  // A chart default the deployment sets itself is not listed: the deployment's value replaces it.
  const own = new Set(out.entries.filter((e) => !e.origin.startsWith('operator ')).map((e) => e.key));
  out.entries.splice(0, out.entries.length, ...out.entries.filter((e) => !e.origin.startsWith('operator ') || !own.has(e.key)));
  return { ...out, taskManager: tm, jobManager: jm, ...(flink ? { flinkVersion: `${flink.major}.${flink.minor}` } : {}) };
}

/** A plain scalar Kubernetes' YAML reader (go-yaml, YAML 1.1) takes for a number, boolean or null, not a string. */
const NOT_A_STRING =
  /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|true|false|yes|no|on|off|null|~|[-+]?\.inf|\.nan)$/i;

/** The chart's defaults (those the spec does not set), then `spec.flinkConfiguration`, as the operator's release reads it. */
function readConfiguration(spec: Node | undefined, base: readonly string[], ctx: Ctx): void {
  const { out, operator, doc } = ctx;
  const flat: Array<{ key: string; value: string; line: number; path: readonly string[] }> = [];
  const confPath = [...base, 'flinkConfiguration'];
  const confNode = child(spec, 'flinkConfiguration');
  flattenOptions(confNode, confPath, '', flat, doc);
  const tag = operatorTag(operator);
  for (const d of operatorDefaults(operator))
    out.entries.push({
      key: d.key,
      value: d.value,
      origin: `operator ${operator} default (helm/flink-kubernetes-operator/conf/flink-conf.yaml at ${tag})`,
    });
  const nested = flat.filter((f) => f.path.length > confPath.length + 1);
  if (takesNestedConfiguration(operator)) {
    if (nested.length > 0)
      out.notes.push(
        `${pathText(confPath)} is nested: operator ${operator} flattens it to dotted keys (ConfigObjectNode#asFlatMap, 1.13+).`,
      );
  } else {
    const crd = `flinkConfiguration is a map of strings up to operator 1.12 (CRD flinkdeployments.flink.apache.org-v1.yml at ${tag})`;
    if (nested[0])
      out.refused.push(
        `${doc.fileName}:${nested[0].line} ${pathText(nested[0].path)}: nested; ${crd}: the API server refuses the resource.`,
      );
    for (const pair of isMap(confNode) ? confNode.items : []) {
      const v = pair.value as Node | null;
      const bad = isSeq(v) || (isScalar(v) && v.type === 'PLAIN' && NOT_A_STRING.test(String(v.value)));
      if (bad)
        out.refused.push(
          `${origin(ctx, v, [...confPath, String((pair.key as { value?: unknown }).value)])}: not a string; ${crd}: the API server refuses the resource (quote the value).`,
        );
    }
  }
  for (const f of flat) out.entries.push({ key: f.key, value: f.value, origin: `${doc.fileName}:${f.line} ${pathText(f.path)}` });
}

const origin = (ctx: Ctx, node: Node | null | undefined, path: readonly string[]) => ctx.origin(node, path);

function readProcess(spec: Node | undefined, path: readonly string[], process: 'taskmanager' | 'jobmanager', ctx: Ctx): ProcessPod {
  const { out, operator } = ctx;
  const block = child(spec, path[path.length - 1] as string);
  if (!block) return {};
  const fromRequirements = readResources(block, path, process, ctx);
  const memPath = [...path, 'resource', 'memory'];
  const memory = at(block, ['resource', 'memory']);
  const memoryText = text(memory);
  if (memoryText !== undefined && fromRequirements) {
    out.notes.push(
      `${origin(ctx, memory, memPath)}: ignored, as ${pathText([...path, 'resources'])} is set (operator main logs a warning).`,
    );
  } else if (memoryText !== undefined) {
    const name = process === 'taskmanager' ? 'TaskManager' : 'JobManager';
    out.entries.push({
      key: `${process}.memory.process.size`,
      value: resourceMemory(memoryText, name, origin(ctx, memory, memPath), ctx),
      origin: origin(ctx, memory, memPath),
    });
  }
  const cpu = at(block, ['resource', 'cpu']);
  if (text(cpu) !== undefined && !fromRequirements)
    for (const key of cpuKeys(operator, process, ctx.flink))
      out.entries.push({ key, value: text(cpu) as string, origin: origin(ctx, cpu, [...path, 'resource', 'cpu']) });
  const replicasNode = child(block, 'replicas');
  const replicas = text(replicasNode);
  const count = replicas !== undefined && /^-?\d+$/.test(replicas) ? Number(replicas) : undefined;
  checkReplicas(count, process, origin(ctx, replicasNode, [...path, 'replicas']), ctx);
  if (count !== undefined && count > 0 && (process === 'jobmanager' || operatorAtLeast(operator, 2)))
    out.entries.push({
      key: `kubernetes.${process}.replicas`,
      value: String(count),
      origin: origin(ctx, replicasNode, [...path, 'replicas']),
    });
  const templateLimit = podTemplateLimit(spec, block, path, ctx);
  return { ...(templateLimit ? { templateLimit } : {}), ...(count !== undefined && count > 0 ? { replicas: count } : {}) };
}

/**
 * DefaultValidator#validateJmReplicas / #validateTmReplicas (every release): fewer than one replica is
 * refused, and standby JobManagers need HA (up to 1.3 Kubernetes HA: FlinkUtils#isKubernetesHAActivated).
 */
function checkReplicas(count: number | undefined, process: 'taskmanager' | 'jobmanager', where: string, ctx: Ctx): void {
  if (count === undefined) return;
  const name = process === 'taskmanager' ? 'TaskManager' : 'JobManager';
  if (count < 1) ctx.out.refused.push(`${where}: "${name} replicas should not be configured less than one." (DefaultValidator)`);
  if (process !== 'jobmanager' || count <= 1) return;
  const ha = [...ctx.out.entries]
    .reverse()
    .find((e) => e.key === 'high-availability' || e.key === 'high-availability.type')
    ?.value.trim();
  const kubernetesOnly = !operatorAtLeast(ctx.operator, 4);
  const on = ha !== undefined && ha.toUpperCase() !== 'NONE' && (!kubernetesOnly || /kubernetes/i.test(ha));
  if (!on)
    ctx.out.refused.push(
      `${where}: "${kubernetesOnly ? 'Kubernetes ' : ''}High availability should be enabled when starting standby JobManagers." (DefaultValidator at ${operatorTag(ctx.operator)})`,
    );
}

/** DefaultValidator#validateJmMemoryConfig / #validateTmMemoryConfig (1.4+): without resource.memory, the configuration must size the process. */
function checkMemoryDefined(spec: Node | undefined, base: readonly string[], ctx: Ctx): void {
  if (!operatorAtLeast(ctx.operator, 4)) return;
  const sized = (keys: string[]) => ctx.out.entries.some((e) => keys.includes(e.key));
  const need: Array<[string, string, string[]]> = [
    [
      'TaskManager',
      'taskManager',
      [
        'taskmanager.memory.process.size',
        'taskmanager.memory.flink.size',
        'taskmanager.memory.task.heap.size',
        'taskmanager.heap.size',
        'taskmanager.heap.mb',
      ],
    ],
    [
      'JobManager',
      'jobManager',
      [
        'jobmanager.memory.process.size',
        'jobmanager.memory.flink.size',
        'jobmanager.memory.heap.size',
        'jobmanager.heap.size',
        'jobmanager.heap.mb',
      ],
    ],
  ];
  for (const [name, field, keys] of need) {
    if (sized(keys)) continue;
    // The key's line when the block is written (its value may start lines later), else the spec's.
    const key = pairs(spec).find((p) => text(p.key as Node) === field)?.key as Node | undefined;
    const where = `${ctx.doc.fileName}:${lineOf(ctx.doc, key ?? spec)} ${pathText([...base, field])}`;
    ctx.out.refused.push(
      `${where}: "${name} resource memory must be defined using \`spec.${field}.resource.memory\`" (DefaultValidator, 1.4+).`,
    );
  }
}

/**
 * The text the operator sets as `*.memory.process.size` for `resource.memory`. 1.7+: `parseResourceMemoryString`
 * (Flink's MemorySize first, else formatMemoryStringForK8sSpec + fabric8 Quantity#getNumericalAmount as a BigDecimal
 * text); before 1.7 the text as typed. The validator (DefaultValidator#validateResources) refuses what MemorySize
 * then cannot parse: "<TaskManager|JobManager> resource memory parse error: …".
 */
function resourceMemory(value: string, name: string, where: string, ctx: Ctx): string {
  const refuse = (result: string, why: string, after = '') => {
    ctx.out.refused.push(
      `${where}: "${name} resource memory parse error: ${why}" (DefaultValidator at ${operatorTag(ctx.operator)})${after}.`,
    );
    return result;
  };
  try {
    const size = memorySizeToString(parseMemorySize(value));
    return parsesKubernetesQuantities(ctx.operator) ? size : value;
  } catch (e) {
    if (!(e instanceof MemorySizeParseError)) throw e;
    if (!parsesKubernetesQuantities(ctx.operator))
      return refuse(
        value,
        e.message,
        `; operator ${ctx.operator} passes resource.memory to Flink as typed (Kubernetes quantities such as 2Gi are read from operator 1.7)`,
      );
  }
  let q = value.trim().replace(/\s/g, '').toUpperCase();
  if (q.endsWith('B')) q = q.slice(0, -1);
  if (q.endsWith('I')) q = `${q.slice(0, -1)}i`;
  try {
    const bytes = parseQuantity(q, where).bytes;
    const decimals = /\.(\d*)/.exec(q)?.[1]?.length ?? 0;
    if (decimals > 0) {
      // BigDecimal(amount) × multiple keeps the amount's scale: 1.5Gi → 1610612736.0, which MemorySize refuses.
      const shown = `${bytes}.${'0'.repeat(decimals)}`;
      return refuse(shown, `the quantity '${value}' becomes '${shown}' (a BigDecimal with decimals), which MemorySize does not parse`);
    }
    ctx.out.notes.push(
      `${where}: '${value}' is not a Flink memory size; operator ${ctx.operator} reads it as a Kubernetes quantity: ${bytes} bytes (1.7+).`,
    );
    return String(bytes);
  } catch (e) {
    if (!(e instanceof QuantityError)) throw e;
    return refuse(value, `'${value}' is neither a Flink memory size nor a Kubernetes quantity`);
  }
}

/** `resources: {requests, limits}` (main only, FLINK-33548): memory from the request, else the limit; the factor limit ÷ request. True when taken. */
function readResources(block: Node, path: readonly string[], process: string, ctx: Ctx): boolean {
  const { out } = ctx;
  const request = at(block, ['resources', 'requests', 'memory']);
  const limit = at(block, ['resources', 'limits', 'memory']);
  const memory = text(request) !== undefined ? request : limit;
  const memoryPath = [...path, 'resources', memory === request ? 'requests' : 'limits', 'memory'];
  if (child(block, 'resources') === undefined) return false;
  if (!takesResourceRequirements(ctx.operator)) {
    out.notes.push(
      `${origin(ctx, child(block, 'resources'), [...path, 'resources'])}: ignored; operator ${ctx.operator} has no such field (FLINK-33548 is on main only, after 1.15.0): the API server drops it, or kubectl refuses it as an unknown field. Use ${pathText([...path, 'resource'])}.`,
    );
    return false;
  }
  if (text(memory) === undefined) return false;
  const bytesOf = (node: Node | undefined, p: readonly string[]) => parseQuantity(text(node) as string, pathText(p)).bytes;
  out.entries.push({
    key: `${process}.memory.process.size`,
    value: String(bytesOf(memory, memoryPath)),
    origin: origin(ctx, memory, memoryPath),
  });
  if (text(request) !== undefined && text(limit) !== undefined) {
    const limitPath = [...path, 'resources', 'limits', 'memory'];
    const factor = Number(bytesOf(limit, limitPath)) / Number(bytesOf(request, memoryPath));
    out.entries.push({ key: `kubernetes.${process}.memory.limit-factor`, value: String(factor), origin: origin(ctx, limit, limitPath) });
  }
  return true;
}

/** The main container's `resources.limits.memory` in the process's pod template, else the shared one. */
function podTemplateLimit(spec: Node | undefined, block: Node, path: readonly string[], ctx: Ctx) {
  const candidates: Array<[Node | undefined, readonly string[]]> = [
    [child(block, 'podTemplate'), [...path, 'podTemplate']],
    [child(spec, 'podTemplate'), [...path.slice(0, -1), 'podTemplate']],
  ];
  for (const [template, templatePath] of candidates) {
    const containers = items(at(template, ['spec', 'containers']));
    const index = containers.findIndex((c) => text(child(c, 'name')) === MAIN_CONTAINER);
    const limit = at(containers[index], ['resources', 'limits', 'memory']);
    if (text(limit) === undefined) continue;
    const p = [...templatePath, 'spec', 'containers', `[${index}]`, 'resources', 'limits', 'memory'];
    try {
      const bytes = parseQuantity(text(limit) as string, pathText(p)).bytes;
      ctx.out.notes.push(
        `${pathText(p)} (${text(limit)}) is overwritten by Flink: the main container's memory limit is the process size × kubernetes.*.memory.limit-factor.`,
      );
      return { bytes, origin: origin(ctx, limit, p) };
    } catch (e) {
      if (!(e instanceof QuantityError)) throw e;
      ctx.out.notes.push(`${ctx.doc.fileName}:${lineOf(ctx.doc, limit)}: ${e.message}`);
    }
  }
  return undefined;
}
