/**
 * Where the product differs from Flink's own classes today (configuration oracle, calibration/config-oracle/): one row
 * per release, case, process and field, Flink's value and ours. Written by scripts/config-oracle-differences.ts; every
 * row is a bug or a missing feature to fix (issue 14), not a tolerance. 790 rows: {"outcome":494,"error":76,"dynamicProperties":220}.
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
    case: 'corpus-gordonmurray-fluss-config',
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
    release: '1.10.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.10.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.10.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.10.2',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.2',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.10.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.10.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.10.3',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.3',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.10.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'IllegalConfigurationException: Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.',
    ours: '(derived)',
  },
  {
    release: '1.10.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.10.3',
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
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.0',
    case: 'corpus-gordonmurray-fluss-config',
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
    release: '1.11.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.1',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.1',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.11.2',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.2',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.2',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.2',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.11.3',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.3',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.3',
    case: 'corpus-flink-dist-flink-conf-1.1-era',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (204.800mb (214748368 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)). | IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (204.800mb (214748368 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (204.800mb (214748368 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)).',
  },
  {
    release: '1.11.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.3',
    case: 'corpus-lyft-sessioncluster-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-lyft-sessioncluster-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-lyft-wordcount-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-lyft-wordcount-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-operator-helm-default-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-operator-helm-default-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-operator-kustomize-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-operator-kustomize-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-statefun-distribution-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'corpus-statefun-distribution-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'jm-E1-nothing',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'jm-E14-heap-off-heap-ne-flink',
    process: 'jobmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: JobManager memory configuration failed: Sum of the configured JVM Heap Memory (512.000mb (536870912 bytes)) and the configured Off-heap Memory (256.000mb (268435456 bytes)) does not match the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory. | IllegalConfigurationException: Sum of the configured JVM Heap Memory (512.000mb (536870912 bytes)) and the configured Off-heap Memory (256.000mb (268435456 bytes)) does not match the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
    ours: 'IllegalConfigurationException: Sum of the configured JVM Heap Memory (512.000mb (536870912 bytes)) and the configured Off-heap Memory (256.000mb (268435456 bytes)) does not match the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
  },
  {
    release: '1.11.3',
    case: 'jm-E15-heap-exceeds-flink',
    process: 'jobmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: JobManager memory configuration failed: The configured JVM Heap Memory (2.000gb (2147483648 bytes)) exceeds the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory. | IllegalConfigurationException: The configured JVM Heap Memory (2.000gb (2147483648 bytes)) exceeds the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
    ours: 'IllegalConfigurationException: The configured JVM Heap Memory (2.000gb (2147483648 bytes)) exceeds the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
  },
  {
    release: '1.11.3',
    case: 'jm-E16-flink-le-off-heap',
    process: 'jobmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: JobManager memory configuration failed: The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)). | IllegalConfigurationException: The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).',
    ours: 'IllegalConfigurationException: The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).',
  },
  {
    release: '1.11.3',
    case: 'jm-E2-process-200m',
    process: 'jobmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: JobManager memory configuration failed: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (200.000mb (209715200 bytes)). | IllegalConfigurationException: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (200.000mb (209715200 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (200.000mb (209715200 bytes)).',
  },
  {
    release: '1.11.3',
    case: 'tm-E1-nothing',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.3',
    case: 'tm-E10-network-rest-above-max',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration. | IllegalConfigurationException: If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration. | IllegalConfigurationException: Derived Network Memory size (256.000mb (268435456 bytes)) is not in configured Network Memory range [64.000mb (67108864 bytes), 128.000mb (134217728 bytes)].',
    ours: 'IllegalConfigurationException: If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration. | IllegalConfigurationException: Derived Network Memory size (256.000mb (268435456 bytes)) is not in configured Network Memory range [64.000mb (67108864 bytes), 128.000mb (134217728 bytes)].',
  },
  {
    release: '1.11.3',
    case: 'tm-E17-cpu-cores-0',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly. | IllegalConfigurationException: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.',
    ours: 'IllegalConfigurationException: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.',
  },
  {
    release: '1.11.3',
    case: 'tm-E2-process-100m',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (100.000mb (104857600 bytes)). | IllegalConfigurationException: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (100.000mb (104857600 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (100.000mb (104857600 bytes)).',
  },
  {
    release: '1.11.3',
    case: 'tm-E3-process-lt-flink',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: The configured Total Process Memory size (1024.000mb (1073741824 bytes)) is less than the sum of the derived Total Flink Memory size (900.000mb (943718400 bytes)) and the configured or default JVM Metaspace size  (256.000mb (268435456 bytes)). | IllegalConfigurationException: The configured Total Process Memory size (1024.000mb (1073741824 bytes)) is less than the sum of the derived Total Flink Memory size (900.000mb (943718400 bytes)) and the configured or default JVM Metaspace size  (256.000mb (268435456 bytes)).',
    ours: 'IllegalConfigurationException: The configured Total Process Memory size (1024.000mb (1073741824 bytes)) is less than the sum of the derived Total Flink Memory size (900.000mb (943718400 bytes)) and the configured or default JVM Metaspace size  (256.000mb (268435456 bytes)).',
  },
  {
    release: '1.11.3',
    case: 'tm-E4-overhead-out-of-range',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Derived JVM Overhead size (768.000mb (805306368 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 256.000mb (268435456 bytes)]. | IllegalConfigurationException: Derived JVM Overhead size (768.000mb (805306368 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 256.000mb (268435456 bytes)].',
    ours: 'IllegalConfigurationException: Derived JVM Overhead size (768.000mb (805306368 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 256.000mb (268435456 bytes)].',
  },
  {
    release: '1.11.3',
    case: 'tm-E6-unparsable',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '1 gigabyte' for key 'taskmanager.memory.process.size'. | IllegalArgumentException: Memory size unit 'gigabyte' does not match any of the recognized units: (b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)",
    ours: "IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '1 gigabyte' for key 'taskmanager.memory.process.size'. | IllegalArgumentException: Memory size unit 'gigabyte' does not match any of the recognized units: (b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)",
  },
  {
    release: '1.11.3',
    case: 'tm-E7-managed-fraction-negative',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.managed.fraction' , default: 0.4 (fallback keys: []) (-0.10000000149011612) and its min (0 bytes), max (8388608.000tb (9223372036854775807 bytes)) value | IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.managed.fraction' , default: 0.4 (fallback keys: []) (-0.10000000149011612) and its min (0 bytes), max (8388608.000tb (9223372036854775807 bytes)) value | IllegalArgumentException: fraction must be in range [0, 1)",
    ours: "IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.managed.fraction' , default: 0.4 (fallback keys: []) (-0.10000000149011612) and its min (0 bytes), max (8388608.000tb (9223372036854775807 bytes)) value | IllegalArgumentException: fraction must be in range [0, 1)",
  },
  {
    release: '1.11.3',
    case: 'tm-E7-network-min-gt-max',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction, isDeprecated=true}]) (0.10000000149011612) and its min (256.000mb (268435456 bytes)), max (128.000mb (134217728 bytes)) value | IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction, isDeprecated=true}]) (0.10000000149011612) and its min (256.000mb (268435456 bytes)), max (128.000mb (134217728 bytes)) value | IllegalArgumentException: min value must be less or equal to max value",
    ours: "IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction, isDeprecated=true}]) (0.10000000149011612) and its min (256.000mb (268435456 bytes)), max (128.000mb (134217728 bytes)) value | IllegalArgumentException: min value must be less or equal to max value",
  },
  {
    release: '1.11.3',
    case: 'tm-E7-overhead-fraction-1',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.jvm-overhead.fraction' , default: 0.1 (fallback keys: []) (1.0) and its min (192.000mb (201326592 bytes)), max (1024.000mb (1073741824 bytes)) value | IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.jvm-overhead.fraction' , default: 0.1 (fallback keys: []) (1.0) and its min (192.000mb (201326592 bytes)), max (1024.000mb (1073741824 bytes)) value | IllegalArgumentException: fraction must be in range [0, 1)",
    ours: "IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.jvm-overhead.fraction' , default: 0.1 (fallback keys: []) (1.0) and its min (192.000mb (201326592 bytes)), max (1024.000mb (1073741824 bytes)) value | IllegalArgumentException: fraction must be in range [0, 1)",
  },
  {
    release: '1.11.3',
    case: 'tm-E8-fine-grained-exceeds-flink',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Heap Memory (600.000mb (629145600 bytes)), Task Off-Heap Memory (0 bytes) and Managed Memory (400.000mb (419430400 bytes)) exceed configured Total Flink Memory (1024.000mb (1073741824 bytes)). | IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Heap Memory (600.000mb (629145600 bytes)), Task Off-Heap Memory (0 bytes) and Managed Memory (400.000mb (419430400 bytes)) exceed configured Total Flink Memory (1024.000mb (1073741824 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Heap Memory (600.000mb (629145600 bytes)), Task Off-Heap Memory (0 bytes) and Managed Memory (400.000mb (419430400 bytes)) exceed configured Total Flink Memory (1024.000mb (1073741824 bytes)).',
  },
  {
    release: '1.11.3',
    case: 'tm-E9-managed-network-exceed-flink',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (300.000mb (314572800 bytes)) and Network Memory (128.000mb (134217728 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)). | IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (300.000mb (314572800 bytes)) and Network Memory (128.000mb (134217728 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (300.000mb (314572800 bytes)) and Network Memory (128.000mb (134217728 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)).',
  },
  {
    release: '1.11.3',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.3',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.3',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.11.6',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.6',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.6',
    case: 'corpus-flink-dist-flink-conf-1.1-era',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (204.800mb (214748368 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)). | IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (204.800mb (214748368 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (204.800mb (214748368 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)).',
  },
  {
    release: '1.11.6',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.6',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.6',
    case: 'corpus-lyft-sessioncluster-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-lyft-sessioncluster-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-lyft-wordcount-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-lyft-wordcount-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-operator-helm-default-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-operator-helm-default-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-operator-kustomize-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-operator-kustomize-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-statefun-distribution-flink-conf',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'corpus-statefun-distribution-flink-conf',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'jm-E1-nothing',
    process: 'jobmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'jm-E14-heap-off-heap-ne-flink',
    process: 'jobmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: JobManager memory configuration failed: Sum of the configured JVM Heap Memory (512.000mb (536870912 bytes)) and the configured Off-heap Memory (256.000mb (268435456 bytes)) does not match the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory. | IllegalConfigurationException: Sum of the configured JVM Heap Memory (512.000mb (536870912 bytes)) and the configured Off-heap Memory (256.000mb (268435456 bytes)) does not match the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
    ours: 'IllegalConfigurationException: Sum of the configured JVM Heap Memory (512.000mb (536870912 bytes)) and the configured Off-heap Memory (256.000mb (268435456 bytes)) does not match the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
  },
  {
    release: '1.11.6',
    case: 'jm-E15-heap-exceeds-flink',
    process: 'jobmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: JobManager memory configuration failed: The configured JVM Heap Memory (2.000gb (2147483648 bytes)) exceeds the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory. | IllegalConfigurationException: The configured JVM Heap Memory (2.000gb (2147483648 bytes)) exceeds the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
    ours: 'IllegalConfigurationException: The configured JVM Heap Memory (2.000gb (2147483648 bytes)) exceeds the configured Total Flink Memory (1024.000mb (1073741824 bytes)). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.',
  },
  {
    release: '1.11.6',
    case: 'jm-E16-flink-le-off-heap',
    process: 'jobmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: JobManager memory configuration failed: The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)). | IllegalConfigurationException: The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).',
    ours: 'IllegalConfigurationException: The configured Total Flink Memory (128.000mb (134217728 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).',
  },
  {
    release: '1.11.6',
    case: 'jm-E2-process-200m',
    process: 'jobmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: JobManager memory configuration failed: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (200.000mb (209715200 bytes)). | IllegalConfigurationException: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (200.000mb (209715200 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (200.000mb (209715200 bytes)).',
  },
  {
    release: '1.11.6',
    case: 'tm-E1-nothing',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: "IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
  },
  {
    release: '1.11.6',
    case: 'tm-E10-network-rest-above-max',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration. | IllegalConfigurationException: If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration. | IllegalConfigurationException: Derived Network Memory size (256.000mb (268435456 bytes)) is not in configured Network Memory range [64.000mb (67108864 bytes), 128.000mb (134217728 bytes)].',
    ours: 'IllegalConfigurationException: If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration. | IllegalConfigurationException: Derived Network Memory size (256.000mb (268435456 bytes)) is not in configured Network Memory range [64.000mb (67108864 bytes), 128.000mb (134217728 bytes)].',
  },
  {
    release: '1.11.6',
    case: 'tm-E17-cpu-cores-0',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly. | IllegalConfigurationException: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.',
    ours: 'IllegalConfigurationException: TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.',
  },
  {
    release: '1.11.6',
    case: 'tm-E2-process-100m',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (100.000mb (104857600 bytes)). | IllegalConfigurationException: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (100.000mb (104857600 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured JVM Metaspace (256.000mb (268435456 bytes)) and JVM Overhead (192.000mb (201326592 bytes)) exceed configured Total Process Memory (100.000mb (104857600 bytes)).',
  },
  {
    release: '1.11.6',
    case: 'tm-E3-process-lt-flink',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: The configured Total Process Memory size (1024.000mb (1073741824 bytes)) is less than the sum of the derived Total Flink Memory size (900.000mb (943718400 bytes)) and the configured or default JVM Metaspace size  (256.000mb (268435456 bytes)). | IllegalConfigurationException: The configured Total Process Memory size (1024.000mb (1073741824 bytes)) is less than the sum of the derived Total Flink Memory size (900.000mb (943718400 bytes)) and the configured or default JVM Metaspace size  (256.000mb (268435456 bytes)).',
    ours: 'IllegalConfigurationException: The configured Total Process Memory size (1024.000mb (1073741824 bytes)) is less than the sum of the derived Total Flink Memory size (900.000mb (943718400 bytes)) and the configured or default JVM Metaspace size  (256.000mb (268435456 bytes)).',
  },
  {
    release: '1.11.6',
    case: 'tm-E4-overhead-out-of-range',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Derived JVM Overhead size (768.000mb (805306368 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 256.000mb (268435456 bytes)]. | IllegalConfigurationException: Derived JVM Overhead size (768.000mb (805306368 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 256.000mb (268435456 bytes)].',
    ours: 'IllegalConfigurationException: Derived JVM Overhead size (768.000mb (805306368 bytes)) is not in configured JVM Overhead range [192.000mb (201326592 bytes), 256.000mb (268435456 bytes)].',
  },
  {
    release: '1.11.6',
    case: 'tm-E6-unparsable',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '1 gigabyte' for key 'taskmanager.memory.process.size'. | IllegalArgumentException: Memory size unit 'gigabyte' does not match any of the recognized units: (b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)",
    ours: "IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '1 gigabyte' for key 'taskmanager.memory.process.size'. | IllegalArgumentException: Memory size unit 'gigabyte' does not match any of the recognized units: (b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)",
  },
  {
    release: '1.11.6',
    case: 'tm-E7-managed-fraction-negative',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.managed.fraction' , default: 0.4 (fallback keys: []) (-0.10000000149011612) and its min (0 bytes), max (8388608.000tb (9223372036854775807 bytes)) value | IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.managed.fraction' , default: 0.4 (fallback keys: []) (-0.10000000149011612) and its min (0 bytes), max (8388608.000tb (9223372036854775807 bytes)) value | IllegalArgumentException: fraction must be in range [0, 1)",
    ours: "IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.managed.fraction' , default: 0.4 (fallback keys: []) (-0.10000000149011612) and its min (0 bytes), max (8388608.000tb (9223372036854775807 bytes)) value | IllegalArgumentException: fraction must be in range [0, 1)",
  },
  {
    release: '1.11.6',
    case: 'tm-E7-network-min-gt-max',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction, isDeprecated=true}]) (0.10000000149011612) and its min (256.000mb (268435456 bytes)), max (128.000mb (134217728 bytes)) value | IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction, isDeprecated=true}]) (0.10000000149011612) and its min (256.000mb (268435456 bytes)), max (128.000mb (134217728 bytes)) value | IllegalArgumentException: min value must be less or equal to max value",
    ours: "IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction, isDeprecated=true}]) (0.10000000149011612) and its min (256.000mb (268435456 bytes)), max (128.000mb (134217728 bytes)) value | IllegalArgumentException: min value must be less or equal to max value",
  },
  {
    release: '1.11.6',
    case: 'tm-E7-overhead-fraction-1',
    process: 'taskmanager',
    field: 'error',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Inconsistently configured Key: 'taskmanager.memory.jvm-overhead.fraction' , default: 0.1 (fallback keys: []) (1.0) and its min (192.000mb (201326592 bytes)), max (1024.000mb (1073741824 bytes)) value | IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.jvm-overhead.fraction' , default: 0.1 (fallback keys: []) (1.0) and its min (192.000mb (201326592 bytes)), max (1024.000mb (1073741824 bytes)) value | IllegalArgumentException: fraction must be in range [0, 1)",
    ours: "IllegalConfigurationException: Inconsistently configured Key: 'taskmanager.memory.jvm-overhead.fraction' , default: 0.1 (fallback keys: []) (1.0) and its min (192.000mb (201326592 bytes)), max (1024.000mb (1073741824 bytes)) value | IllegalArgumentException: fraction must be in range [0, 1)",
  },
  {
    release: '1.11.6',
    case: 'tm-E8-fine-grained-exceeds-flink',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Heap Memory (600.000mb (629145600 bytes)), Task Off-Heap Memory (0 bytes) and Managed Memory (400.000mb (419430400 bytes)) exceed configured Total Flink Memory (1024.000mb (1073741824 bytes)). | IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Heap Memory (600.000mb (629145600 bytes)), Task Off-Heap Memory (0 bytes) and Managed Memory (400.000mb (419430400 bytes)) exceed configured Total Flink Memory (1024.000mb (1073741824 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Heap Memory (600.000mb (629145600 bytes)), Task Off-Heap Memory (0 bytes) and Managed Memory (400.000mb (419430400 bytes)) exceed configured Total Flink Memory (1024.000mb (1073741824 bytes)).',
  },
  {
    release: '1.11.6',
    case: 'tm-E9-managed-network-exceed-flink',
    process: 'taskmanager',
    field: 'error',
    flink:
      'IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (300.000mb (314572800 bytes)) and Network Memory (128.000mb (134217728 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)). | IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (300.000mb (314572800 bytes)) and Network Memory (128.000mb (134217728 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)).',
    ours: 'IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (300.000mb (314572800 bytes)) and Network Memory (128.000mb (134217728 bytes)) exceed configured Total Flink Memory (512.000mb (536870912 bytes)).',
  },
  {
    release: '1.11.6',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.6',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.11.6',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.11.6',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.6',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.11.6',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.12.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.0',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.0',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.12.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.1',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.1',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'corpus-flink-1.12.0-user-copy-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'corpus-flink-dist-flink-conf-1.17-era',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'corpus-gordonmurray-paimon-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'corpus-operator-early-default-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'corpus-playgrounds-operations-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'corpus-santiment-btc-exporter-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'corpus-statefun-e2e-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-E1-nothing',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-E14-heap-off-heap-ne-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-E15-heap-exceeds-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-E16-flink-le-off-heap',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-E2-process-200m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-direct-limit',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-flink-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-heap-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-heap-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'jm-process-1600m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-comment-after-value',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'tm-cpu-cores-2.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-fine-grained-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-fine-grained',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-flink-1280m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-flink-4g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=507044758b -D taskmanager.memory.jvm-overhead.min=507044758b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-legacy-heap-mb',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-legacy-network-keys',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-managed-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-managed-size-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-metaspace-512m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=536870912b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'tm-network-fraction-0.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-network-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-network-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.2',
    case: 'tm-overhead-fraction-0.99',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=6442450944b -D taskmanager.memory.jvm-overhead.min=6442450944b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-overhead-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=314572800b -D taskmanager.memory.jvm-overhead.min=314572800b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-process-16g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-process-1728m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-process-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-process-4g-4-slots',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-process-64g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.12.2',
    case: 'tm-sizes-in-bytes',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.2',
    case: 'tm-task-off-heap-256m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b',
  },
  {
    release: '1.12.3',
    case: 'corpus-flink-1.12.0-user-copy-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.3',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.3',
    case: 'corpus-flink-dist-flink-conf-1.17-era',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.3',
    case: 'corpus-gordonmurray-paimon-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'corpus-operator-early-default-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'corpus-playgrounds-operations-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'corpus-santiment-btc-exporter-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'corpus-statefun-e2e-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-E1-nothing',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-E14-heap-off-heap-ne-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-E15-heap-exceeds-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-E16-flink-le-off-heap',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-E2-process-200m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-direct-limit',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-flink-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-heap-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-heap-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'jm-process-1600m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-comment-after-value',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.3',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.3',
    case: 'tm-cpu-cores-2.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-fine-grained-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-fine-grained',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-flink-1280m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-flink-4g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=507044758b -D taskmanager.memory.jvm-overhead.min=507044758b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-legacy-heap-mb',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-legacy-network-keys',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-managed-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-managed-size-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-metaspace-512m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=536870912b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.3',
    case: 'tm-network-fraction-0.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-network-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-network-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.3',
    case: 'tm-overhead-fraction-0.99',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=6442450944b -D taskmanager.memory.jvm-overhead.min=6442450944b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-overhead-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=314572800b -D taskmanager.memory.jvm-overhead.min=314572800b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-process-16g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-process-1728m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-process-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-process-4g-4-slots',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-process-64g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.12.3',
    case: 'tm-sizes-in-bytes',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.3',
    case: 'tm-task-off-heap-256m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b',
  },
  {
    release: '1.12.4',
    case: 'corpus-flink-1.12.0-user-copy-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.4',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.4',
    case: 'corpus-flink-dist-flink-conf-1.17-era',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.4',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.4',
    case: 'corpus-gordonmurray-paimon-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'corpus-operator-early-default-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'corpus-playgrounds-operations-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'corpus-santiment-btc-exporter-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'corpus-statefun-e2e-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-E1-nothing',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-E14-heap-off-heap-ne-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-E15-heap-exceeds-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-E16-flink-le-off-heap',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-E2-process-200m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-direct-limit',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-flink-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-heap-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-heap-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'jm-process-1600m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-comment-after-value',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.4',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.4',
    case: 'tm-cpu-cores-2.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-fine-grained-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-fine-grained',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-flink-1280m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-flink-4g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=507044758b -D taskmanager.memory.jvm-overhead.min=507044758b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-legacy-heap-mb',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-legacy-network-keys',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-managed-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-managed-size-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-metaspace-512m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=536870912b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.4',
    case: 'tm-network-fraction-0.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-network-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-network-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.4',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.4',
    case: 'tm-overhead-fraction-0.99',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=6442450944b -D taskmanager.memory.jvm-overhead.min=6442450944b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-overhead-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=314572800b -D taskmanager.memory.jvm-overhead.min=314572800b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-process-16g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-process-1728m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-process-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-process-4g-4-slots',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-process-64g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.12.4',
    case: 'tm-sizes-in-bytes',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.4',
    case: 'tm-task-off-heap-256m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b',
  },
  {
    release: '1.12.5',
    case: 'corpus-flink-1.12.0-user-copy-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.5',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.5',
    case: 'corpus-flink-dist-flink-conf-1.17-era',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.5',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.5',
    case: 'corpus-gordonmurray-paimon-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'corpus-operator-early-default-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'corpus-playgrounds-operations-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'corpus-santiment-btc-exporter-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'corpus-statefun-e2e-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-E1-nothing',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-E14-heap-off-heap-ne-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-E15-heap-exceeds-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-E16-flink-le-off-heap',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-E2-process-200m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-direct-limit',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-flink-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-heap-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-heap-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'jm-process-1600m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-comment-after-value',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.5',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.5',
    case: 'tm-cpu-cores-2.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-fine-grained-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-fine-grained',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-flink-1280m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-flink-4g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=507044758b -D taskmanager.memory.jvm-overhead.min=507044758b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-legacy-heap-mb',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-legacy-network-keys',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-managed-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-managed-size-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-metaspace-512m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=536870912b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.5',
    case: 'tm-network-fraction-0.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-network-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-network-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.5',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.5',
    case: 'tm-overhead-fraction-0.99',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=6442450944b -D taskmanager.memory.jvm-overhead.min=6442450944b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-overhead-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=314572800b -D taskmanager.memory.jvm-overhead.min=314572800b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-process-16g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-process-1728m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-process-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-process-4g-4-slots',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-process-64g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.12.5',
    case: 'tm-sizes-in-bytes',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.5',
    case: 'tm-task-off-heap-256m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b',
  },
  {
    release: '1.12.7',
    case: 'corpus-flink-1.12.0-user-copy-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.7',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.7',
    case: 'corpus-flink-dist-flink-conf-1.17-era',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.7',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.7',
    case: 'corpus-gordonmurray-paimon-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'corpus-operator-early-default-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'corpus-playgrounds-operations-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'corpus-santiment-btc-exporter-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'corpus-statefun-e2e-flink-conf',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-E1-nothing',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-E14-heap-off-heap-ne-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-E15-heap-exceeds-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-E16-flink-le-off-heap',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-E2-process-200m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-direct-limit',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-flink-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-heap-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-heap-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'jm-process-1600m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-comment-after-value',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.7',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.12.7',
    case: 'tm-cpu-cores-2.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=2.5 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-fine-grained-and-flink',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=268435456b -D taskmanager.memory.network.min=268435456b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1073741824b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-fine-grained',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=149130811b -D taskmanager.memory.network.min=149130811b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870912b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=536870912b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-flink-1280m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-flink-4g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=507044758b -D taskmanager.memory.jvm-overhead.min=507044758b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=429496736b -D taskmanager.memory.network.min=429496736b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1717986944b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=1879048160b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=563714445b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-legacy-heap-mb',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=268435460b -D taskmanager.memory.jvm-overhead.min=268435460b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=214748368b -D taskmanager.memory.network.min=214748368b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=858993472b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=805306352b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-legacy-heap-size',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=107374184b -D taskmanager.memory.network.min=107374184b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=429496736b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435448b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-legacy-network-keys',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=249644983b -D taskmanager.memory.network.min=249644983b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=480499446b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-managed-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-managed-size-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=0b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=268435456b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-metaspace-512m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=536870912b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=139586438b -D taskmanager.memory.network.min=139586438b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=558345755b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=429496719b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.12.7',
    case: 'tm-network-fraction-0.5',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=816043761b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-network-fraction-0',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=0b -D taskmanager.memory.network.min=0b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=730144429b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-network-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217728b -D taskmanager.memory.network.min=134217728b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=595926701b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.7',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.12.7',
    case: 'tm-overhead-fraction-0.99',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=6442450944b -D taskmanager.memory.jvm-overhead.min=6442450944b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=187904822b -D taskmanager.memory.network.min=187904822b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=751619288b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=671088626b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-overhead-min-eq-max',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=314572800b -D taskmanager.memory.jvm-overhead.min=314572800b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=156447541b -D taskmanager.memory.network.min=156447541b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=625790166b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=513802229b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-process-16g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=6335076856b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=8160437768b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-process-1728m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=134217730b -D taskmanager.memory.network.min=134217730b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=536870920b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=402653174b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-process-1g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843542b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-process-4g-4-slots',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=429496736b -D taskmanager.memory.jvm-overhead.min=429496736b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=359703515b -D taskmanager.memory.network.min=359703515b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=1438814063b -D taskmanager.cpu.cores=4.0 -D taskmanager.memory.task.heap.size=1530082070b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-process-64g',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=1073741824b -D taskmanager.memory.jvm-overhead.min=1073741824b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=1073741824b -D taskmanager.memory.network.min=1073741824b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=26950920184b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=39084201992b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.12.7',
    case: 'tm-sizes-in-bytes',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=201326592b -D taskmanager.memory.jvm-overhead.min=201326592b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=67108864b -D taskmanager.memory.network.min=67108864b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=241591914b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=26843543b -D taskmanager.memory.task.off-heap.size=0b',
  },
  {
    release: '1.12.7',
    case: 'tm-task-off-heap-256m',
    process: 'taskmanager',
    field: 'dynamicProperties',
    flink:
      '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b -D taskmanager.memory.jvm-metaspace.size=268435456b -D taskmanager.memory.jvm-overhead.max=214748368b -D taskmanager.memory.jvm-overhead.min=214748368b',
    ours: '-D taskmanager.memory.framework.off-heap.size=134217728b -D taskmanager.memory.network.max=166429984b -D taskmanager.memory.network.min=166429984b -D taskmanager.memory.framework.heap.size=134217728b -D taskmanager.memory.managed.size=665719939b -D taskmanager.cpu.cores=1.0 -D taskmanager.memory.task.heap.size=295278989b -D taskmanager.memory.task.off-heap.size=268435456b',
  },
  {
    release: '1.13.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.0',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.0',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.13.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.1',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.1',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.13.2',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.2',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.2',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.2',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.13.3',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.3',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.3',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.3',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.3',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.13.5',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.5',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.5',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.5',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.5',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.5',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.5',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.5',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.5',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.5',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.13.6',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.6',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.6',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.6',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.6',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.6',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.13.6',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.13.6',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.6',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.13.6',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.14.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.0',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.0',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.14.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.1',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.1',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.14.2',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.2',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.2',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.2',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.14.3',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.3',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.3',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.3',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.3',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.14.4',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.4',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.4',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.4',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.4',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.4',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.4',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.4',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.4',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.4',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.14.5',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.5',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.5',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.5',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.5',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.5',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.5',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.5',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.5',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.5',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.14.6',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.6',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.6',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.6',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.6',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.6',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.14.6',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.14.6',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.6',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.14.6',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.15.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.0',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.0',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.15.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.1',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.1',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.15.2',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.2',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.2',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.2',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.15.3',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.3',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.3',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.3',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.3',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.15.4',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.4',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.4',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.4',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.4',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.4',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.15.4',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.15.4',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.4',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.15.4',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.16.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.0',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.16.0',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.16.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.16.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.16.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.16.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.1',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.16.1',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.16.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.16.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.16.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.16.2',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.2',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.2',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.16.2',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.16.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.16.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.16.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.16.3',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.3',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.3',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.3',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.16.3',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.16.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.16.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.16.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.16.3',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.17.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.0',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.17.0',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.17.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.17.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.17.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.17.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.1',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.17.1',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.17.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.17.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.17.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.17.2',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.2',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.2',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.2',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.17.2',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.17.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.17.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.17.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.17.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.18.0',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.0',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.0',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.0',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.18.0',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.18.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.18.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.18.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.18.1',
    case: 'corpus-flink-dist-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.1',
    case: 'corpus-flink-dist-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.1',
    case: 'corpus-gordonmurray-fluss-config',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: JobManager memory configuration failed: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.1',
    case: 'tm-config-yaml-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.18.1',
    case: 'tm-config-yaml-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/flink-conf.yaml' (<conf>/flink-conf.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '1.18.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.18.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.18.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.18.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.19.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.19.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.19.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.19.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.19.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.19.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.19.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.19.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.19.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.19.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.19.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.19.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.19.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.19.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.19.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.19.3',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.20.0',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.20.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.0',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.20.1',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.20.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.1',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.20.2',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.20.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.2',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.20.3',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.20.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.3',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
    ours: '(derived)',
  },
  {
    release: '1.20.4',
    case: 'tm-nested-keys',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly. | IllegalConfigurationException: Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    ours: '(derived)',
  },
  {
    release: '1.20.4',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.4',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'outcome',
    flink: '(derived)',
    ours: 'file: flink-conf.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '1.20.4',
    case: 'tm-quoted-value',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      "IllegalConfigurationException: TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalConfigurationException: Cannot read memory size from config option 'taskmanager.memory.process.size'. | IllegalArgumentException: Could not parse value '\"2g\"' for key 'taskmanager.memory.process.size'. | NumberFormatException: text does not start with a number",
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
    release: '2.0.0',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.0.0',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.0.0',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.0.0',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.0.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.0.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.0.1',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.0.1',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.0.1',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.0.1',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.0.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.0.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.0.2',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.0.2',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.0.2',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.0.2',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.0.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.0.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
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
  {
    release: '2.1.1',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.1.1',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.1.1',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.1.1',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.1.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.1.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.1.2',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.1.2',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.1.2',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.1.2',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.1.2',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.1.2',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.1.3',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.1.3',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.1.3',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.1.3',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.1.3',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.1.3',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.2.0',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.2.0',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.2.0',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.2.0',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.2.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.2.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.2.1',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.2.1',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.2.1',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.2.1',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.2.1',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.2.1',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.3.0',
    case: 'tm-duplicate-key',
    process: 'taskmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.3.0',
    case: 'tm-duplicate-key',
    process: 'jobmanager',
    field: 'outcome',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: while constructing a mapping\n in reader, line 1, column 1\nfound duplicate key taskmanager.memory.process.size\n in reader, line 2, column 1\n',
    ours: '(derived)',
  },
  {
    release: '2.3.0',
    case: 'tm-flink-conf-file',
    process: 'taskmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.3.0',
    case: 'tm-flink-conf-file',
    process: 'jobmanager',
    field: 'outcome',
    flink: "IllegalConfigurationException: The Flink config file '<conf>/config.yaml' (<conf>/config.yaml) does not exist.",
    ours: '(derived)',
  },
  {
    release: '2.3.0',
    case: 'tm-no-space-after-colon',
    process: 'taskmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
  {
    release: '2.3.0',
    case: 'tm-no-space-after-colon',
    process: 'jobmanager',
    field: 'error',
    flink:
      'RuntimeException: Error parsing YAML configuration. | YamlEngineException: mapping values are not allowed here\n in reader, line 2, column 30\n',
    ours: 'file: config.yaml:1: not valid YAML: Implicit keys need to be on a single line',
  },
];
