import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.zip.GZIPOutputStream;

/**
 * Mechanism d: an exception storm where each exception's text is gzipped by a GZIPOutputStream that is never
 * closed. The Deflater's zlib state (malloc'd by deflateInit2_) is freed only when a GC finds the Deflater
 * unreachable and its cleaner runs end(). Heap garbage at the twin's rate makes young GCs run. Prints the RSS
 * delta per stream at first use (before any GC), and at every GC the streams created since the previous one.
 */
public final class Zlib {
  static final int CHUNK = 16 * 1024;

  static void logCompressed(Exception e) throws Exception {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    GZIPOutputStream gz = new GZIPOutputStream(new ByteArrayOutputStream());
    gz.write(text.toString().getBytes());
    gz.finish(); // never close(): Deflater.end() waits for the cleaner
  }

  public static void main(String[] args) throws Exception {
    long perSec = Probe.param("exceptionsPerSec");
    long garbagePerSec = Probe.param("garbageBytesPerSec");
    long maxMs = Probe.param("maxMs");
    firstUse((int) Math.min(200, Math.max(20, perSec)));
    System.gc();
    Thread.sleep(500);
    Probe.sampleRss();
    Probe.start();
    long exceptions = 0, garbage = 0, sinceGc = 0, gcs = 0;
    byte[][] ring = new byte[64][];
    int slot = 0;
    while (Probe.now() < maxMs) {
      long t = Probe.now();
      for (; exceptions < perSec * t / 1000; exceptions++, sinceGc++) logCompressed(new IllegalStateException("dependency failed #" + exceptions));
      for (; garbage < garbagePerSec * t / 1000; garbage += CHUNK) ring[slot++ & 63] = new byte[CHUNK];
      long count = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) count += Math.max(0, gc.getCollectionCount());
      if (count != gcs) {
        Probe.emit("gc", "collections", count, "streamsSinceGc", sinceGc, "rssBytes", Probe.rssBytes());
        gcs = count;
        sinceGc = 0;
      }
      Thread.sleep(5);
    }
    Probe.emit("end", "exceptions", exceptions, "rssBytes", Probe.rssBytes());
    System.exit(0);
  }

  /** RSS per stream while `n` streams that have written are all reachable, before any GC could free one. */
  static void firstUse(int n) throws Exception {
    GZIPOutputStream[] held = new GZIPOutputStream[n];
    byte[] text = new byte[2048];
    long before = Probe.rssBytes();
    for (int i = 0; i < n; i++) {
      held[i] = new GZIPOutputStream(new ByteArrayOutputStream());
      held[i].write(text);
      held[i].finish();
    }
    long after = Probe.rssBytes();
    Probe.emit("firstUse", "streams", n, "perStreamBytes", (after - before) / n);
    for (GZIPOutputStream g : held) g.close();
  }
}
