/**
 * What a Flink process logs about itself at start: EnvironmentInformation.logEnvironmentInfo's banner
 * (flink-runtime/src/main/java/org/apache/flink/runtime/util/EnvironmentInformation.java), bin/config.sh's
 * Preconfiguration block (`jvm_params:`, `dynamic_configs:`, `logs:` with BashJavaUtils' output, 1.11+), the memory
 * block BashJavaUtils logs (flink-runtime/src/main/java/org/apache/flink/runtime/util/bash/BashJavaUtils.java,
 * models/derivation/memorySummary.ts prints the same table) and GlobalConfiguration's `Loading configuration property`.
 */
import type { FlinkBanner, FlinkMemoryBlock } from './flinkLogTypes';
import type { MessageLine } from './flinkLogRecords';
import type { UnreadLine } from './logLines';

const BANNER = /^\s*Starting (.+?) \(Version: ([^,)]+)(?:, Scala: ([^,)]+))?(?:, Rev:([^,)]+))?(?:, Date:([^)]+))?\)\s*$/;

/** The banner from its `Starting … (Version: …)` line to the dashes that close it. */
export function readBanner(lines: readonly MessageLine[]): FlinkBanner | undefined {
  const start = lines.findIndex((l) => BANNER.test(l.text));
  if (start < 0) return undefined;
  const m = BANNER.exec((lines[start] as MessageLine).text) as RegExpExecArray;
  const fields: { [key: string]: string } = {};
  const lists: { jvm: string[]; program: string[] } = { jvm: [], program: [] };
  let list: 'jvm' | 'program' | undefined;
  for (const l of lines.slice(start + 1)) {
    const t = l.text;
    if (/^-{20,}$/.test(t.trim())) break;
    if (/^ {4}/.test(t) && list) lists[list].push(t.trim());
    else if (t.trim() === 'JVM Options:') list = 'jvm';
    else if (t.trim() === 'Program Arguments:') list = 'program';
    else {
      list = undefined;
      const kv = /^\s*([^:]+):\s?(.*)$/.exec(t);
      if (kv) fields[(kv[1] as string).trim()] = (kv[2] as string).trim();
    }
  }
  const jvm = fields.JVM;
  const heap = /^(\d+) MiBytes$/.exec(fields['Maximum heap size'] ?? '');
  return {
    line: (lines[start] as MessageLine).line,
    component: m[1] as string,
    flinkVersion: m[2] as string,
    scalaVersion: m[3],
    revision: m[4],
    buildDate: m[5],
    osUser: fields['OS current user'] ?? fields['Current user'],
    jvm,
    javaVersion: jvm?.includes('/') ? jvm.slice(jvm.lastIndexOf('/') + 1) : undefined,
    maxHeapBytes: heap ? Number(heap[1]) * 1024 * 1024 : undefined,
    jvmOptions: lists.jvm,
    programArguments: lists.program,
    classpath: fields.Classpath,
  };
}

/** `-D key=value` pairs of an argument list (`-D`, `key=value` as two words, or `-Dkey=value` as one). */
export function dynamicProperties(words: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  words.forEach((w, i) => {
    const kv = w === '-D' ? words[i + 1] : w.startsWith('-D') ? w.slice(2) : undefined;
    const eq = kv?.indexOf('=') ?? -1;
    if (kv !== undefined && eq > 0) out[kv.slice(0, eq)] = kv.slice(eq + 1);
  });
  return out;
}

/** The Preconfiguration block's `jvm_params:` and `dynamic_configs:` lines. */
export function readPreconfiguration(lines: readonly MessageLine[]): { jvmParams: string[]; dynamicConfigs: Record<string, string> } {
  const jvm = lines.find((l) => l.text.startsWith('jvm_params: '));
  const dyn = lines.find((l) => l.text.startsWith('dynamic_configs: '));
  const words = (l: MessageLine | undefined, prefix: string) => (l ? l.text.slice(prefix.length).trim().split(/\s+/).filter(Boolean) : []);
  return { jvmParams: words(jvm, 'jvm_params: '), dynamicConfigs: dynamicProperties(words(dyn, 'dynamic_configs: ')) };
}

