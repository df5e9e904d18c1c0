/**
 * Where the product differs from Flink's own classes today (configuration oracle, calibration/config-oracle/): one row
 * per release, case, process and field, Flink's value and ours. Written by scripts/config-oracle-differences.ts; every
 * row is a bug or a missing feature to fix (issue 14), not a tolerance. 23 rows: {"outcome":21,"error":2}.
 */
import type { Difference } from '../../calibration/config-oracle/replay';

export const KNOWN_DIFFERENCES: readonly Difference[] = [
  {
    release: '1.10.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.10.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.10.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.11.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.0',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.0',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.20.5',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.20.5',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.5',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.5',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '2.1.0',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.1.0',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.1.0',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.1.0',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.1.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.1.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
];
