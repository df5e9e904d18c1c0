package oracle;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Every ConfigOption a Flink release declares: for each jar given as module=path (args[1..]), every class under
 * org/apache/flink/ (not the shaded libraries) is loaded without initialising; a class with static fields of type
 * org.apache.flink.configuration.ConfigOption is then initialised and each option read: key(), fallbackKeys() (each
 * FallbackKey's getKey() and isDeprecated(): deprecated keys are fallback keys marked deprecated, see
 * flink-core/src/main/java/org/apache/flink/configuration/ConfigOption.java and FallbackKey.java), and whether the
 * field is annotated @Deprecated. One JSON line per key to args[0]; a key declared by several fields merges their
 * keys (the first class in name order that declares it, preferring a class named *Options, is reported). A class
 * that cannot be loaded (its dependencies are not on the classpath: the extra modules are added non-transitively) is
 * counted, not fatal.
 */
public final class OptionKeys {
  private static final class Found {
    String module;
    String declaringClass;
    boolean deprecated = true; // every declaring field @Deprecated
    final TreeSet<String> deprecatedKeys = new TreeSet<>();
    final TreeSet<String> fallbackKeys = new TreeSet<>();
  }

  public static void main(String[] args) throws Exception {
    ClassLoader loader = OptionKeys.class.getClassLoader();
    Class<?> optionClass = Class.forName("org.apache.flink.configuration.ConfigOption", false, loader);
    Map<String, Found> keys = new TreeMap<>();
    StringBuilder summary = new StringBuilder();
    for (int i = 1; i < args.length; i++) {
      String module = args[i].substring(0, args[i].indexOf('='));
      String jar = args[i].substring(args[i].indexOf('=') + 1);
      int[] counts = scanJar(module, new File(jar), loader, optionClass, keys);
      summary.append(module).append(": ").append(counts[0]).append(" classes, ").append(counts[1]).append(" options, ");
      summary.append(counts[2]).append(" classes not loadable\n");
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Found> e : keys.entrySet()) {
      Found f = e.getValue();
      out.append("{\"key\":").append(quote(e.getKey())).append(",\"module\":").append(quote(f.module));
      out.append(",\"class\":").append(quote(f.declaringClass)).append(",\"deprecated\":").append(f.deprecated);
      out.append(",\"deprecatedKeys\":").append(list(f.deprecatedKeys)).append(",\"fallbackKeys\":").append(list(f.fallbackKeys));
      out.append("}\n");
    }
    Files.write(Path.of(args[0]), out.toString().getBytes(StandardCharsets.UTF_8));
    System.out.print(summary);
  }

  /** Returns {classes scanned, options read, classes that failed}. */
  private static int[] scanJar(String module, File jar, ClassLoader loader, Class<?> optionClass, Map<String, Found> keys) throws Exception {
    int[] counts = new int[3];
    List<String> names = new ArrayList<>();
    try (JarFile jf = new JarFile(jar)) {
      for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
        String n = en.nextElement().getName();
        if (n.startsWith("org/apache/flink/") && !n.startsWith("org/apache/flink/shaded/") && n.endsWith(".class") && !n.contains("module-info"))
          names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
      }
    }
    names.sort(null);
    for (String name : names) {
      counts[0]++;
      try {
        Class<?> c = Class.forName(name, false, loader);
        for (Field field : c.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers()) || !optionClass.isAssignableFrom(field.getType())) continue;
          field.setAccessible(true);
          Object option = field.get(null);
          if (option == null) continue;
          record(module, c.getName(), field.isAnnotationPresent(Deprecated.class), option, keys);
          counts[1]++;
        }
      } catch (Throwable t) {
        counts[2]++;
      }
    }
    return counts;
  }

  private static void record(String module, String cls, boolean deprecatedField, Object option, Map<String, Found> keys) throws Exception {
    String key = (String) call(option, "key");
    Found f = keys.get(key);
    if (f == null) {
      f = new Found();
      keys.put(key, f);
    }
    boolean better = f.declaringClass == null || (!f.declaringClass.endsWith("Options") && cls.endsWith("Options"));
    if (better) {
      f.module = module;
      f.declaringClass = cls;
    }
    f.deprecated &= deprecatedField;
    for (Object fallback : (Iterable<?>) call(option, "fallbackKeys")) {
      String k = (String) call(fallback, "getKey");
      if ((Boolean) call(fallback, "isDeprecated")) f.deprecatedKeys.add(k);
      else f.fallbackKeys.add(k);
    }
  }

  private static Object call(Object target, String method) throws Exception {
    Method m = target.getClass().getDeclaredMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }

  private static String list(TreeSet<String> values) {
    StringBuilder s = new StringBuilder("[");
    for (String v : values) s.append(s.length() > 1 ? "," : "").append(quote(v));
    return s.append(']').toString();
  }

  private static String quote(String v) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : v.toCharArray()) {
      if (c == '"' || c == '\\') q.append('\\').append(c);
      else if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
      else q.append(c);
    }
    return q.append('"').toString();
  }
}
