// Protects the GC log reader (models/artefacts/gcLog.ts) on its corpus of real logs: generated here on JDK 17 and 25 (G1,
// Parallel, Serial; seven -Xlog decorations) and JDK 8 logs from public sources (tests/fixtures/artefacts/gc-logs/SOURCES.json):
// per log the collections counted, the first and last read exactly, and every line not read named.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GcCollection, readGcLog } from '../../../models/artefacts/gcLog';
import { parseWallClock, unreadMessage } from '../../../models/artefacts/logLines';

const DIR = new URL('../../fixtures/artefacts/gc-logs/', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const SOURCES = JSON.parse(read('SOURCES.json')) as Record<string, { command?: string; url?: string }>;

/** One collection in one line: where, when, what, heap before->after(committed) in bytes, pause, metaspace, G1 flags. */
function summary(c: GcCollection | undefined): string {
  if (!c) return 'none';
  const flags = [c.concurrentStart ? 'concurrent-start' : '', c.evacuationFailure ? 'evacuation-failure' : ''].filter(Boolean).join(' ');
  const meta = c.metaspaceBeforeBytes === undefined ? '' : ` metaspace ${c.metaspaceBeforeBytes}->${c.metaspaceAfterBytes}`;
  const hum = c.humongousRegions ? ` humongous ${c.humongousRegions.before}->${c.humongousRegions.after}` : '';
  const ts = c.time.timestamp ? ` (${c.time.timestamp} = ${c.time.epochMs})` : '';
  const id = c.gcId === undefined ? '' : ` GC(${c.gcId})`;
  const what = `${c.collector} ${c.kind}${c.g1Type ? `/${c.g1Type}` : ''} (${c.cause})`;
  return `line ${c.line}${id} at ${c.time.atMs} ms${ts}: ${what} ${c.heapBeforeBytes}->${c.heapAfterBytes}(${c.heapCommittedBytes}) ${c.pauseMs} ms${meta}${hum}${flags ? ` ${flags}` : ''}`;
}

// [file, format, collector, collections, concurrent phases, unread line numbers, first collection, last collection]
const CORPUS: ReadonlyArray<readonly [string, string, string, number, number, number[], string, string]> = [
  [
    'jdk17-g1-uptime.log',
    'unified',
    'G1',
    61,
    19,
    [],
    'line 33 GC(0) at 167 ms: G1 young/Normal (G1 Evacuation Pause) 6291456->1048576(35651584) 14.905 ms metaspace 75776->75776 humongous 0->0',
    'line 849 GC(63) at 561 ms: G1 remark () 128974848->128974848(134217728) 0.008 ms',
  ],
  [
    'jdk17-parallel-time-uptime.log',
    'unified',
    'Parallel',
    21,
    0,
    [],
    'line 21 GC(0) at 132 ms (2026-12-04T05:11:50.785+0000 = 1796361110785): Parallel young (Allocation Failure) 8388608->0(32505856) 2.967 ms metaspace 132096->132096',
    'line 261 GC(20) at 502 ms (2026-12-04T05:11:51.154+0000 = 1796361111154): Parallel full (Allocation Failure) 130023424->130023424(133169152) 14.621 ms metaspace 133120->133120',
  ],
  [
    'jdk17-serial-uptimemillis.log',
    'unified',
    'Serial',
    34,
    0,
    [],
    'line 19 GC(0) at 177 ms: Serial young (Allocation Failure) 8388608->0(31457280) 1.315 ms metaspace 133120->133120',
    'line 285 GC(33) at 845 ms: Serial full (Allocation Failure) 128974848->127926272(128974848) 19.652 ms metaspace 134144->134144',
  ],
  [
    'jdk25-g1-gc-only.log',
    'unified',
    'G1',
    54,
    15,
    [],
    'line 2 GC(0) at 74 ms: G1 young/Normal (G1 Evacuation Pause) 15728640->1048576(35651584) 5.863 ms',
    'line 84 GC(50) at 558 ms: G1 full (G1 Compaction Pause) 132120576->132120576(134217728) 5.333 ms',
  ],
  [
    'jdk25-g1-time.log',
    'unified',
    'G1',
    43,
    10,
    [],
    'line 39 GC(0) at 85 ms (2026-12-04T05:11:52.250+0000 = 1796361112250): G1 young/Normal (G1 Evacuation Pause) 15728640->1048576(35651584) 1.921 ms metaspace 78848->78848 humongous 0->0',
    'line 638 GC(50) at 534 ms (2026-12-04T05:11:52.699+0000 = 1796361112699): G1 cleanup () 132120576->132120576(134217728) 0.029 ms',
  ],
  [
    'jdk25-parallel-utctime-pid-tid.log',
    'unified',
    'Parallel',
    18,
    0,
    [],
    'line 28 GC(0) at 154 ms (2026-12-04T05:11:53.634+0000 = 1796361113634): Parallel young (Allocation Failure) 9437184->1048576(32505856) 4.759 ms metaspace 78848->78848',
    'line 226 GC(17) at 852 ms (2026-12-04T05:11:54.331+0000 = 1796361114331): Parallel full (Allocation Failure) 131072000->131072000(133169152) 20.539 ms metaspace 78848->78848',
  ],
  [
    'jdk25-serial-uptime.log',
    'unified',
    'Serial',
    45,
    0,
    [],
    'line 26 GC(0) at 178 ms: Serial young (Allocation Failure) 9437184->1048576(31457280) 0.753 ms metaspace 78848->78848',
    'line 426 GC(44) at 611 ms: Serial full (Allocation Failure) 124780544->124780544(128974848) 7.651 ms metaspace 78848->78848',
  ],
  [
    'jdk8-g1-gcviewer-concurrent-cycle.log',
    'jdk8',
    'G1',
    4,
    3,
    [],
    'line 2 at 290 ms: G1 young/young (G1 Evacuation Pause) 74553754->74658611(108003328) 11.5587 ms concurrent-start',
    'line 41 at 307 ms: G1 young/young (G1 Evacuation Pause) 32715571->32715571(113246208) 7.1588 ms',
  ],
  [
    'jdk8-g1-gcviewer-humongous-interleaved.log',
    'jdk8',
    'G1',
    1,
    1,
    [],
    'line 1 at 160770873 ms (2015-05-01T11:26:29.687+0200 = 1430472389687): G1 young/young (G1 Humongous Allocation) 32104880538->32104880538(34359738368) 47.0136 ms',
    'line 1 at 160770873 ms (2015-05-01T11:26:29.687+0200 = 1430472389687): G1 young/young (G1 Humongous Allocation) 32104880538->32104880538(34359738368) 47.0136 ms',
  ],
  [
    'jdk8-g1-gcviewer-system-gc-young.log',
    'jdk8',
    'G1',
    1,
    0,
    [],
    'line 1 at 2661447 ms: G1 young/young (System.gc()) 24373939405->15247133901(32212254720) 212.4664 ms concurrent-start',
    'line 1 at 2661447 ms: G1 young/young (System.gc()) 24373939405->15247133901(32212254720) 212.4664 ms concurrent-start',
  ],
  ['jdk8-g1-kafka-header-cut.log', 'jdk8', 'G1', 0, 0, [7], 'none', 'none'],
  [
    'jdk8-parallel-flink-tm-full-gc.log',
    'jdk8',
    'Parallel',
    2,
    0,
    [],
    'line 2 at 9137425 ms (2021-07-28T18:38:29.678+0800 = 1627468709678): Parallel full (Ergonomics) 3359297536->3093491712(3478126592) 2726.6583 ms metaspace 79637504->79637504',
    'line 5 at 9140410 ms (2021-07-28T18:38:32.663+0800 = 1627468712663): Parallel full (Ergonomics) 3359296512->3101944832(3478126592) 2724.6706 ms metaspace 79637504->79637504',
  ],
  [
    'jdk8-parallel-gcviewer-apple.log',
    'jdk8',
    'Parallel',
    6,
    0,
    [],
    'line 7 at 1807 ms (2015-07-22T14:53:42.655-0100 = 1437580422655): Parallel young (Allocation Failure) 67108864->17967104(257425408) 26.3911 ms',
    'line 12 at 13562 ms (2015-07-22T14:53:54.409-0100 = 1437580434409): Parallel young (Allocation Failure) 321929216->66543616(740294656) 60.3261 ms',
  ],
  [
    'jdk8-parallel-gcviewer-issue161-full-gc.log',
    'jdk8',
    'Parallel',
    4,
    0,
    [],
    'line 1 at 1700401 ms (2016-02-09T00:30:52.886-0500 = 1454995852886): Parallel full (Ergonomics) 945462272->722889728(1012924416) 7268.0812 ms metaspace 87729152->87729152',
    'line 4 at 1739548 ms (2016-02-09T00:31:32.033-0500 = 1454995892033): Parallel full (Ergonomics) 947484672->723515392(1012924416) 7543.6144 ms metaspace 87729152->87729152',
  ],
];

describe('readGcLog on the corpus', () => {
  it('covers every log of the corpus, each with its source', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.log'));
    expect(CORPUS.map((c) => c[0]).sort()).toEqual(files.sort());
    for (const f of files) expect(SOURCES[f]?.command ?? SOURCES[f]?.url, f).toBeDefined();
  });

  it.each(CORPUS)('%s: %s, %s, %i collections, %i concurrent phases', (file, format, collector, count, phases, unread, first, last) => {
    const r = readGcLog(read(file));
    expect([r.format, r.jvm.collector, r.collections.length, r.concurrentPhases.length]).toEqual([format, collector, count, phases]);
    expect(r.unread.map((u) => u.line)).toEqual(unread);
    expect(summary(r.collections[0])).toBe(first);
    expect(summary(r.collections.at(-1))).toBe(last);
  });

  it.each(CORPUS.filter(([f]) => !f.startsWith('jdk8')))('%s: one collection per `gc` Pause line (counted by a plain regex)', (file) => {
    const text = read(file);
    const pauses = text.split('\n').filter((l) => /\[gc\s*\] GC\(\d+\) Pause .* [\d.]+ms$/.test(l)).length;
    expect(readGcLog(text).collections).toHaveLength(pauses);
  });
});

