import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;
import org.rocksdb.Statistics;
import org.rocksdb.WriteOptions;

/**
 * The mechanism of three Flink RocksDB leaks, on the frocksdbjni jar on the class path, across N "restarts" of one
 * keyed backend in one JVM (calibration/rocksdb-leaks/README.md). Every restart opens the same RocksDB directory
 * (as a restore does), does the work, closes everything Flink closes, then prints VmRSS.
 *
 *   leak = statistics (FLINK-39923): DBOptions.setStatistics(new Statistics()) as RocksDBResourceContainer does when a
 *          ticker metric is on; RocksDBNativeMetricMonitor.close() only nulls it (never Statistics.close()).
 *   leak = cfoptions (FLINK-21986, FLINK-39753): a block cache per "slot" (LRUCache, as RocksDBSharedResources), column
 *          family options using it; an iterator reads every key (filling the cache); ColumnFamilyHandle.getDescriptor()
 *          copies the column family's options (and the shared_ptr to the cache) into a new native ColumnFamilyOptions
 *          that nobody closes (RocksDBOperationUtils.addColumnFamilyOptionsToCloseLater before 1.11.4/1.12.4/1.13.0;
 *          sstmerge.Compactor.compact before 1.20.5/2.3.0); the cache's Java handle is closed as Flink closes it.
 *   mode = leak: the un-closed objects stay reachable (a finalizer cannot run);
 *          dropped: they are dropped, then System.gc() + System.runFinalization() (what a finalizer can do);
 *          fixed: they are closed (the fix).
 * Usage: java -cp frocksdbjni.jar:. RestartLeak <statistics|cfoptions> <leak|dropped|fixed> <restarts> <dir> <cacheMiB>
 */
public class RestartLeak {
  static long rss() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status")))
      if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
    return -1;
  }

  /**
   * The native size of one Statistics, without a database: `count` of them made (and kept, dropped or closed by mode)
   * after a warm-up of the same count, VmRSS before and after (StatisticsImpl allocates its per-core ticker and
   * histogram arrays in its constructor, so the size does not depend on the database's work).
   */
  static void statisticsObjects(String mode, int count) throws Exception {
    List<Statistics> kept = new ArrayList<>();
    for (int i = 0; i < count; i++) new Statistics().close();
    System.gc();
    long before = rss();
    for (int i = 0; i < count; i++) {
      Statistics s = new Statistics();
      if (mode.equals("fixed")) s.close();
      else if (mode.equals("leak")) kept.add(s);
    }
    if (mode.equals("dropped")) {
      System.gc();
      System.runFinalization();
      System.gc();
      System.runFinalization();
    }
    long after = rss();
    System.out.println("{\"kept\":" + kept.size() + ",\"objects\":" + count + ",\"rssBefore\":" + before + ",\"rssAfter\":" + after + "}");
  }

  public static void main(String[] args) throws Exception {
    String leak = args[0], mode = args[1];
    int restarts = Integer.parseInt(args[2]);
    String dir = args[3];
    long cacheBytes = Long.parseLong(args[4]) << 20;
    RocksDB.loadLibrary();
    byte[] value = new byte[400];
    Arrays.fill(value, (byte) 7);
    List<Object> kept = new ArrayList<>();
    List<Long> rss = new ArrayList<>();
    if (leak.equals("statistics-objects")) {
      statisticsObjects(mode, restarts);
      return;
    }
    boolean load = !new File(dir, "CURRENT").exists();
    for (int r = 0; r <= restarts; r++) {
      LRUCache cache = new LRUCache(cacheBytes);
      ColumnFamilyOptions cfOptions = new ColumnFamilyOptions().setTableFormatConfig(new BlockBasedTableConfig().setBlockCache(cache));
      DBOptions dbOptions = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
      Statistics statistics = null;
      if (leak.equals("statistics")) {
        statistics = new Statistics();
        dbOptions.setStatistics(statistics);
      }
      List<ColumnFamilyDescriptor> descriptors = List.of(
          new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cfOptions),
          new ColumnFamilyDescriptor("state".getBytes(StandardCharsets.UTF_8), cfOptions));
      List<ColumnFamilyHandle> handles = new ArrayList<>();
      RocksDB db = RocksDB.open(dbOptions, dir, descriptors, handles);
      ColumnFamilyHandle state = handles.get(1);
      if (load && r == 0) {
        try (WriteOptions w = new WriteOptions().setDisableWAL(true)) {
          for (int k = 0; k < 250_000; k++) db.put(state, w, String.format("key-%09d", k).getBytes(StandardCharsets.UTF_8), value);
        }
        db.flush(new org.rocksdb.FlushOptions().setWaitForFlush(true), state);
      }
      long bytes = 0;
      if (leak.equals("cfoptions")) {
        // fill the cache: an iterator over every key reads every data block through it
        try (RocksIterator it = db.newIterator(state)) {
          for (it.seekToFirst(); it.isValid(); it.next()) bytes += it.value().length;
        }
      } else {
        // tick the statistics: point reads
        for (int k = 0; k < 250_000; k += 250) bytes += db.get(state, String.format("key-%09d", k).getBytes(StandardCharsets.UTF_8)).length;
      }
      if (leak.equals("cfoptions")) {
        ColumnFamilyOptions copy = state.getDescriptor().getOptions();
        if (mode.equals("fixed")) copy.close();
        else if (mode.equals("leak")) kept.add(copy);
      }
      for (ColumnFamilyHandle h : handles) h.close();
      db.close();
      dbOptions.close();
      cfOptions.close();
      cache.close();
      if (statistics != null) {
        if (mode.equals("fixed")) statistics.close();
        else if (mode.equals("leak")) kept.add(statistics);
      }
      statistics = null;
      if (mode.equals("dropped")) {
        System.gc();
        System.runFinalization();
        System.gc();
        System.runFinalization();
      }
      rss.add(rss());
      if (bytes == 0) throw new IllegalStateException("no data read");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < rss.size(); i++) out.append(i == 0 ? "" : ",").append(rss.get(i));
    System.out.println("{\"kept\":" + kept.size() + ",\"rssAfterRestart\":[" + out + "]}");
  }
}
