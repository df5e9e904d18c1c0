/**
 * The Flink Kubernetes Operator's mapping of a `FlinkDeployment` spec (or a Helm values block shaped
 * like one) to Flink options, as its `FlinkConfigBuilder` does
 * (flink-kubernetes-operator/src/main/java/org/apache/flink/kubernetes/operator/config/FlinkConfigBuilder.java):
 *
 * - `applyFlinkConfiguration`: `spec.flinkConfiguration` is copied key by key (`setString`); since operator
 *   1.13 it may be nested (`asFlatMap()`, dotted keys), before that a flat `Map<String, String>`.
 * - `setResource`: `jobManager.resource.memory` / `taskManager.resource.memory` *replace*
 *   `jobmanager.memory.process.size` / `taskmanager.memory.process.size` (applied after flinkConfiguration).
 *   Since 1.7 the text goes through `parseResourceMemoryString`: Flink's `MemorySize.parse` first
 *   ("2048m", "2g"), else a Kubernetes quantity ("2Gi", upper-cased with a trailing B dropped) in bytes.
 *   Before 1.7 the text was set unchanged, so "2Gi" reached Flink, which refuses it.
 * - `configureCpu`: `resource.cpu` → `kubernetes.jobmanager.cpu.amount` / `kubernetes.taskmanager.cpu.amount`.
 * - `taskManager.replicas` → `kubernetes.taskmanager.replicas` (standalone mode); `jobManager.replicas`
 *   → `kubernetes.jobmanager.replicas`.
 * - After release 1.13 (main, FLINK-33548) `resources: {requests, limits}` may stand in for `resource`:
 *   memory from the request (else the limit), and limit ÷ request as `kubernetes.*.memory.limit-factor`.
 *
 * The pod's memory limit then comes from Flink's native Kubernetes integration: request = process size,
 * limit = request × `kubernetes.{taskmanager,jobmanager}.memory.limit-factor` truncated to whole MiB (default 1.0;
 * flink-kubernetes `KubernetesUtils#getResourceRequirements`). A pod template's `resources` of the main
 * container are overwritten by Flink for memory and cpu (Flink docs, native Kubernetes, "Fields
 * Overwritten by Flink"), so they are reported, not applied.
 */
import type { Node } from 'yaml';
import { MemorySizeParseError, memorySizeToString, parseMemorySize } from '../../units/memorySize';
import { parseQuantity, QuantityError } from './quantity';
import { at, child, type DocContext, flattenOptions, items, lineOf, pathText, text } from './yamlNodes';

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
  readonly flinkVersion?: string;
  readonly taskManager: ProcessPod;
  readonly jobManager: ProcessPod;
}

/** The main container the operator and Flink look for by name (Constants.MAIN_CONTAINER_NAME). */
const MAIN_CONTAINER = 'flink-main-container';

/** Reads a spec-shaped map at `base` (["spec"] in a FlinkDeployment, a values path in a Helm file). */
export function readSpec(root: Node, base: readonly string[], ctx: DocContext): SpecReading {
  const spec = at(root, base);
  const out: SpecReading = { entries: [], notes: [], taskManager: {}, jobManager: {} };
  const origin = (node: Node | null | undefined, path: readonly string[]) => `${ctx.fileName}:${lineOf(ctx, node)} ${pathText(path)}`;
  const flat: Array<{ key: string; value: string; line: number; path: readonly string[] }> = [];
  const confNode = child(spec, 'flinkConfiguration');
  flattenOptions(confNode, [...base, 'flinkConfiguration'], '', flat, ctx);
  if (flat.some((f) => f.path.length > base.length + 2))
    out.notes.push(
      `${pathText([...base, 'flinkConfiguration'])} is nested: the operator flattens it since 1.13 (asFlatMap); older operators take only flat string values.`,
    );
  for (const f of flat) out.entries.push({ key: f.key, value: f.value, origin: `${ctx.fileName}:${f.line} ${pathText(f.path)}` });
  const version = text(child(spec, 'flinkVersion'));
  const flinkVersion = version === undefined ? undefined : /^v?(\d+)[_.](\d+)$/.exec(version.trim());
  const tm = readProcess(spec, [...base, 'taskManager'], 'taskmanager', origin, ctx, out);
  const jm = readProcess(spec, [...base, 'jobManager'], 'jobmanager', origin, ctx, out);
  return { ...out, taskManager: tm, jobManager: jm, ...(flinkVersion ? { flinkVersion: `${flinkVersion[1]}.${flinkVersion[2]}` } : {}) };
}

type Origin = (node: Node | null | undefined, path: readonly string[]) => string;

