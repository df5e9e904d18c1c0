// Writes scenarios/scenario.schema.json from models/scenario (run: npx tsx scripts/emit-scenario-schema.ts).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../models/scenario/scenarioJsonSchema';

const target = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