/** GlobalConfiguration's `Loading configuration property: key, value` (the first value of each key). */
export function readConfiguration(lines: readonly MessageLine[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const m = /^Loading (?:dynamic )?configuration property: ([^,]+), (.*)$/.exec(l.text.trim());
    if (m && !((m[1] as string) in out)) out[m[1] as string] = m[2] as string;
  }
  return out;
}

/** Labels of BashJavaUtils' tables → component names; `Framework` and `Task` take their parent's (heap or direct). */
const TM_LABELS: Record<string, string> = {
  'Total Process Memory': 'totalProcessMemoryBytes',
  'Total Flink Memory': 'totalFlinkMemoryBytes',
  'Total JVM Heap Memory': 'jvmHeapBytes',
  'Total Off-heap Memory': 'totalOffHeapBytes',
  Managed: 'managedBytes',
  'Total JVM Direct Memory': 'jvmDirectBytes',
  Network: 'networkBytes',
  'JVM Metaspace': 'jvmMetaspaceBytes',
  'JVM Overhead': 'jvmOverheadBytes',
};
const JM_LABELS: Record<string, string> = {
  'Total Process Memory': 'totalProcessMemoryBytes',
  'Total Flink Memory': 'totalFlinkMemoryBytes',
  'JVM Heap': 'jvmHeapBytes',
  'Off-heap': 'offHeapBytes',
  'JVM Metaspace': 'jvmMetaspaceBytes',
  'JVM Overhead': 'jvmOverheadBytes',
};
/** `  Label:   1.688gb (1811939328 bytes)`, or `0 bytes` (MemorySize.toHumanReadableString of zero). */
const SIZE_LINE = /^(\s+)([A-Za-z][\w -]*?):\s+(?:([\d.]+)(b|kb|mb|gb|tb)(?: \((\d+) bytes\))?|(\d+) bytes)\s*$/;
const UNIT: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };

/** The first memory block; its lines Flink did not print as `Label: size` are named unread. */
export function readMemoryBlock(lines: readonly MessageLine[], unread: UnreadLine[]): FlinkMemoryBlock | undefined {
  const start = lines.findIndex((l) => /^Final (TaskExecutor|Master) Memory configuration:\s*$/.test(l.text.trim()));
  if (start < 0) return undefined;
  const head = lines[start] as MessageLine;
  const process = head.text.includes('TaskExecutor') ? 'taskmanager' : 'jobmanager';
  const labels = process === 'taskmanager' ? TM_LABELS : JM_LABELS;
  const components: Record<string, number> = {};
  let parent = '';
  for (const l of lines.slice(start + 1, start + 1 + Object.keys(labels).length + 4)) {
    const m = SIZE_LINE.exec(l.text);
    if (!m) break;
    const [, , label, value, unit, exact, plain] = m as unknown as [string, string, string, string?, string?, string?, string?];
    // Flink prints `(N bytes)` after every size but zero; a bare `1.688gb` (an edited log) would be ±0.5 MiB.
    const bytes =
      plain !== undefined ? Number(plain) : exact !== undefined ? Number(exact) : Math.round(Number(value) * (UNIT[unit ?? 'b'] as number));
    const name = label === 'Framework' || label === 'Task' ? childName(label, parent) : labels[label];
    if (name === undefined) unread.push({ line: l.line, text: l.text, reason: `a memory block line the reader does not know (${label})` });
    else components[name] = bytes;
    if (label === 'Total JVM Heap Memory' || label === 'Total JVM Direct Memory') parent = label;
  }
  return { line: head.line, process, components };
}

function childName(label: 'Framework' | 'Task', parent: string): string | undefined {
  if (parent === 'Total JVM Heap Memory') return label === 'Framework' ? 'frameworkHeapBytes' : 'taskHeapBytes';
  if (parent === 'Total JVM Direct Memory') return label === 'Framework' ? 'frameworkOffHeapBytes' : 'taskOffHeapBytes';
  return undefined;
}
