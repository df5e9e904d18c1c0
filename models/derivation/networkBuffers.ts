/**
 * The network buffer pool a TaskManager allocates from its network memory: the segment size
 * rules and the buffer count (`ConfigurationParserUtils#getPageSize`,
 * `NettyShuffleEnvironmentConfiguration`; docs/flink-memory-model.md §10).
 */
import { FlinkError, ILLEGAL_CONFIG } from '../config/flinkError';
import { TM } from '../config/options';
import { INT_MAX } from '../units/javaNumbers';
import type { Bytes } from '../units/memorySize';
import type { DerivationContext } from './derivationContext';

const MIN_PAGE_SIZE = 4096n;

/** `taskmanager.memory.segment-size`, validated as when the shuffle environment is built (E18). */
export function segmentSize(ctx: DerivationContext): Bytes {
  const size = ctx.reader.memory(TM.segmentSize) ?? 32768n;
  if (size > BigInt(INT_MAX)) {
    throw new FlinkError('IllegalArgumentException', `Cannot downcast long value ${size} to integer.`, [TM.segmentSize.key]);
  }
  const invalid = (reason: string) =>
    new FlinkError(ILLEGAL_CONFIG, `Invalid configuration value for ${TM.segmentSize.key} : ${size} - ${reason}`, [TM.segmentSize.key]);
  if (size < MIN_PAGE_SIZE) throw invalid(`Minimum memory segment size is ${MIN_PAGE_SIZE}`);
  if ((size & (size - 1n)) !== 0n) throw invalid('Memory segment size must be a power of 2.');
  return size;
}

/** Buffers in the global pool: whole segments only; the remainder bytes stay unused (E19 above MAX_INT). */
export function networkBufferCount(network: Bytes, segment: Bytes): number {
  const buffers = network / segment;
  if (buffers > BigInt(INT_MAX)) {
    throw new FlinkError(
      'IllegalArgumentException',
      `The given number of memory bytes (${network}) corresponds to more than MAX_INT pages.`,
      [TM.networkMax.key, TM.segmentSize.key],
    );
  }
  return Number(buffers);
}
