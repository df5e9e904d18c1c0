package rocksdbcal;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompactionStyle;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBufferManager;
import org.rocksdb.WriteOptions;

/**
 * A real RocksDB (the frocksdbjni jar of a Flink release) set up as Flink's RocksDB state backend sets it up, measured
 * through RocksDB's own properties and the process's /proc/self/status (README.md here, "Probe"). Only org.rocksdb
 * classes every frocksdbjni has (5.17.2, 6.20.3, 8.10.0) are used.
 *
 * <p>Arguments {@code key=value}: mode (bounded | unbounded), totalBytes (the slot's RocksDB memory, bounded),
 * writeBufferRatio, highPrioPoolRatio, cfs (states = column families), keys (per column family), valueBytes,
 * threads (readers; one writer, as in Flink), iterators (cumulative steps, e.g. 1000,10000), dir, closeWaitSeconds. One JSON object on stdout's last
 * line.
 *
 * <p>Bounded (state.backend.rocksdb.memory.managed: true), as Flink 1.20's RocksDBMemoryControllerUtils and
 * RocksDBResourceContainer#getColumnOptions/#getDbOptions do: {@code new LRUCache((3 - r) * total / 3, -1, false,
 * highPrio)}, {@code new WriteBufferManager(2 * total * r / 3, cache)} on the DBOptions, and per column family a
 * BlockBasedTableConfig with that cache, cache_index_and_filter_blocks, ..._with_high_priority and
 * pin_l0_filter_and_index_blocks_in_cache. Unbounded (managed: false): Flink's defaults, each column family its own
 * table factory with an 8 MB block cache (block_cache_size, RocksDBConfigurableOptions.BLOCK_CACHE_SIZE), index and
 * filter blocks outside the cache. Both: write buffer 64 MB, max 2 write buffers, block size 4 KB, metadata block
 * 4 KB, max_background_jobs 2, max_open_files -1 (RocksDBConfigurableOptions defaults), WAL off (Flink's WriteOptions).
 */