describe('readGcLog: what the corpus shows', () => {
  it('JDK 17 G1: To-space exhausted marks its pause; humongous regions and metaspace are read', () => {
    const r = readGcLog(read('jdk17-g1-uptime.log'));
    const failed = r.collections.filter((c) => c.evacuationFailure);
    expect(failed.length).toBe(read('jdk17-g1-uptime.log').split('To-space exhausted').length - 1);
    expect(r.collections.some((c) => (c.humongousRegions?.before ?? 0) > 0)).toBe(true);
    expect(r.jvm).toMatchObject({
      version: '17.0.15+6-Debian-1deb12u1',
      regionBytes: 1048576,
      heapMinBytes: 33554432,
      heapMaxBytes: 134217728,
    });
    expect(r.jvm.init.CPUs).toBe('2 total, 2 available');
  });

  it('JDK 25 G1: (Evacuation Failure: Allocation) is a flag, not part of the cause; every kind; System.gc() is a full GC', () => {
    const r = readGcLog(read('jdk25-g1-time.log'));
    const failed = r.collections.filter((c) => c.evacuationFailure);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((c) => !c.cause.includes('Evacuation Failure'))).toBe(true);
    expect(new Set(r.collections.map((c) => c.kind))).toEqual(new Set(['young', 'mixed', 'full', 'remark', 'cleanup']));
    const gcOnly = readGcLog(read('jdk25-g1-gc-only.log'));
    expect(gcOnly.collections.filter((c) => c.cause === 'System.gc()').map((c) => [c.kind, c.gcId])).toEqual([
      ['full', 28],
      ['full', 29],
    ]);
  });

  it('times: uptime when printed, else the distance from the log’s first wall-clock time', () => {
    const timeOnly = readGcLog(read('jdk25-g1-time.log'));
    const firstStamp = /^\[([^\]]+)\]/.exec(read('jdk25-g1-time.log'))?.[1] as string;
    const c = timeOnly.collections[0] as GcCollection;
    const wall = (t: string) => parseWallClock(t)?.localMs as number;
    expect(c.time.atMs).toBe(wall(c.time.timestamp as string) - wall(firstStamp));
    expect(readGcLog(read('jdk17-serial-uptimemillis.log')).collections[0]?.time).toEqual({
      atMs: 177,
      timestamp: undefined,
      epochMs: undefined,
    });
  });

  it('JDK 8: the header gives the version, the flags and from them the collector and heap bounds', () => {
    const r = readGcLog(read('jdk8-parallel-gcviewer-apple.log'));
    expect(r.jvm).toMatchObject({ collector: 'Parallel', version: '1.8.0_45-b14', heapInitialBytes: 268435456, heapMaxBytes: 4294967296 });
    expect(r.jvm.commandLineFlags).toContain('-XX:+PrintGCDateStamps');
  });

  it('JDK 8 G1: a pause whose first line carries a concurrent phase, and the remark and cleanup of a cycle', () => {
    const interleaved = readGcLog(read('jdk8-g1-gcviewer-humongous-interleaved.log'));
    expect(interleaved.concurrentPhases).toEqual([
      { line: 1, gcId: undefined, name: 'root-region-scan', durationMs: 15.7002, time: interleaved.concurrentPhases[0]?.time },
    ]);
    const cycle = readGcLog(read('jdk8-g1-gcviewer-concurrent-cycle.log'));
    expect(cycle.collections.map((c) => c.kind)).toEqual(['young', 'remark', 'cleanup', 'young']);
  });

  it('names what it cannot read, by line', () => {
    const cut = readGcLog(read('jdk8-g1-kafka-header-cut.log'));
    expect(cut.unread.map(unreadMessage)).toEqual([
      'line 7: a G1 young pause without its Eden/Heap line (the log ends or breaks inside it): 2017-07-20T14:33:08.181+0800: 0.970: [GC pause (G1 Evacuation Pause) (young), 0.0083484 secs]',
    ]);
    const mixed = readGcLog('[0.010s][info][gc] Using G1\nHello from stdout\n[0.020s][info][safepoint] Safepoint "Cleanup"\n');
    expect(mixed.unread.map(unreadMessage)).toEqual([
      'line 2: not a unified logging line: Hello from stdout',
      'line 3: not a GC line (tags safepoint): [0.020s][info][safepoint] Safepoint "Cleanup"',
    ]);
    const jdk8 = readGcLog(
      '2.0: [GC (Allocation Failure) [PSYoungGen: 10K->1K(20K)] 10K->1K(40K), 0.001 secs]\njava.lang.OutOfMemoryError: Java heap space\n',
    );
    expect(jdk8.unread.map(unreadMessage)).toEqual(['line 2: not a GC event: java.lang.OutOfMemoryError: Java heap space']);
    expect(jdk8.collections).toHaveLength(1);
  });

  it('a unified collection cut before its summary line is named, line by line', () => {
    const text = read('jdk17-g1-uptime.log');
    const lines = text.split('\n');
    const lastPause = lines.length - 1 - [...lines].reverse().findIndex((l) => /\[gc\s*\] GC\(\d+\) Pause (?:Young|Full)/.test(l));
    const r = readGcLog(lines.slice(0, lastPause).join('\n'));
    const id = /GC\((\d+)\)/.exec(lines[lastPause] as string)?.[1];
    expect(r.unread.length).toBeGreaterThan(0);
    expect(r.unread.every((u) => u.reason.startsWith(`GC(${id}) has no Pause or Concurrent summary line`))).toBe(true);
  });
});

