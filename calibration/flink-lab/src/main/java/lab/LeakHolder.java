package lab;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The never-freed list of the direct-leak-on-restart job. Loaded parent-first (classloader.parent-first-patterns.additional:
 * lab.LeakHolder in the lab's config), so it lives in the TaskManager's system class loader like a static in a library
 * on the cluster classpath: the buffers stay reachable across restarts whatever Flink does with the job's user-code
 * class loader between attempts.
 */
public final class LeakHolder {
  private static final List<ByteBuffer> BUFFERS = new ArrayList<>();

  private LeakHolder() {}

  public static synchronized int keep(ByteBuffer buffer) {
    BUFFERS.add(buffer);
    return BUFFERS.size();
  }
}
