// Protects the configuration model against bad input: random keys and nasty values (Infinity, NaN, 1e308, 400 digits, negatives, hex,
// whitespace) for every version give a derivation with finite, non-negative sizes, slots ≥ 1 and finite positive cores, or a named Flink
// error — never an exception, NaN, Infinity or a negative — and the fixed reproducers stay refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELECTABLE_VERSIONS } from '../../models/config/flinkVersion';
import { deriveMemory } from '../../models/memoryModel';
import { fuzzCase, runCase } from '../helpers/configFuzzCases';

const tmWith = (version: string, config: Record<string, string>) =>
  deriveMemory({
    process: 'taskmanager',
    flinkVersion: version,
    entries: Object.entries({ 'taskmanager.memory.process.size': '2g', ...config }).map(([key, value]) => ({ key, value, origin: 'test' })),
  });

describe('configuration fuzz', () => {
  it('taskmanager.cpu.cores: Infinity, NaN or a 400-digit number is refused as BigDecimal refuses it (1.11+ CPUResource)', () => {
    for (const version of SELECTABLE_VERSIONS) {
      for (const [value, first] of [
        ['Infinity', 'I'],
        ['9'.repeat(400), 'I'],
        ['NaN', 'N'],
      ] as const) {
        const r = tmWith(version, { 'taskmanager.cpu.cores': value });
        expect(r.ok, `${version} ${value.slice(0, 10)}`).toBe(false);
        if (!r.ok) {
          expect(r.error.javaClass).toBe('NumberFormatException');
          expect(r.error.message).toBe(
            `Character ${first} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`,
          );
          expect(r.error.keys).toEqual(['taskmanager.cpu.cores']);
        }
      }
      // Negative infinity fails the "positive" check first, as in TaskExecutorProcessUtils.
      const negative = tmWith(version, { 'taskmanager.cpu.cores': '-Infinity' });
      expect(!negative.ok && negative.error.message).toMatch(/positive number of CPU cores/);
    }
  });

  it('taskmanager.numberOfTaskSlots: -1 means 1 (ConfigurationParserUtils#getSlot); 0 and -2 are refused at TaskManager start', () => {
    for (const version of SELECTABLE_VERSIONS) {
      const minusOne = tmWith(version, { 'taskmanager.numberOfTaskSlots': '-1', 'taskmanager.cpu.cores': '2' });
      expect(minusOne.ok && minusOne.process === 'taskmanager' && minusOne.taskManager.slots).toBe(1);
      // Without explicit cores the -1 is the cores fallback, and BashJavaUtils refuses it first.
      const fallback = tmWith(version, { 'taskmanager.numberOfTaskSlots': '-1' });
      expect(!fallback.ok && fallback.error.message).toMatch(/positive number of CPU cores/);
      for (const slots of ['0', '-2']) {
        const r = tmWith(version, { 'taskmanager.numberOfTaskSlots': slots, 'taskmanager.cpu.cores': '2' });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.stage).toBe('startup');
          expect(r.error.message).toBe(
            `Invalid configuration value for taskmanager.numberOfTaskSlots : ${slots} - Number of task slots must be at least one.`,
          );
        }
      }
    }
  });

  // 3,000 cases × (2 derivations + 1 runtime read) take ~1.5 s here (2,200 cases/s alone); the seed is fixed so CI never fails on a new
  // draw. `npx tsx scripts/fuzz-config.ts 100000` runs the long variant.
  it('random keys and values: a derivation within bounds or a named Flink error, never an exception', () => {
    fc.assert(
      fc.property(fuzzCase, (c) => {
        runCase(c);
      }),
      { seed: 20260510, numRuns: 3000 },
    );
  });
});
