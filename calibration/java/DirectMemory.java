import java.nio.ByteBuffer;
import java.util.ArrayList;

/**
 * Mechanism f: direct memory over -XX:MaxDirectMemorySize. `cal.reachable=1`: every buffer is kept (a leak), so
 * the failing request runs java.nio.Bits#reserveMemory's retries (System.gc(), then sleeps of 1, 2, … 256 ms) and
 * throws; the time from the failing call to the error is printed. `cal.reachable=0`: buffers are dropped at once;
 * without -XX:+DisableExplicitGC the retry's System.gc() frees them, with it nothing does (no GC runs: the heap is
 * quiet) and the request fails after the retries.
 */
public final class DirectMemory {
  public static void main(String[] args) throws Exception {
    int bytes = (int) Probe.param("bufferBytes");
    long everyMs = Probe.param("everyMs");
    boolean reachable = Probe.param("reachable") == 1;
    long maxMs = Probe.param("maxMs");
    ArrayList<ByteBuffer> kept = new ArrayList<>();
    Probe.start();
    long n = 0;
    while (Probe.now() < maxMs) {
      long started = System.nanoTime();
      try {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes);
        if (reachable) kept.add(b);
        n++;
      } catch (OutOfMemoryError e) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        Probe.emit("oom", "message", e.getMessage(), "retryMs", ms, "buffers", n, "requestBytes", bytes);
        System.exit(0);
      }
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      if (tookMs > 50) Probe.emit("slow", "ms", tookMs, "buffers", n);
      Thread.sleep(everyMs);
    }
    Probe.emit("end", "buffers", n);
    System.exit(0);
  }
}
