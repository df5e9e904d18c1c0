// Protects MemorySize parsing and printing against the cases of Flink's own MemorySizeTest and MemorySizePrettyPrintingTest, with the exact
// exception texts of MemorySize.parseBytes.
//
// Sources (read through the code search tool):
//   apache/flink@43d98ca1802ebc7faa97c49622bc5104ae599ced flink-core-api/src/test/java/org/apache/flink/configuration/MemorySizeTest.java
//   apache/flink@138f1f9d17b7a58b092ee7d9fc4c20d968a7b33b flink-core/src/test/java/org/apache/flink/configuration/MemorySizeTest.java
// (pre-2.0 location)
//   apache/flink@1cd5558ad5984571e0f94670fa833c79c3a299ec
// flink-core/src/test/java/org/apache/flink/configuration/MemorySizePrettyPrintingTest.java
//   apache/flink@47a02f63da293edfcace2996d2df33db2b888564 flink-core-api/src/main/java/org/apache/flink/configuration/MemorySize.java
// (messages)
// Inputs already in tests/fixtures/flink-memory-examples.json ("1234", "667766 kb", "7657623 mebibytes", "1234567 t",
// "1 G", "16 16 17 18 bytes", human-readable 0 and 10^15) are covered by examples.test.ts and left out here.
// Not replayable: parseBytes(null) (NullPointerException; the TypeScript signature takes a string), parse(text, defaultUnit),
// divide(), and new MemorySize(-1) — the model has no counterpart for them.
import { describe, expect, it } from 'vitest';
import { humanReadable, MemorySizeParseError, memorySizeToString, parseMemorySize, toMebiBytes } from '../../models/units/memorySize';

const KiB = 1024n;
const MiB = KiB * KiB;
const GiB = MiB * KiB;
const TiB = GiB * KiB;
const ALL_UNITS = '(b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)';

describe('MemorySizeTest: valid inputs parse to the asserted size', () => {
  // [test method, input, bytes]; the Flink tests assert getKibiBytes()/getMebiBytes()/... == n, i.e. bytes == n × unit.
  const cases: Array<[string, string, bigint]> = [
    ['testParseBytes', '1234b', 1234n],
    ['testParseBytes', '1234 b', 1234n],
    ['testParseBytes', '1234bytes', 1234n],
    ['testParseBytes', '1234 bytes', 1234n],
    ...['667766k', '667766 k', '667766kb', '667766kibibytes', '667766 kibibytes'].map((s): [string, string, bigint] => [
      'testParseKibiBytes',
      s,
      667766n * KiB,
    ]),
    ...['7657623m', '7657623 m', '7657623mb', '7657623 mb', '7657623mebibytes'].map((s): [string, string, bigint] => [
      'testParseMebiBytes',
      s,
      7657623n * MiB,
    ]),
    ...['987654g', '987654 g', '987654gb', '987654 gb', '987654gibibytes', '987654 gibibytes'].map((s): [string, string, bigint] => [
      'testParseGibiBytes',
      s,
      987654n * GiB,
    ]),
    ...['1234567t', '1234567tb', '1234567 tb', '1234567tebibytes', '1234567 tebibytes'].map((s): [string, string, bigint] => [
      'testParseTebiBytes',
      s,
      1234567n * TiB,
    ]),
    ['testUpperCase', '1 B', 1n],
    ['testUpperCase', '1 K', KiB],
    ['testUpperCase', '1 M', MiB],
    ['testUpperCase', '1 T', TiB],
    ['testTrimBeforeParse', '      155      ', 155n],
    ['testTrimBeforeParse', '      155      bytes   ', 155n],
  ];
  it.each(cases)('%s: parse(%j)', (_test, input, bytes) => {
    expect(parseMemorySize(input)).toBe(bytes);
  });
});