describe('readGcLog: forms the corpus lacks', () => {
  it('decorations: uptimenanos, timemillis with uptimemillis, hostname/pid/tid; JDK 11’s metaspace line', () => {
    const r = readGcLog(
      [
        '[1234567890ns][info][gc] Using G1',
        '[1733299200123ms][2500ms][myhost][4242][4243][info][gc,metaspace] GC(0) Metaspace: 210952K->210950K(1245184K)',
        '[1733299200124ms][2501ms][myhost][4242][4243][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 11802M->11244M(12288M) 14.560ms',
      ].join('\n'),
    );
    expect(r.unread).toEqual([]);
    expect(r.collections).toMatchObject([
      {
        gcId: 0,
        time: { atMs: 2501 },
        heapBeforeBytes: 11802 * 1048576,
        metaspaceBeforeBytes: 210952 * 1024,
        metaspaceAfterBytes: 210950 * 1024,
        pauseMs: 14.56,
      },
    ]);
  });

  it('JDK 8 Serial: a young collection that ran the tenured generation, and a PrintGC-only line', () => {
    const r = readGcLog(
      [
        '2015-05-26T14:45:59.690-0200: 172.829: [GC (Allocation Failure) 172.829: [DefNew: 629120K->629120K(629120K), 0.0000372 secs]172.829: [Tenured: 1203359K->755802K(1398144K), 0.1855567 secs] 1832479K->755802K(2027264K), [Metaspace: 6741K->6741K(1056768K)], 0.1856954 secs] [Times: user=0.18 sys=0.00, real=0.18 secs]',
        '[Full GC (Ergonomics)  17992K->13471K(19968K), 0.3431052 secs]',
      ].join('\n'),
    );
    expect(r.unread).toEqual([]);
    expect(
      r.collections.map((c) => [c.collector, c.kind, c.cause, c.heapBeforeBytes, c.heapAfterBytes, c.pauseMs, c.metaspaceAfterBytes]),
    ).toEqual([
      ['Serial', 'young', 'Allocation Failure', 1832479 * 1024, 755802 * 1024, 185.6954, 6741 * 1024],
      ['Serial', 'full', 'Ergonomics', 17992 * 1024, 13471 * 1024, 343.1052, undefined],
    ]);
    expect(r.collections[0]?.time).toEqual({
      atMs: 172829,
      timestamp: '2015-05-26T14:45:59.690-0200',
      epochMs: Date.UTC(2015, 4, 26, 16, 45, 59, 690),
    });
  });
});
