import java.util.ArrayList;

/**
 * Writes a GC log with the events a postmortem meets: young collections from short-lived garbage, promotion and old
 * generation growth from a leak, humongous allocations (G1: an array larger than half a region), explicit System.gc(),
 * and a leak run into OutOfMemoryError (back-to-back full collections, G1's evacuation failures), caught so the JVM
 * exits 0 and the log ends cleanly. The collector, heap size and -Xlog decorations come from the command line
 * (calibration/gc-logs/run.ts). Deterministic in what it allocates; the JVM decides when to collect.
 */
public final class GcLogs {
  static volatile Object sink;

  public static void main(String[] args) {
    ArrayList<byte[]> leak = new ArrayList<>();
    churn(48L << 20); // young collections
    for (int i = 0; i < 40; i++) { // a leak of 40 MiB, 1 MiB at a time, with garbage between
      leak.add(new byte[1 << 20]);
      churn(2L << 20);
    }
    for (int i = 0; i < 4; i++) { // humongous: 4 MiB arrays (G1 region size 1 MiB at -Xmx128m)
      sink = new byte[4 << 20];
      churn(4L << 20);
    }
    System.gc(); // Pause Full (System.gc())
    leak.subList(0, 30).clear();
    churn(32L << 20);
    System.gc();
    try { // the incident: a leak until the heap is full
      while (true) {
        leak.add(new byte[2 << 20]);
        churn(1L << 20);
      }
    } catch (OutOfMemoryError e) {
      leak = null;
      System.out.println("OutOfMemoryError: " + e.getMessage());
    }
    System.exit(0);
  }

  /** Allocates `bytes` of short-lived 32 KiB arrays. */
  static void churn(long bytes) {
    for (long b = 0; b < bytes; b += 32 << 10) sink = new byte[32 << 10];
  }
}
