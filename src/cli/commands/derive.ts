/** `flink-mem derive`: what Flink will allocate for one process, or why it refuses to start. */
import { jobManagerSummary, taskManagerSummary } from '../../../models/derivation/memorySummary';
import { overrideText } from '../../../models/config/jvmCommandLine';
import { type DeriveResult, jvmCommandLineOf } from '../../../models/memoryModel';
import { humanReadable } from '../../../models/units/memorySize';

type Failed = DeriveResult & { ok: false };

/** The `--json` object of the issue's contract (memory values exact integer bytes). */
export function derivationJson(result: DeriveResult, fileWarnings: readonly string[]): Record<string, unknown> {
  const warnings = [...fileWarnings, ...result.notes.map((n) => n.message)];
  const notes = [...fileWarnings.map((message) => ({ level: 'WARN', message, keys: [] })), ...result.notes];
  if (!result.ok) return failureJson(result, warnings, notes);
  if (result.process === 'taskmanager') {
    const { memory: m, ...tm } = result.taskManager;
    return {
      process: 'taskmanager',
      flinkVersion: result.flinkVersion,
      deployment: result.deployment,
      mode: tm.mode,
      memory: {
        frameworkHeap: m.frameworkHeap,
        taskHeap: m.taskHeap,
        frameworkOffHeap: m.frameworkOffHeap,
        taskOffHeap: m.taskOffHeap,
        network: m.network,
        managed: m.managed,
        jvmMetaspace: m.jvmMetaspace,
        jvmOverhead: m.jvmOverhead,
        totalFlinkMemory: m.totalFlinkMemory,
        totalProcessMemory: m.totalProcessMemory,
        jvmHeap: m.jvmHeap,
        jvmDirect: m.jvmDirect,
      },
      jvmArgs: tm.jvmArgs,
      jvmCommandLine: jvmCommandLineOf(result),
      dynamicProperties: tm.dynamicProperties,
      networkBuffers: result.network.buffers,
      segmentSize: result.network.segmentSize,
      slots: tm.slots,
      cpuCores: tm.cpuCores,
      warnings,
      notes,
    };
  }
  const jm = result.jobManager;
  const memory =
    'memory' in jm
      ? jm.memory
      : {
          jvmHeap: jm.jvmHeap ?? null,
          offHeap: null,
          jvmMetaspace: null,
          jvmOverhead: null,
          totalFlinkMemory: null,
          totalProcessMemory: null,
        };
  return {
    process: 'jobmanager',
    flinkVersion: result.flinkVersion,
    deployment: result.deployment,
    mode: jm.mode,
    memory,
    jvmArgs: jm.jvmArgs,
    jvmCommandLine: jvmCommandLineOf(result),
    dynamicProperties: 'dynamicProperties' in jm ? jm.dynamicProperties : '',
    directMemoryLimited: 'directMemoryLimited' in jm ? jm.directMemoryLimited : false,
    warnings,
    notes,
  };
}

function failureJson(result: Failed, warnings: string[], notes: unknown[]): Record<string, unknown> {
  const e = result.error;
  return {
    error: e.message,
    javaClass: e.javaClass,
    causes: e.causes,
    keys: e.keys,
    stage: e.stage,
    process: result.process,
    flinkVersion: result.flinkVersion,
    warnings,
    notes,
  };
}

/** Human output: Flink's own "Final … Memory configuration" log, then what the scripts pass to the JVM. */
export function derivationText(result: DeriveResult & { ok: true }, fileWarnings: readonly string[]): string {
  const lines: string[] = [];
  if (result.process === 'taskmanager') {
    const tm = result.taskManager;
    lines.push(`Flink ${result.flinkVersion} TaskManager (${result.deployment}), sized from ${modeText(tm.mode)}`, '');
    lines.push(...taskManagerSummary(tm.memory), '');
    lines.push(`JVM arguments:       ${tm.jvmArgs}`);
    lines.push(`Dynamic properties:  ${tm.dynamicProperties.trimEnd()}`);
    lines.push(
      `Network buffers:     ${result.network.buffers} × ${result.network.segmentSize} bytes (${humanReadable(tm.memory.network)} of network memory)`,
    );
    lines.push(`Slots / CPU cores:   ${tm.slots} / ${tm.cpuCores}`);
  } else {
    const jm = result.jobManager;
    lines.push(
      `Flink ${result.flinkVersion} JobManager (${result.deployment})${'memory' in jm ? `, sized from ${modeText(jm.mode)}` : ''}`,
      '',
    );
    if ('memory' in jm) {
      lines.push(...jobManagerSummary(jm.memory), '');
      lines.push(`JVM arguments:       ${jm.jvmArgs}`);
      if (jm.dynamicProperties) lines.push(`Dynamic properties:  ${jm.dynamicProperties}`);
    } else {
      lines.push('Flink 1.10 has no JobManager memory model: bin/jobmanager.sh sets only the heap.', '');
      lines.push(`JVM arguments:       ${jm.jvmArgs || '(none: the JVM picks its default heap)'}`);
    }
  }
  lines.push(...commandLineText(result));
  const notes = [...fileWarnings.map((m) => `WARN  ${m}`), ...result.notes.map((n) => `${n.level.padEnd(5)} ${n.message}`)];
  if (notes.length > 0) lines.push('', 'Warnings:', ...notes.map((n) => `  ${n}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The JVM's effective command line when the configuration holds JVM options: Flink's flags, then the options the
 * release's start scripts append (later flags win in HotSpot), what each overriding flag means, and the keys not read.
 */
function commandLineText(result: DeriveResult & { ok: true }): string[] {
  const line = jvmCommandLineOf(result);
  if (line.configured.length === 0 && line.unread.length === 0) return [];
  const lines = [
    '',
    "JVM command line (Flink's flags, then the configured options; the last occurrence of a flag wins):",
    `  ${line.effective}`,
  ];
  for (const c of line.configured) lines.push(`  from ${c.key} (${c.origin}): ${c.tokens.join(' ')}`);
  if (line.overrides.length > 0)
    lines.push('Configured JVM options that change the process:', ...line.overrides.map((o) => `  ${overrideText(o)}`));
  if (line.unread.length > 0) lines.push('Not on this command line:', ...line.unread.map((u) => `  ${u.key} (${u.origin}): ${u.reason}`));
  return lines;
}

/** Flink's message with its "Caused by:" chain, as the log would show it. */
export function failureText(result: Failed): string {
  const e = result.error;
  return `${[`${e.javaClass}: ${e.message}`, ...e.causes.map((c) => `Caused by: ${c}`)].join('\n')}\n`;
}

function modeText(mode: string): string {
  switch (mode) {
    case 'fine-grained':
      return 'the fine-grained options (task heap and managed memory)';
    case 'total-flink':
      return 'total Flink memory (*.memory.flink.size)';
    default:
      return 'total process memory (*.memory.process.size)';
  }
}
