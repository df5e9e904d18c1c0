/**
 * What `derive` and `fit` say about a Kubernetes input: which documents were read and which ignored,
 * every Flink option with the file, line and YAML path it came from, and the pod limits and replicas
 * of both processes (a FlinkDeployment describes the TaskManager and the JobManager at once).
 */
import type { KubernetesInput, ProcessResources } from '../../models/config/kubernetes/manifests';
import { humanReadable } from '../../models/units/memorySize';

export interface KubernetesFile {
  readonly file: string;
  readonly input: KubernetesInput;
}

export function kubernetesJson(files: readonly KubernetesFile[]): Record<string, unknown>[] {
  const processJson = (p: ProcessResources) => ({
    containerLimit: p.containerLimit?.bytes ?? null,
    containerLimitOrigin: p.containerLimit?.origin ?? null,
    replicas: p.replicas ?? null,
  });
  return files.map(({ file, input }) => ({
    file,
    kind: input.kind,
    flinkVersion: input.flinkVersion ?? null,
    operatorVersion: operatorApplies(input) ? input.operatorVersion : null,
    taken: input.taken,
    ignored: input.ignored,
    refused: input.refused,
    entries: input.entries,
    taskManager: processJson(input.taskManager),
    jobManager: processJson(input.jobManager),
    notes: input.notes,
  }));
}

export function kubernetesText(files: readonly KubernetesFile[]): string {
  const lines: string[] = [];
  for (const { file, input } of files) {
    const operator = operatorApplies(input)
      ? `, with Flink Kubernetes Operator ${input.operatorVersion}'s mapping (--operator-version)`
      : '';
    lines.push(`Read ${file} as ${input.kind}${input.flinkVersion ? ` (Flink ${input.flinkVersion})` : ''}${operator}:`);
    for (const t of input.taken) lines.push(`  taken:   ${t}`);
    for (const i of input.ignored) lines.push(`  ignored: ${i}`);
    for (const r of input.refused) lines.push(`  refused: ${r}`);
    for (const e of input.entries) lines.push(`  ${e.key}: ${e.value}  ← ${e.origin}`);
    lines.push(`  TaskManager: ${processText(input.taskManager)}`, `  JobManager:  ${processText(input.jobManager)}`);
    for (const n of input.notes) lines.push(`  note:    ${n}`);
    lines.push('');
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The operator's mapping applied: a FlinkDeployment, or Helm values read as its spec. */
function operatorApplies(input: KubernetesInput): boolean {
  return input.kind === 'FlinkDeployment' || (input.kind === 'Helm values' && input.entries.length > 0);
}

function processText(p: ProcessResources): string {
  const limit = p.containerLimit
    ? `pod limit ${humanReadable(p.containerLimit.bytes)} from ${p.containerLimit.origin}`
    : 'no pod limit known';
  return `${limit}${p.replicas === undefined ? '' : `; ${p.replicas} replica${p.replicas === 1 ? '' : 's'}`}`;
}
