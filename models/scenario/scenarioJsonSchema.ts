/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from `scenarioSchema` on its input
 * side, so editors (yaml-language-server) can complete and check scenario YAML with the same
 * field descriptions. `scripts/emit-scenario-schema.ts` writes it to `scenarios/scenario.schema.json`.
 */
import { z } from 'zod';
import { scenarioSchema } from './scenarioSchema';

export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: 'Flink Memory Sandbox scenario', ...rest };
}
