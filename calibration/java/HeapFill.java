import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;

/**
 * Mechanisms a and b: a TaskManager-like heap that fills. The engine's baseline live heap is allocated first, then
 * garbage and a retained leak are allocated at the twin scenario's rates, paced in real time, until
 * OutOfMemoryError (caught: its text and time are printed). Garbage stays reachable for the last `survivorWindowMs`
 * (in-flight records), like the engine's survivors. The collector comes from the JVM flags (G1 or -XX:+UseParallelGC).
 */
public final class HeapFill {
  static final int CHUNK = 16 * 1024;
  static final int LEAK_CHUNK = 64 * 1024;

  public static void main(String[] args) throws Exception {
    long baseline = Probe.param("baselineLiveBytes");
    long garbagePerSec = Probe.param("garbageBytesPerSec");
    long leakPerSec = Probe.param("leakBytesPerSec");
    long survivorWindowMs = Probe.param("survivorWindowMs");
    long maxMs = Probe.param("maxMs");
    ArrayList<byte[]> live = new ArrayList<>();
    for (long b = 0; b < baseline; b += LEAK_CHUNK) live.add(new byte[LEAK_CHUNK]);
    int ringSize = (int) Math.max(1, garbagePerSec * survivorWindowMs / 1000 / CHUNK);
    byte[][] ring = new byte[ringSize][];
    Probe.sampleRss();
    Probe.start();
    long garbage = 0, leaked = 0;
    int slot = 0;
    try {
      while (Probe.now() < maxMs) {
        long t = Probe.now();
        for (; garbage < garbagePerSec * t / 1000; garbage += CHUNK) {
          ring[slot] = new byte[CHUNK];
          slot = (slot + 1) % ringSize;
        }
        for (; leaked < leakPerSec * t / 1000; leaked += LEAK_CHUNK) live.add(new byte[LEAK_CHUNK]);
        Thread.sleep(5);
      }
      Probe.emit("end", "reason", "maxMs");
    } catch (OutOfMemoryError e) {
      long at = Probe.now();
      live = null;
      ring = null;
      Probe.emit("oom", "message", e.getMessage(), "leakedBytes", leaked, "garbageBytes", garbage, "atMs", at);
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
      Probe.emit("collector", "name", gc.getName(), "count", gc.getCollectionCount(), "timeMs", gc.getCollectionTime());
    System.exit(0);
  }
}
