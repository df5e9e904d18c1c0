import java.io.File;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;

/**
 * Mechanism c: a JobManager-like JVM that gets repeated job submissions. First, framework classes are loaded (in
 * loaders kept forever) until the JVM has the engine's baseline class count; then every submission makes a new
 * URLClassLoader over the directory of generated classes and either only loads them (`cal.run=0`) or loads,
 * initialises and runs a method of each (`cal.run=1`). `cal.pinned=1` keeps every loader (a ThreadLocal leak);
 * otherwise the loader is dropped when the "job" ends. Stops at OutOfMemoryError: Metaspace or after
 * `cal.submissions` submissions.
 */
public final class Metaspace {
  static final ArrayList<ClassLoader> PINNED = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    File dir = new File(System.getProperty("cal.classDir"));
    int classes = (int) Probe.param("classes");
    long baselineClasses = Probe.param("baselineClasses");
    boolean run = Probe.param("run") == 1;
    boolean pinned = Probe.param("pinned") == 1;
    long maxSubmissions = Probe.param("submissions");
    long everyMs = Probe.param("everyMs");
    ClassLoadingMXBean cl = ManagementFactory.getClassLoadingMXBean();
    while (cl.getLoadedClassCount() < baselineClasses) PINNED.add(load(dir, classes, false, Math.toIntExact(baselineClasses - cl.getLoadedClassCount())));
    Probe.start();
    for (int s = 1; s <= maxSubmissions; s++) {
      long usedBefore = metaspaceUsed();
      long loadedBefore = cl.getTotalLoadedClassCount();
      try {
        ClassLoader loader = load(dir, classes, run, classes);
        if (pinned) PINNED.add(loader);
      } catch (Throwable e) {
        // Running a class can wrap the error (InvocationTargetException → InternalError from a lambda's hidden class).
        Throwable oom = e;
        while (oom != null && !(oom instanceof OutOfMemoryError)) oom = oom.getCause();
        if (oom == null) throw e;
        Probe.emit("oom", "message", oom.getMessage(), "submission", s, "thrown", e.getClass().getName());
        System.exit(0);
      }
      long loaded = cl.getTotalLoadedClassCount() - loadedBefore;
      Probe.emit("submission", "n", s, "jarClasses", classes, "classes", loaded, "metaspaceDeltaBytes", metaspaceUsed() - usedBefore, "metaspaceUsedBytes", metaspaceUsed(),
          "classesUnloaded", cl.getUnloadedClassCount(), "loadedClassCount", cl.getLoadedClassCount());
      Thread.sleep(everyMs);
    }
    Probe.emit("end", "classesUnloaded", cl.getUnloadedClassCount(), "loadedClassCount", cl.getLoadedClassCount());
    System.exit(0);
  }

  static ClassLoader load(File dir, int classes, boolean run, int limit) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {dir.toURI().toURL()}, Metaspace.class.getClassLoader());
    for (int i = 0; i < Math.min(classes, limit); i++) {
      Class<?> c = Class.forName(String.format("gen.C%05d", i), run, loader);
      if (run) {
        Method m = c.getMethod("work", int.class);
        m.invoke(c.getDeclaredConstructor().newInstance(), i);
      }
    }
    return loader;
  }

  static long metaspaceUsed() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getName().equals("Metaspace")) return p.getUsage().getUsed();
    return -1;
  }
}
