package lab;

import java.lang.reflect.Field;
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
  private static long unsafeBytes;

  private LeakHolder() {}

  public static synchronized int keep(ByteBuffer buffer) {
    BUFFERS.add(buffer);
    return BUFFERS.size();
  }

  /**
   * Unsafe.allocateMemory (malloc, no -XX:MaxDirectMemorySize accounting: what ChronicleMap's in-memory maps use),
   * written through with setMemory so every page is resident; the address is dropped, so nothing can free it.
   * Returns the bytes allocated so far by this JVM.
   */
  public static synchronized long allocateUnsafe(long bytes) throws ReflectiveOperationException {
    Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
    f.setAccessible(true);
    sun.misc.Unsafe unsafe = (sun.misc.Unsafe) f.get(null);
    long address = unsafe.allocateMemory(bytes);
    unsafe.setMemory(address, bytes, (byte) 1);
    unsafeBytes += bytes;
    return unsafeBytes;
  }
}
