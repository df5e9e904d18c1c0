import java.util.concurrent.locks.LockSupport;

/**
 * Mechanism e: thread stacks. Starts parked threads (default -Xss) in four steps of a quarter of the twin's count each (kept parked, so no
 * stack is reused from glibc's cache) and prints the
 * RSS delta per thread at each step (the runner takes the median). A started thread touches only the stack pages
 * it used; the guard pages and the rest of the reserved 1 MiB stay non-resident.
 */
public final class ThreadStacks {
  public static void main(String[] args) throws Exception {
    long threads = Probe.param("threads");
    Probe.start();
    for (int step = 1; step <= 4; step++) {
      long n = threads / 4;
      System.gc();
      Thread.sleep(300);
      long before = Probe.rssBytes();
      Thread[] started = new Thread[(int) n];
      for (int i = 0; i < n; i++) {
        started[i] = new Thread(() -> LockSupport.park(), "parked-" + i);
        started[i].setDaemon(true);
        started[i].start();
      }
      Thread.sleep(500);
      long after = Probe.rssBytes();
      Probe.emit("step", "threads", n, "rssDeltaBytes", after - before, "perThreadBytes", (after - before) / Math.max(1, n));
    }
    System.exit(0);
  }
}
