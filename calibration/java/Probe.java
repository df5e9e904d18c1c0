import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Shared by every calibration program: JSON lines on stdout ({"k":kind, "t": ms since the workload's start, ...}),
 * parameters from -Dcal.* system properties (the runner derives them from the twin scenario), and RSS from
 * /proc/self/status (VmRSS, kB) sampled every 100 ms on a daemon thread.
 */
final class Probe {
  static volatile long t0Nanos = System.nanoTime();

  static long param(String name) {
    String v = System.getProperty("cal." + name);
    if (v == null) throw new IllegalArgumentException("missing -Dcal." + name);
    return Long.parseLong(v);
  }

  static long now() {
    return (System.nanoTime() - t0Nanos) / 1_000_000;
  }

  /** Marks the workload's start: every `t` is relative to it; the JVM uptime is printed once to align the GC log. */
  static void start() {
    t0Nanos = System.nanoTime();
    emit("start", "uptimeMs", ManagementFactory.getRuntimeMXBean().getUptime(), "rssBytes", rssBytes());
  }

  static synchronized void emit(String kind, Object... kv) {
    StringBuilder b = new StringBuilder("{\"k\":\"").append(kind).append("\",\"t\":").append(now());
    for (int i = 0; i + 1 < kv.length; i += 2) {
      b.append(",\"").append(kv[i]).append("\":");
      Object v = kv[i + 1];
      if (v instanceof Number || v instanceof Boolean) b.append(v);
      else b.append('"').append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ")).append('"');
    }
    System.out.println(b.append('}'));
    System.out.flush();
  }

  static long rssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) return 1024L * Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }

  /** RSS every 100 ms, with heap used, until the JVM exits. */
  static void sampleRss() {
    Thread t = new Thread(() -> {
      var mem = ManagementFactory.getMemoryMXBean();
      while (true) {
        try {
          emit("rss", "rssBytes", rssBytes(), "heapUsedBytes", mem.getHeapMemoryUsage().getUsed());
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        } catch (OutOfMemoryError e) {
          // the heap is full: skip this sample, the workload thread records the error
        }
      }
    }, "rss-sampler");
    t.setDaemon(true);
    t.start();
  }

  static String fmt(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
