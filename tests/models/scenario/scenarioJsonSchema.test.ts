// Protects the editor schema: the committed scenarios/scenario.schema.json is exactly what the zod schema generates (so it cannot go stale)
// and documents every field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../models/scenario/scenarioJsonSchema';

const COMMITTED = new URL('../../../scenarios/scenario.schema.json', import.meta.url);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every named property (and catch-all) in the schema, with its JSON pointer. */
function properties(schema: unknown, pointer: string, out: Array<[string, Json]> = []): Array<[string, Json]> {
  if (Array.isArray(schema)) schema.forEach((item, i) => properties(item, `${pointer}/${i}`, out));
  if (!isObject(schema)) return out;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && isObject(value)) {
      for (const [name, property] of Object.entries(value)) if (isObject(property)) out.push([`${pointer}/properties/${name}`, property]);
    }
    if (key === 'additionalProperties' && isObject(value) && !('$ref' in value)) out.push([`${pointer}/additionalProperties`, value]);
    properties(value, `${pointer}/${key}`, out);
  }
  return out;
}

describe('scenario JSON Schema', () => {
  it('is committed up to date (regenerate: npx tsx scripts/emit-scenario-schema.ts)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(scenarioJsonSchema());
  });

  it('is draft 2020-12, closed at the top, and requires the essentials', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['title', 'duration', 'job']);
  });

  it('describes every field, with its default where it has one', () => {
    const all = properties(scenarioJsonSchema(), '#');
    expect(all.length).toBeGreaterThan(50);
    const undocumented = all
      .filter(([, property]) => typeof property.description !== 'string' || property.description.length < 10)
      .map(([p]) => p);
    expect(undocumented).toEqual([]);
    const claimsDefault = all.filter(
      ([, p]) => / Default [^:]/.test(String(p.description)) && !/Default none|Default by kind/.test(String(p.description)),
    );
    expect(claimsDefault.filter(([, p]) => !('default' in p)).map(([p]) => p)).toEqual([]);
  });

  it('offers the enums and the input forms of sizes and durations', () => {
    const json = JSON.stringify(scenarioJsonSchema());
    for (const word of ['kill-container', 'exception-storm', 'metaspace', 'asyncIO', 'kubernetes', 'per-restart', 'burst', '"1s"', '"30s"'])
      expect(json).toContain(word);
  });
});