public final class RocksDbProbe {
    private static final Map<String, Object> out = new LinkedHashMap<>();
    private static final List<Map<String, Object>> phases = new ArrayList<>();
    private static RocksDB db;
    private static final List<ColumnFamilyHandle> handles = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String s : args) a.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        String mode = a.getOrDefault("mode", "bounded");
        long total = Long.parseLong(a.getOrDefault("totalBytes", "67108864"));
        double wbr = Double.parseDouble(a.getOrDefault("writeBufferRatio", "0.5"));
        double hpr = Double.parseDouble(a.getOrDefault("highPrioPoolRatio", "0.1"));
        int cfs = Integer.parseInt(a.getOrDefault("cfs", "4"));
        int keys = Integer.parseInt(a.getOrDefault("keys", "100000"));
        int valueBytes = Integer.parseInt(a.getOrDefault("valueBytes", "200"));
        int threads = Integer.parseInt(a.getOrDefault("threads", "4"));
        int[] iteratorSteps =
                Arrays.stream(a.getOrDefault("iterators", "").split(",")).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        int closeWait = Integer.parseInt(a.getOrDefault("closeWaitSeconds", "0"));
        String dir = a.get("dir");
        boolean bounded = mode.equals("bounded");

        RocksDB.loadLibrary();
        System.gc();
        Thread.sleep(200);
        long rss0 = status("VmRSS");
        out.put("rssBaselineBytes", rss0);

        long cacheCapacity = (long) ((3 - wbr) * total / 3);
        long wbmCapacity = (long) (2 * total * wbr / 3);
        Cache cache = null;
        WriteBufferManager wbm = null;
        DBOptions dbOptions =
                new DBOptions()
                        .setUseFsync(false)
                        .setInfoLogLevel(InfoLogLevel.HEADER_LEVEL)
                        .setStatsDumpPeriodSec(0)
                        .setMaxBackgroundJobs(2)
                        .setMaxOpenFiles(-1)
                        .setCreateIfMissing(true)
                        .setCreateMissingColumnFamilies(true)
                        .setAvoidFlushDuringShutdown(true);
        if (bounded) {
            cache = new LRUCache(cacheCapacity, -1, false, hpr);
            wbm = new WriteBufferManager(wbmCapacity, cache);
            dbOptions.setWriteBufferManager(wbm);
            out.put("cacheCapacityBytes", cacheCapacity);
            out.put("writeBufferManagerBytes", wbmCapacity);
        }
        List<ColumnFamilyOptions> cfOptions = new ArrayList<>();
        List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
        for (int i = 0; i <= cfs; i++) {
            BlockBasedTableConfig table = new BlockBasedTableConfig().setBlockSize(4096).setMetadataBlockSize(4096);
            if (bounded) {
                table.setBlockCache(cache)
                        .setCacheIndexAndFilterBlocks(true)
                        .setCacheIndexAndFilterBlocksWithHighPriority(true)
                        .setPinL0FilterAndIndexBlocksInCache(true);
            } else {
                table.setBlockCacheSize(8L << 20);
            }
            ColumnFamilyOptions o =
                    new ColumnFamilyOptions()
                            .setCompactionStyle(CompactionStyle.LEVEL)
                            .setWriteBufferSize(64L << 20)
                            .setMaxWriteBufferNumber(2)
                            .setMinWriteBufferNumberToMerge(1)
                            .setTableFormatConfig(table);
            cfOptions.add(o);
            descriptors.add(new ColumnFamilyDescriptor(i == 0 ? RocksDB.DEFAULT_COLUMN_FAMILY : ("state-" + i).getBytes(), o));
        }
        deleteRecursively(new File(dir));
        db = RocksDB.open(dbOptions, dir, descriptors, handles);
        List<ColumnFamilyHandle> states = handles.subList(1, handles.size());
        phase("open", -1);

        // Writes: one thread, as one task thread writes one RocksDB instance in Flink; every key in every state, the
        // memtables (and the cache's usage, which the write buffer manager charges) sampled as they grow.
        WriteOptions wo = new WriteOptions().setDisableWAL(true);
        long peakMemtables = 0;
        long peakCache = 0;
        long t0 = System.nanoTime();
        Random wr = new Random(0);
        byte[] value = new byte[valueBytes];
        for (int k = 0; k < keys; k++) {
            for (ColumnFamilyHandle h : states) {
                wr.nextBytes(value);
                db.put(h, wo, key(k), value);
            }
            if (k % 2000 == 0) {
                peakMemtables = Math.max(peakMemtables, sumProperty("rocksdb.cur-size-all-mem-tables"));
                if (bounded) peakCache = Math.max(peakCache, db.getLongProperty(states.get(0), "rocksdb.block-cache-usage"));
            }
        }
        out.put("writeSeconds", (System.nanoTime() - t0) / 1e9);
        out.put("peakMemtablesDuringWriteBytes", peakMemtables);
        if (bounded) out.put("peakCacheUsageDuringWriteBytes", peakCache);
        phase("written", -1);

        FlushOptions fo = new FlushOptions().setWaitForFlush(true);
        for (ColumnFamilyHandle h : states) db.flush(fo, h);
        phase("flushed", -1);

        // Point reads of a sixth of the keys at random: ~18 records a 4 KB block, so 95 % of the blocks are read and
        // the block cache fills.
        t0 = System.nanoTime();
        runThreads(
                threads,
                t -> {
                    Random rnd = new Random(1000 + t);
                    for (int i = 0; i < keys / (6 * threads); i++) {
                        int k = rnd.nextInt(keys);
                        for (ColumnFamilyHandle h : states) db.get(h, key(k));
                    }
                });
        out.put("readSeconds", (System.nanoTime() - t0) / 1e9);
        phase("read", -1);

        // A tenth of the keys written again and flushed: every state then has an L0 file over its base level, two sorted
        // runs, as a state that is written to steadily has (an iterator pins a data block in each).
        for (int i = 0; i < keys / 10; i++) {
            int k = wr.nextInt(keys);
            for (ColumnFamilyHandle h : states) {
                wr.nextBytes(value);
                db.put(h, wo, key(k), value);
            }
        }
        for (ColumnFamilyHandle h : states) db.flush(fo, h);
        out.put("filesPerLevelBeforeIterators", filesPerLevel(states.get(0)));
        phase("rewritten", -1);

        // Iterators held open (as a running map-state iteration or a timer scan holds one), spread over the states.
        List<RocksIterator> iterators = new ArrayList<>();
        List<ReadOptions> readOptions = new ArrayList<>();
        Random rnd = new Random(7);
        for (int step : iteratorSteps) {
            while (iterators.size() < step) {
                ReadOptions ro = new ReadOptions();
                RocksIterator it = db.newIterator(states.get(iterators.size() % states.size()), ro);
                it.seek(key(rnd.nextInt(keys)));
                iterators.add(it);
                readOptions.add(ro);
            }
            phase("iterators", step);
        }
        for (RocksIterator it : iterators) it.close();
        for (ReadOptions ro : readOptions) ro.close();
        iterators.clear();
        if (iteratorSteps.length > 0) phase("iteratorsClosed", 0);

        for (ColumnFamilyHandle h : handles) h.close();
        db.close();
        wo.close();
        fo.close();
        dbOptions.close();
        for (ColumnFamilyOptions o : cfOptions) o.close();
        if (wbm != null) wbm.close();
        if (cache != null) cache.close();
        System.gc();
        out.put("rssPeakBytes", status("VmHWM"));
        List<Object> afterClose = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; ; s++) {
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
            sample.put("rssBytes", status("VmRSS"));
            afterClose.add(sample);
            if (s >= closeWait) break;
            Thread.sleep(1000);
        }
        out.put("rssAfterClose", afterClose);
        out.put("phases", phases);
        deleteRecursively(new File(dir));
        System.out.println(toJson(out));
    }

    interface Body {
        void run(int thread) throws Exception;
    }

    private static void runThreads(int n, Body body) throws Exception {
        List<Thread> ts = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < n; t++) {
            final int id = t;
            Thread th =
                    new Thread(
                            () -> {
                                try {
                                    body.run(id);
                                } catch (Throwable e) {
                                    failure[0] = e;
                                }
                            });
            th.start();
            ts.add(th);
        }
        for (Thread th : ts) th.join();
        if (failure[0] != null) throw new RuntimeException(failure[0]);
    }

    private static byte[] key(int k) {
        return ByteBuffer.allocate(10).putShort((short) (k % 128)).putLong(k).array();
    }

    private static long sumProperty(String name) throws Exception {
        long sum = 0;
        for (ColumnFamilyHandle h : handles) sum += db.getLongProperty(h, name);
        return sum;
    }

    private static String filesPerLevel(ColumnFamilyHandle h) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int l = 0; l < 7; l++) b.append(l == 0 ? "" : ",").append(db.getProperty(h, "rocksdb.num-files-at-level" + l));
        return b.toString();
    }

    /**
     * RocksDB's four properties Flink exports as metrics, per column family (the block cache ones are the same for
     * every column family sharing a cache: they are the cache's), summed and as the first state's value.
     */
    private static void phase(String name, int iterators) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("phase", name);
        if (iterators >= 0) p.put("iterators", iterators);
        ColumnFamilyHandle first = handles.get(1);
        for (String prop :
                new String[] {
                    "rocksdb.block-cache-usage", "rocksdb.block-cache-pinned-usage", "rocksdb.cur-size-all-mem-tables", "rocksdb.estimate-table-readers-mem"
                }) {
            p.put(prop, db.getLongProperty(first, prop));
            p.put(prop + "#sum", sumProperty(prop));
        }
        p.put("rssBytes", status("VmRSS"));
        p.put("rssPeakBytes", status("VmHWM"));
        phases.add(p);
    }

    private static long status(String field) throws Exception {
        for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
            if (line.startsWith(field + ":")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
        throw new IllegalStateException(field);
    }

    private static void deleteRecursively(File f) {
        File[] children = f.listFiles();
        if (children != null) for (File c : children) deleteRecursively(c);
        f.delete();
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object v) {
        if (v instanceof Map) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
                if (b.length() > 1) b.append(',');
                b.append(RocksDbOracle.str(e.getKey())).append(':').append(toJson(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (v instanceof List) {
            StringBuilder b = new StringBuilder("[");
            for (Object o : (List<Object>) v) b.append(b.length() > 1 ? "," : "").append(toJson(o));
            return b.append(']').toString();
        }
        return RocksDbOracle.value(v);
    }
}
