/**
 * The starting point of "New blank cluster": one TaskManager with Flink's shipped memory settings,
 * a three-operator job at a modest rate, no faults. Every line is there to be edited; the comments
 * say what each part does (the scenario schema documents every field: scenarios/scenario.schema.json).
 */
export const BLANK_SCENARIO_FILE = 'my-cluster.yaml';

export const BLANK_SCENARIO = `# A blank cluster to start from. Edit anything; "Check" validates as you type.
title: My cluster
duration: 6h
seed: 1

flink:
  version: "2.0"
  config:
    # The TaskManager's total process memory, as in flink-conf.yaml / config.yaml.
    taskmanager.memory.process.size: 1728m
    taskmanager.numberOfTaskSlots: 2

cluster:
  deployment: kubernetes   # standalone, yarn or kubernetes
  taskmanagers: 1
  gc: G1
  jdk: 17

job:
  name: my-job
  operators:
    - { id: source, kind: source, parallelism: 2, recordsPerSecond: 1000, heapBytesPerRecord: 500, costPerRecordUs: 50 }
    - { id: map, kind: map, parallelism: 2, heapBytesPerRecord: 300, costPerRecordUs: 80 }
    - { id: sink, kind: sink, parallelism: 2, heapBytesPerRecord: 100, costPerRecordUs: 40 }

# Faults at given times, e.g.
#   - { at: 1h, do: kill-container, target: taskmanager-1 }
#   - { at: 30m, do: leak, pool: direct, shape: per-restart, bytes: 64m, target: map }
events: []

narration:
  - { at: 0s, text: "Your cluster. Press Play, then inject faults from the palette." }

# The dashboard panels shown first and large: Flink metric names, most telling first.
watch: [Status.JVM.Memory.Heap.Used, rssBytes]
`;
