// Protects the Java number semantics the derivation depends on: float fractions, BigDecimal multiplication, Java's number printing and
// HashMap order.
import { describe, expect, it } from 'vitest';
import { multiply } from '../../models/derivation/byteMath';
import { javaHashMapOrder, javaStringHash } from '../../models/derivation/javaHashMap';
import {
  formatFixedHalfUp,
  javaDoubleToString,
  javaFloatToString,
  parseJavaFloat,
  parseJavaInt,
  JavaNumberFormatError,
} from '../../models/units/javaNumbers';

describe('fractions are binary32 widened to binary64 (docs/flink-memory-model.md §3)', () => {
  it.each([
    ['0.1', '0.10000000149011612'],
    ['0.4', '0.4000000059604645'],
    ['0.2', '0.20000000298023224'],
    ['0.5', '0.5'],
    ['0.6', '0.6000000238418579'],
    ['1', '1.0'],
    ['-0.1', '-0.10000000149011612'],
    ['1e-4f', '9.999999747378752E-5'],
    ['1e10', '1.0E10'],
    ['0x1p-3', '0.125'],
    ['NaN', 'NaN'],
  ])('Float.parseFloat(%s) prints as %s', (text, printed) => {
    expect(javaDoubleToString(parseJavaFloat(text))).toBe(printed);
  });

  it.each(['', 'abc', '1,5', '0.1.2', '--1'])('rejects %j like Java', (text) => {
    expect(() => parseJavaFloat(text)).toThrow(JavaNumberFormatError);
  });

  it('Float.toString gives the shortest float digits', () => {
    expect([0.1, 0.4, 0.25, 1e-5].map((v) => javaFloatToString(Math.fround(v)))).toEqual(['0.1', '0.4', '0.25', '1.0E-5']);
  });

  it('Integer.parseInt bounds', () => {
    expect(parseJavaInt(' 2147483647 ')).toBe(2147483647);
    expect(() => parseJavaInt('2147483648')).toThrow(JavaNumberFormatError);
    expect(() => parseJavaInt('4.0')).toThrow(JavaNumberFormatError);
  });
});

describe('MemorySize.multiply', () => {
  it('goes through the shortest decimal and truncates', () => {
    expect(multiply(1342177280n, Math.fround(0.4))).toBe(536870920n);
    expect(multiply(1342177280n, Math.fround(0.1))).toBe(134217730n);
    expect(multiply(1811939328n, Math.fround(0.1))).toBe(181193935n); // exact 181193935.5
  });

  it('refuses negative multipliers and overflow like Java', () => {
    expect(() => multiply(1n, -0.5)).toThrow('multiplier must be >= 0');
    expect(() => multiply(9223372036854775807n, 1.5)).toThrow('long overflow');
  });
});

describe('printing', () => {
  it('%.3f rounds the shortest decimal half-up', () => {
    expect([formatFixedHalfUp(1.0005, 3), formatFixedHalfUp(0.0004, 3), formatFixedHalfUp(8388608, 3)]).toEqual([
      '1.001',
      '0.000',
      '8388608.000',
    ]);
  });
});

describe('Java HashMap iteration order', () => {
  it("String.hashCode is Java's 32-bit hash", () => {
    expect(javaStringHash('taskmanager.cpu.cores')).toBe(javaStringHash('taskmanager.cpu.cores'));
    expect(javaStringHash('a')).toBe(97);
    expect(javaStringHash('hello world')).toBe(1794106052);
  });

  it('orders by bucket, keeping insertion order within a bucket', () => {
    // "Aa" and "BB" collide in Java (both hash to 2112).
    expect(javaHashMapOrder(['BB', 'Aa'])).toEqual(['BB', 'Aa']);
    expect(javaHashMapOrder(['Aa', 'BB'])).toEqual(['Aa', 'BB']);
  });
});
