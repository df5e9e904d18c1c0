/**
 * `ConfigOption#toString`, which Flink prints inside some messages (E1, E7):
 * "Key: 'taskmanager.memory.network.fraction' , default: 0.1 (fallback keys: [{key=taskmanager.network.memory.fraction,
 * isDeprecated=true}])".
 */
import type { FlinkVersion } from '../config/flinkVersion';
import type { DefaultValue, OptionDef } from '../config/options';
import { javaDoubleToString, javaFloatToString } from '../units/javaNumbers';
import { memorySizeToString } from '../units/memorySize';

export function optionDescription(def: OptionDef, version: FlinkVersion): string {
  const fallbacks = def.deprecatedKeys.map((key) => `{key=${key}, isDeprecated=true}`).join(', ');
  return `Key: '${def.key}' , default: ${javaDefault(def, def.defaultValue(version))} (fallback keys: [${fallbacks}])`;
}

function javaDefault(def: OptionDef, value: DefaultValue): string {
  if (value === undefined) return 'null';
  if (typeof value === 'bigint') return def.type === 'memory' ? memorySizeToString(value) : String(value);
  if (typeof value === 'number')
    return def.type === 'float' ? javaFloatToString(value) : def.type === 'double' ? javaDoubleToString(value) : String(value);
  return String(value);
}
