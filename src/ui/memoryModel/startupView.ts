/**
 * What the start scripts hand to the JVM, made readable: each JVM flag with the components it
 * covers, the dynamic properties one per line, and the network buffer pool.
 */

export interface JvmFlag {
  /** As passed, e.g. "-Xmx536870902". */
  readonly text: string;
  readonly name: string;
  readonly bytes: bigint | undefined;
  /** What Flink puts into it. */
  readonly meaning: string;
}

const FLAGS: ReadonlyArray<{ pattern: RegExp; name: string; taskManager: string; jobManager: string }> = [
  { pattern: /^-Xmx(\d+)m?$/, name: '-Xmx', taskManager: 'max heap = Framework Heap + Task Heap', jobManager: 'max heap = JVM Heap' },
  { pattern: /^-Xms(\d+)m?$/, name: '-Xms', taskManager: 'initial heap, equal to -Xmx', jobManager: 'initial heap, equal to -Xmx' },
  {
    pattern: /^-XX:MaxDirectMemorySize=(\d+)$/,
    name: '-XX:MaxDirectMemorySize',
    taskManager: 'Framework Off-Heap + Task Off-Heap + Network',
    jobManager: 'Off-Heap Memory (direct memory limit enabled)',
  },
  { pattern: /^-XX:MaxMetaspaceSize=(\d+)$/, name: '-XX:MaxMetaspaceSize', taskManager: 'JVM Metaspace', jobManager: 'JVM Metaspace' },
];

export function explainJvmArgs(args: string, process: 'taskmanager' | 'jobmanager'): JvmFlag[] {
  return args
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((text) => {
      for (const f of FLAGS) {
        const m = f.pattern.exec(text);
        if (m?.[1] !== undefined) {
          const bytes = text.endsWith('m') ? BigInt(m[1]) << 20n : BigInt(m[1]);
          return { text, name: f.name, bytes, meaning: process === 'taskmanager' ? f.taskManager : f.jobManager };
        }
      }
      return { text, name: text, bytes: undefined, meaning: '' };
    });
}

/** "-D a=1 -D b=2" → ["-D a=1", "-D b=2"] (values never contain " -D "). */
export function splitDynamicProperties(props: string): string[] {
  return props
    .trim()
    .split(/\s+(?=-D\s)/)
    .filter((p) => p !== '');
}

export interface NetworkPool {
  readonly buffers: number;
  readonly segmentSize: bigint;
  readonly network: bigint;
  /** Bytes of network memory that do not make a whole segment. */
  readonly unused: bigint;
}

export function networkPool(network: bigint, segmentSize: bigint, buffers: number): NetworkPool {
  return { buffers, segmentSize, network, unused: network - BigInt(buffers) * segmentSize };
}