function readProcess(
  spec: Node | undefined,
  path: readonly string[],
  process: string,
  origin: Origin,
  ctx: DocContext,
  out: SpecReading,
): ProcessPod {
  const block = child(spec, path[path.length - 1] as string);
  if (!block) return {};
  const memPath = [...path, 'resource', 'memory'];
  const memory = at(block, ['resource', 'memory']);
  const memoryText = text(memory);
  if (memoryText !== undefined) {
    out.entries.push({
      key: `${process}.memory.process.size`,
      value: resourceMemory(memoryText, pathText(memPath), out),
      origin: origin(memory, memPath),
    });
  }
  readResources(block, path, process, origin, out);
  const cpu = at(block, ['resource', 'cpu']);
  if (text(cpu) !== undefined)
    out.entries.push({
      key: `kubernetes.${process}.cpu.amount`,
      value: text(cpu) as string,
      origin: origin(cpu, [...path, 'resource', 'cpu']),
    });
  const replicasNode = child(block, 'replicas');
  const replicas = text(replicasNode);
  if (replicas !== undefined && /^\d+$/.test(replicas) && Number(replicas) > 0)
    out.entries.push({ key: `kubernetes.${process}.replicas`, value: replicas, origin: origin(replicasNode, [...path, 'replicas']) });
  const templateLimit = podTemplateLimit(spec, block, path, origin, ctx, out);
  return {
    ...(templateLimit ? { templateLimit } : {}),
    ...(replicas !== undefined && /^\d+$/.test(replicas) ? { replicas: Number(replicas) } : {}),
  };
}

/** `parseResourceMemoryString` (operator 1.7+): Flink's MemorySize first, else a Kubernetes quantity in bytes. */
function resourceMemory(value: string, field: string, out: { notes: string[] }): string {
  try {
    return memorySizeToString(parseMemorySize(value));
  } catch (e) {
    if (!(e instanceof MemorySizeParseError)) throw e;
  }
  // formatMemoryStringForK8sSpec: no spaces, upper case, a trailing B dropped, a trailing I back to i.
  let q = value.trim().replace(/\s/g, '').toUpperCase();
  if (q.endsWith('B')) q = q.slice(0, -1);
  if (q.endsWith('I')) q = `${q.slice(0, -1)}i`;
  try {
    const bytes = parseQuantity(q, field).bytes;
    out.notes.push(
      `${field} '${value}' is not a Flink memory size; the operator (1.7+) reads it as a Kubernetes quantity: ${bytes} bytes. Operators before 1.7 pass it to Flink unchanged, which refuses it.`,
    );
    return String(bytes);
  } catch (e) {
    if (!(e instanceof QuantityError)) throw e;
    out.notes.push(`${field} '${value}' is neither a Flink memory size nor a Kubernetes quantity; it is passed on and Flink refuses it.`);
    return value;
  }
}

/** `resources: {requests, limits}` (operator main after 1.13): memory from the request, else the limit; the factor limit ÷ request. */
function readResources(block: Node, path: readonly string[], process: string, origin: Origin, out: SpecReading): void {
  const request = at(block, ['resources', 'requests', 'memory']);
  const limit = at(block, ['resources', 'limits', 'memory']);
  const memory = text(request) !== undefined ? request : limit;
  const memoryPath = [...path, 'resources', memory === request ? 'requests' : 'limits', 'memory'];
  if (text(memory) === undefined) return;
  const bytesOf = (node: Node | undefined, p: readonly string[]) => parseQuantity(text(node) as string, pathText(p)).bytes;
  out.entries.push({
    key: `${process}.memory.process.size`,
    value: String(bytesOf(memory, memoryPath)),
    origin: origin(memory, memoryPath),
  });
  out.notes.push(
    `${pathText([...path, 'resources'])} needs an operator newer than 1.13 (FLINK-33548); 1.13 and older read only ${pathText([...path, 'resource'])}.`,
  );
  if (text(request) !== undefined && text(limit) !== undefined) {
    const limitPath = [...path, 'resources', 'limits', 'memory'];
    const factor = Number(bytesOf(limit, limitPath)) / Number(bytesOf(request, memoryPath));
    out.entries.push({ key: `kubernetes.${process}.memory.limit-factor`, value: String(factor), origin: origin(limit, limitPath) });
  }
}

/** The main container's `resources.limits.memory` in the process's pod template, else the shared one. */
function podTemplateLimit(spec: Node | undefined, block: Node, path: readonly string[], origin: Origin, ctx: DocContext, out: SpecReading) {
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
      out.notes.push(
        `${pathText(p)} (${text(limit)}) is overwritten by Flink: the main container's memory limit is the process size × kubernetes.*.memory.limit-factor.`,
      );
      return { bytes, origin: origin(limit, p) };
    } catch (e) {
      if (!(e instanceof QuantityError)) throw e;
      out.notes.push(`${ctx.fileName}:${lineOf(ctx, limit)}: ${e.message}`);
    }
  }
  return undefined;
}
