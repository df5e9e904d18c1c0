/**
 * `flink-mem sweep-merge <files…>`: the shards of one sweep (`sweep … --shard K/N --out FILE`, run on
 * as many machines) joined into what the unsharded sweep prints: --json and --csv byte for byte; the
 * table's "in N ms" is the sum of the shards' wall times. Exit 0 done, 1 shards that do not make one
 * sweep (missing, given twice, from another sweep), 2 wrong usage (an unreadable file).
 */
import { UsageError, type CliIo } from '../io';
import { reportError, type SizingOptions } from '../sizingInput';
import { mergeShards, readShard, ShardError } from '../sweepShards';
import { printSweep } from './sweep';

export interface SweepMergeOptions extends SizingOptions {
  out?: string;
}

export function sweepMergeCommand(files: readonly string[], opts: SweepMergeOptions, io: CliIo): number {
  if (opts.json && opts.csv) throw new UsageError('--json and --csv exclude each other.');
  if (opts.out !== undefined && !io.writeFile) throw new UsageError('--out is not available here.');
  const texts = files.map((name) => {
    try {
      return { name, text: io.readFile(name) };
    } catch (e) {
      throw new UsageError(`cannot read ${name}: ${(e as Error).message}`);
    }
  });
  try {
    const { result, wallMs } = mergeShards(texts.map(({ name, text }) => ({ name, shard: readShard(name, text) })));
    return printSweep(result, opts, wallMs, io);
  } catch (e) {
    if (e instanceof ShardError) return reportError(e.message, opts.json, io, 1);
    throw e;
  }
}
