/**
 * Ready-made sizing questions for the sizing room's "Presets" picker: a scenario, the parameters to sweep, what
 * "survives" means and how long to run. Each is exactly what `flink-mem sweep` would take (`--param` per line of `params`,
 * `--assert` per line of `assertions`, `--duration`), so tests/cli/sizing.test.ts runs the same preset through the CLI
 * and checks its answer. `?room=sizing&preset=<id>` opens one.
 */
export interface SizingPreset {
  readonly id: string;
  readonly label: string;
  /** A library scenario id. */
  readonly scenario: string;
  /** `key=values`, one per parameter (1 to 3). */
  readonly params: readonly string[];
  readonly assertions: readonly string[];
  /** A duration; empty: the scenario's own. */
  readonly duration: string;
  /** What the question is, shown under the picker. */
  readonly question: string;
}

export const SIZING_PRESETS: readonly SizingPreset[] = [
  {
    id: 'pod-limit',
    label: 'Pod limit: process size × TaskManagers',
    scenario: 'pod-limit-mismatch',
    params: ['taskmanager.memory.process.size=2g..4g step 512m', 'cluster.taskmanagers=2,3,4'],
    assertions: ['no failure'],
    duration: '',
    question: 'How few and how small can the TaskManagers be for this job on Kubernetes?',
  },
  {
    id: 'rocksdb',
    label: 'RocksDB: managed fraction × pod size',
    scenario: 'rocksdb-bounded-pinned-overshoot',
    params: ['taskmanager.memory.process.size=4g..6g step 512m', 'taskmanager.memory.managed.fraction=0.1..0.4 step 0.1'],
    assertions: ['no failure and RSS headroom >= 5%'],
    duration: '',
    question:
      "RocksDB's pinned blocks go beyond the managed memory Flink budgets for it: which pod size (process size = pod on native Kubernetes) and managed fraction keep RSS under the pod limit with 5 % to spare? The smallest pod wins, then the smallest fraction.",
  },
];

export function presetOf(id: string): SizingPreset | undefined {
  return SIZING_PRESETS.find((p) => p.id === id);
}
