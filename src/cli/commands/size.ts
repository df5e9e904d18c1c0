/** `flink-mem size`: parse and print a size exactly as Flink's MemorySize does. */
import { humanReadable, MemorySizeParseError, memorySizeToString, parseMemorySize } from '../../../models/units/memorySize';
import { toJson } from '../json';
import type { CliIo } from '../io';

export function sizeCommand(text: string, json: boolean, io: CliIo): number {
  let bytes: bigint;
  try {
    bytes = parseMemorySize(text);
  } catch (e) {
    if (!(e instanceof MemorySizeParseError)) throw e;
    if (json) io.out(`${toJson({ error: e.message, javaClass: e.javaClass })}\n`);
    io.err(`${e.message}\n`);
    return 1;
  }
  const result = {
    // JSON numbers above 2^53 lose digits in most readers, so those travel as strings.
    bytes: bytes > BigInt(Number.MAX_SAFE_INTEGER) ? bytes.toString() : Number(bytes),
    humanReadable: humanReadable(bytes),
    toString: memorySizeToString(bytes),
  };
  io.out(
    json
      ? `${toJson(result)}\n`
      : `bytes:          ${bytes}\nhumanReadable:  ${result.humanReadable}\ntoString:       ${result.toString}\n`,
  );
  return 0;
}
