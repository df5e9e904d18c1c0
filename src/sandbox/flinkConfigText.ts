/**
 * Writes a Flink configuration back into a scenario's YAML text: `flink.config` becomes the given
 * entries, in order, as flat dotted keys (how flink-conf.yaml writes them); everything else in the
 * file — comments, layout, events — stays as it was. Values are written as the text typed.
 */
import { parseDocument } from 'yaml';

export interface ConfigLine {
  readonly key: string;
  readonly value: string;
}

export function withFlinkConfig(yamlText: string, entries: readonly ConfigLine[]): string {
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) throw new Error(`the scenario does not parse: ${doc.errors[0]?.message ?? ''}`);
  const config = doc.createNode(Object.fromEntries(entries.map((e) => [e.key, e.value])));
  if (doc.hasIn(['flink'])) doc.setIn(['flink', 'config'], config);
  else doc.set('flink', doc.createNode({ config }));
  return doc.toString({ lineWidth: 0 });
}
