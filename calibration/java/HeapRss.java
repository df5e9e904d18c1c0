/**
 * Mechanism g: heap pages in RSS. -Xms = -Xmx (as Flink sets it), steady garbage only at the twin's rate: the
 * RSS sampler (every 100 ms) shows whether pages become resident as eden is touched or in jumps at GCs.
 */
public final class HeapRss {
  static final int CHUNK = 16 * 1024;

  public static void main(String[] args) throws Exception {
    long garbagePerSec = Probe.param("garbageBytesPerSec");
    long maxMs = Probe.param("maxMs");
    byte[][] ring = new byte[64][];
    Probe.sampleRss();
    Probe.start();
    long garbage = 0;
    int slot = 0;
    while (Probe.now() < maxMs) {
      long t = Probe.now();
      for (; garbage < garbagePerSec * t / 1000; garbage += CHUNK) {
        ring[slot] = new byte[CHUNK];
        slot = (slot + 1) % ring.length;
      }
      Thread.sleep(5);
    }
    Probe.emit("end", "garbageBytes", garbage);
    System.exit(0);
  }
}