describe('MemorySizeTest: invalid inputs fail with Flink 2.0 MemorySize.parseBytes texts', () => {
  // [test method (case), input, Java class, exact message]
  const cases: Array<[string, string, 'IllegalArgumentException' | 'NumberFormatException', string]> = [
    ['testParseInvalid (empty)', '', 'IllegalArgumentException', 'argument is an empty- or whitespace-only string'],
    ['testParseInvalid (blank)', '     ', 'IllegalArgumentException', 'argument is an empty- or whitespace-only string'],
    ['testParseInvalid (no number)', 'foobar or fubar or foo bazz', 'NumberFormatException', 'text does not start with a number'],
    [
      'testParseInvalid (wrong unit)',
      '16 gjah',
      'IllegalArgumentException',
      `Memory size unit 'gjah' does not match any of the recognized units: ${ALL_UNITS}`,
    ],
    ['testParseInvalid (negative number)', '-100 bytes', 'NumberFormatException', 'text does not start with a number'],
    // Added to MemorySizeTest after 2.0 together with a new regex check ("Memory size must be an integer value optionally
    // followed by a unit. Found: 1.5g" at apache/flink@0cecaa3805e7…); up to 2.0 the digits "1" parse and ".5g" is the unit.
    [
      'testParseInvalid (fractional number, 2.0 text)',
      '1.5g',
      'IllegalArgumentException',
      `Memory size unit '.5g' does not match any of the recognized units: ${ALL_UNITS}`,
    ],
    [
      'testParseNumberOverflow',
      '100000000000000000000000000000000 bytes',
      'IllegalArgumentException',
      "The value '100000000000000000000000000000000' cannot be re represented as 64bit number (numeric overflow).",
    ],
    [
      'testParseNumberTimeUnitOverflow',
      '100000000000000 tb',
      'IllegalArgumentException',
      "The value '100000000000000 tb' cannot be re represented as 64bit number of bytes (numeric overflow).",
    ],
  ];
  it.each(cases)('%s: parse(%j) throws %s', (_test, input, javaClass, message) => {
    let thrown: unknown;
    try {
      parseMemorySize(input);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MemorySizeParseError);
    expect((thrown as MemorySizeParseError).javaClass).toBe(javaClass);
    expect((thrown as MemorySizeParseError).message).toBe(message);
  });
});

describe('MemorySizeTest#testToHumanReadableString', () => {
  const cases: Array<[bigint, string]> = [
    [1n, '1 bytes'],
    [1024n, '1024 bytes'],
    [1025n, '1.001kb (1025 bytes)'],
    [1536n, '1.500kb (1536 bytes)'],
    [1_000_000n, '976.563kb (1000000 bytes)'],
    [1_000_000_000n, '953.674mb (1000000000 bytes)'],
    [1_000_000_000_000n, '931.323gb (1000000000000 bytes)'],
  ];
  it.each(cases)('new MemorySize(%s).toHumanReadableString() == %j', (bytes, text) => {
    expect(humanReadable(bytes)).toBe(text);
  });
});

describe('MemorySizePrettyPrintingTest#testFormatting (MemorySize.toString)', () => {
  const cases: Array<[bigint, string]> = [
    [KiB + 1n, '1025 bytes'],
    [100n, '100 bytes'],
    [1024n, '1 kb'],
    [GiB + 1n, '1073741825 bytes'],
    [0n, '0 bytes'],
  ];
  it.each(cases)('new MemorySize(%s).toString() == %j', (bytes, text) => {
    expect(memorySizeToString(bytes)).toBe(text);
  });
});

describe('MemorySizeTest#testUnitConversion (getMebiBytes, the only conversion the model exposes)', () => {
  const cases: Array<[bigint, bigint]> = [
    [0n, 0n],
    [955n, 0n],
    [18500n, 0n],
    [15n * 1024n * 1024n, 15n],
    [2n * TiB + 10n, 2097152n],
  ];
  it.each(cases)('new MemorySize(%s).getMebiBytes() == %s', (bytes, mebibytes) => {
    expect(toMebiBytes(bytes)).toBe(mebibytes);
  });
});
