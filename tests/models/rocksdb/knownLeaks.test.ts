import { describe, expect, it } from 'vitest';
import { parseFlinkVersion } from '../../../models/config/flinkVersion';
import {
  freedByFinalizer,
  isAffected,
  isTriggered,
  KNOWN_ROCKSDB_LEAKS,
  knownLeak,
  leakNote,
  leaksOfRelease,
  releaseOf,
  statisticsBytes,
  STATISTICS_BYTES,
} from '../../../models/rocksdb/knownLeaks';

const ids = (version: string) => leaksOfRelease(parseFlinkVersion(version)).map((l) => l.id);

describe('known RocksDB leaks by release (read in the release jars: calibration/rocksdb-leaks/README.md)', () => {
  it('FLINK-21986: 1.11.0–1.11.3 and 1.12.0–1.12.3 leak; 1.11.4, 1.12.4, 1.13.0 and the latest 1.11/1.12 do not', () => {
    for (const v of ['1.11.0', '1.11.3', '1.12.0', '1.12.2', '1.12.3']) expect(ids(v), v).toContain('FLINK-21986');
    for (const v of ['1.10.3', '1.11.4', '1.12.4', '1.12.5', '1.12', '1.11', '1.13.0', '1.20.0', '2.0.0'])
      expect(ids(v), v).not.toContain('FLINK-21986');
  });

  it('FLINK-39753: 1.20.0–1.20.4, every 2.0 and 2.1, 2.2.0–2.2.1 leak; 1.20.5, 2.3.0 and 1.19 do not', () => {
    for (const v of ['1.20.0', '1.20.4', '2.0.0', '2.0.2', '2.1', '2.1.3', '2.2.0', '2.2.1', '2.2'])
      expect(ids(v), v).toContain('FLINK-39753');
    for (const v of ['1.19.3', '1.20.5', '1.20', '2.3.0', '2.3', '2.4']) expect(ids(v), v).not.toContain('FLINK-39753');
  });

  it('FLINK-39923: every release from 1.16.0 to 2.3.0; 1.15 (no Statistics) and 2.4 (the fix) do not', () => {
    for (const v of ['1.16.0', '1.17', '1.20.5', '2.0.0', '2.2.1', '2.3.0', '2.3']) expect(ids(v), v).toContain('FLINK-39923');
    for (const v of ['1.15.4', '1.15', '1.13', '2.4']) expect(ids(v), v).not.toContain('FLINK-39923');
  });

  it('a version without a patch is the newest release of its line on Maven Central', () => {
    expect(releaseOf(parseFlinkVersion('1.20'))).toEqual([1, 20, 5]);
    expect(releaseOf(parseFlinkVersion('2.2'))).toEqual([2, 2, 1]);
    expect(releaseOf(parseFlinkVersion('1.12.2'))).toEqual([1, 12, 2]);
  });

  it('each fixed release is outside every affected range of its leak, and each leak has one', () => {
    for (const leak of KNOWN_ROCKSDB_LEAKS) {
      expect(leak.fixedIn.length).toBeGreaterThan(0);
      for (const fixed of leak.fixedIn) expect(isAffected(leak, parseFlinkVersion(fixed)), `${leak.id} ${fixed}`).toBe(false);
    }
  });

  it('triggers: manual compaction needs min-interval > 0, the Statistics a ticker metric; FLINK-21986 always', () => {
    const off = { tickerMetrics: false, manualCompactionMinIntervalMs: 0 };
    expect(isTriggered(knownLeak('FLINK-21986'), off)).toBe(true);
    expect(isTriggered(knownLeak('FLINK-39753'), off)).toBe(false);
    expect(isTriggered(knownLeak('FLINK-39753'), { ...off, manualCompactionMinIntervalMs: 60_000 })).toBe(true);
    expect(isTriggered(knownLeak('FLINK-39923'), off)).toBe(false);
    expect(isTriggered(knownLeak('FLINK-39923'), { ...off, tickerMetrics: true })).toBe(true);
  });

  it('a Statistics is the measured size of its frocksdb; the finalizer frees on ≤ 1.20 and not on 2.x', () => {
    expect(statisticsBytes(parseFlinkVersion('2.2.1'))).toBe(STATISTICS_BYTES.frocksdb8);
    expect(statisticsBytes(parseFlinkVersion('1.20'))).toBe(STATISTICS_BYTES.frocksdb6);
    expect(freedByFinalizer(parseFlinkVersion('1.12.2'))).toBe(true);
    expect(freedByFinalizer(parseFlinkVersion('1.20.4'))).toBe(true);
    expect(freedByFinalizer(parseFlinkVersion('2.0.0'))).toBe(false);
  });

  it('the versions note names the affected patches and the fix', () => {
    expect(leakNote(1, 20)).toBe(
      'RocksDB leaks: FLINK-39753 in 1.20.0–1.20.4 until a GC (fixed in 1.20.5); FLINK-39923 in 1.20.0–1.20.5 until a GC (no fix in 1.20; fixed in 2.4)',
    );
    expect(leakNote(1, 12)).toBe('RocksDB leaks: FLINK-21986 in 1.12.0–1.12.3 until a GC (fixed in 1.12.4)');
    expect(leakNote(2, 2)).toBe(
      'RocksDB leaks: FLINK-39753 in 2.2.0–2.2.1 (fixed in 2.2.2); FLINK-39923 in 2.2.0–2.2.1 (no fix in 2.2; fixed in 2.4)',
    );
    expect(leakNote(1, 13)).toBe('');
  });
});
