/**
 * Where the product differs from Flink's own classes today (configuration oracle, calibration/config-oracle/): one row
 * per release, case, process and field, Flink's value and ours. Written by scripts/config-oracle-differences.ts; every
 * row is a bug or a missing feature to fix (issue 14), not a tolerance. 60 rows: {"load.log":20,"error":40}.
 */
import type { Difference } from '../../calibration/config-oracle/replay';

export const KNOWN_DIFFERENCES: readonly Difference[] = [
  {
    release: '1.19.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.19.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.19.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.19.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.19.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.19.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.19.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.19.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.19.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.19.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.19.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.19.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.20.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.20.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.20.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.20.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.4',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.20.4',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.4',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.5',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '1.20.5',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '1.20.5',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.0.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.0.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.0.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.0.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.0.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.0.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.0.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.0.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.0.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.1.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.1.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.1.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.1.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.1.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.1.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.1.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.1.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.1.2',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.1.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.1.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.1.3',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.2.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.2.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.2.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.2.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.2.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.2.1',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.3.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'load.log',
    flink:
      "INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.\nERROR YamlParserUtils: Failed to parse YAML configuration\norg.snakeyaml.engine.v2.exceptions.YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: 'INFO GlobalConfiguration: Using standard YAML parser to load flink configuration file from <conf>/config.yaml.',
  },
  {
    release: '2.3.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'taskmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
  {
    release: '2.3.0',
    case: 'tm-yaml-unclosed-flow',
    process: 'jobmanager',
    field: 'error',
    flink:
      "RuntimeException: Error parsing YAML configuration. | YamlEngineException: while parsing a flow sequence\n in reader, line 2, column 9\nexpected ',' or ']', but got :\n in reader, line 3, column 31\n",
    ours: "RuntimeException: Error parsing YAML configuration. | YamlEngineException: (SnakeYAML's words not reproduced) Flow sequence in block collection must be sufficiently indented and end with a ]",
  },
];
