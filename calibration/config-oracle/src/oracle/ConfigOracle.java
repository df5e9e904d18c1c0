package oracle;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configuration oracle: for every case directory under args[0] (each holds conf/ with a flink-conf.yaml or
 * config.yaml), asks the Flink release on the classpath what the start scripts would get, and writes one JSON line per
 * case to args[1]:
 * - load: GlobalConfiguration.loadConfiguration(conf dir) as a key/value map (Configuration#toMap) and the lines
 *   Flink logged while loading (slf4j-simple writes them to System.err, captured here per call);
 * - taskmanager / jobmanager: BashJavaUtils GET_TM_RESOURCE_PARAMS / GET_JM_RESOURCE_PARAMS --configDir <conf>, run
 *   in this JVM as bin/config.sh runs it in its own (its BASH_JAVA_UTILS_EXEC_RESULT: lines), and the process spec's
 *   components (TaskExecutorProcessUtils / JobManagerProcessUtils, as BashJavaUtils calls them), or the exception
 *   chain (class and message of every cause).
 * Everything is reached by reflection: class and method names moved between 1.10 and 2.x, and one compiled class
 * serves every release.
 */
public final class ConfigOracle {
  private static final String PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

  public static void main(String[] args) throws Exception {
    File[] cases = new File(args[0]).listFiles(File::isDirectory);
    Arrays.sort(cases);
    StringBuilder out = new StringBuilder();
    for (File c : cases) {
      String conf = new File(c, "conf").getAbsolutePath();
      Json j = new Json().field("case", c.getName());
      j.raw("load", load(conf));
      j.raw("taskmanager", process(conf, "TM"));
      j.raw("jobmanager", process(conf, "JM"));
      out.append(j.close()).append('\n');
    }
    Files.write(Path.of(args[1]), out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** GlobalConfiguration#loadConfiguration(String) and its log lines. */
  private static String load(String conf) {
    Captured cap = new Captured();
    Json j = new Json();
    try {
      Object configuration = loadConfiguration(conf);
      @SuppressWarnings("unchecked")
      Map<String, String> map = (Map<String, String>) configuration.getClass().getMethod("toMap").invoke(configuration);
      j.map("map", new TreeMap<>(map));
    } catch (Throwable t) {
      j.raw("error", chain(t));
    } finally {
      cap.close();
    }
    return j.lines("log", cap.err).close();
  }

  private static Object loadConfiguration(String conf) throws Exception {
    Class<?> gc = Class.forName("org.apache.flink.configuration.GlobalConfiguration");
    return gc.getMethod("loadConfiguration", String.class).invoke(null, conf);
  }

  /** One process kind: BashJavaUtils' result lines and the process spec's components. */
  private static String process(String conf, String kind) {
    Json j = new Json();
    Captured cap = new Captured();
    try {
      Class<?> bash = bashJavaUtils();
      List<String> known = new ArrayList<>();
      for (Object c : Class.forName(bash.getName() + "$Command").getEnumConstants()) known.add(c.toString());
      // 1.11+: one command printing both lines; 1.10: one command per line (JVM parameters, then dynamic configs)
      List<String> commands = List.of("GET_" + kind + "_RESOURCE_PARAMS");
      if (!known.containsAll(commands)) commands = List.of("GET_" + kind + "_RESOURCE_JVM_PARAMS", "GET_" + kind + "_RESOURCE_DYNAMIC_CONFIGS");
      if (!known.containsAll(commands)) {
        cap.close();
        return j.field("unsupported", bash.getName() + " has no " + kind + " command (has " + known + ")").close();
      }
      List<String> results = new ArrayList<>();
      for (String command : commands) {
        int from = cap.outLines().size();
        bash.getMethod("main", String[].class).invoke(null, (Object) new String[] {command, "--configDir", conf});
        List<String> printed = cap.outLines().subList(from, cap.outLines().size());
        List<String> prefixed = new ArrayList<>();
        for (String line : printed) if (line.startsWith(PREFIX)) prefixed.add(line.substring(PREFIX.length()));
        // 1.10 prints no prefix: its config.sh takes the command's last output line
        if (prefixed.isEmpty() && !printed.isEmpty()) prefixed.add(printed.get(printed.size() - 1));
        results.addAll(prefixed);
      }
      j.lines("results", results);
    } catch (Throwable t) {
      j.raw("error", chain(t));
    } finally {
      cap.close();
    }
    j.lines("log", cap.err);
    Captured specCap = new Captured();
    try {
      j.raw("spec", getters(kind.equals("TM") ? tmSpec(conf) : jmSpec(conf)));
    } catch (Throwable t) {
      j.raw("specError", chain(t));
    } finally {
      specCap.close();
    }
    return j.close();
  }

  private static Class<?> bashJavaUtils() throws ClassNotFoundException {
    try {
      return Class.forName("org.apache.flink.runtime.util.bash.BashJavaUtils");
    } catch (ClassNotFoundException e) {
      return Class.forName("org.apache.flink.runtime.util.BashJavaUtils"); // 1.10
    }
  }

  /** BashJavaUtils#getConfigurationForStandaloneTaskManagers, then processSpecFromConfig (1.10: resourceSpecFromConfig). */
  private static Object tmSpec(String conf) throws Exception {
    Object configuration = loadConfiguration(conf);
    Class<?> cfg = Class.forName("org.apache.flink.configuration.Configuration");
    Object totalFlink = Class.forName("org.apache.flink.configuration.TaskManagerOptions").getField("TOTAL_FLINK_MEMORY").get(null);
    Class<?> utils;
    try {
      utils = Class.forName("org.apache.flink.runtime.clusterframework.TaskExecutorProcessUtils");
    } catch (ClassNotFoundException e) {
      utils = Class.forName("org.apache.flink.runtime.clusterframework.TaskExecutorResourceUtils");
    }
    for (Method m : utils.getMethods())
      if (m.getName().equals("getConfigurationMapLegacyTaskManagerHeapSizeToConfigOption"))
        configuration = m.invoke(null, configuration, totalFlink);
    for (String name : new String[] {"processSpecFromConfig", "resourceSpecFromConfig"})
      try {
        return utils.getMethod(name, cfg).invoke(null, configuration);
      } catch (NoSuchMethodException e) {
        // the other release's name
      }
    throw new NoSuchMethodException(utils.getName() + ": no spec method");
  }

  /** As BashJavaUtils#getJmResourceParams: the legacy heap is read as JVM heap (1.12+) or total Flink memory (1.11). */
  private static Object jmSpec(String conf) throws Exception {
    Object configuration = loadConfiguration(conf);
    Class<?> utils = Class.forName("org.apache.flink.runtime.jobmanager.JobManagerProcessUtils");
    Class<?> jmOptions = Class.forName("org.apache.flink.configuration.JobManagerOptions");
    Class<?> cfg = Class.forName("org.apache.flink.configuration.Configuration");
    Class<?> option = Class.forName("org.apache.flink.configuration.ConfigOption");
    try {
      Method m = utils.getMethod("processSpecFromConfigWithNewOptionToInterpretLegacyHeap", cfg, option);
      return m.invoke(null, configuration, jmOptions.getField("JVM_HEAP_MEMORY").get(null));
    } catch (NoSuchMethodException e) {
      Method m = utils.getMethod("processSpecFromConfigWithFallbackForLegacyHeap", cfg, option);
      return m.invoke(null, configuration, jmOptions.getField("TOTAL_FLINK_MEMORY").get(null));
    }
  }

  /** Every public no-argument getter of the spec: MemorySize in bytes, CPUResource as its decimal, the rest as text. */
  private static String getters(Object spec) throws Exception {
    Map<String, String> values = new TreeMap<>();
    for (Method m : spec.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) continue;
      if (!m.getName().startsWith("get")) continue;
      Object v = m.invoke(spec);
      String name = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
      values.put(name, text(v));
    }
    return new Json().map("components", values).close();
  }

  private static String text(Object v) throws Exception {
    if (v == null) return "null";
    String cls = v.getClass().getName();
    if (cls.equals("org.apache.flink.configuration.MemorySize")) return String.valueOf(v.getClass().getMethod("getBytes").invoke(v));
    if (cls.endsWith(".CPUResource")) return String.valueOf(v.getClass().getMethod("getValue").invoke(v));
    return String.valueOf(v);
  }

  /** The exception chain, outermost first, reflection wrappers removed. */
  private static String chain(Throwable t) {
    while (t instanceof InvocationTargetException && t.getCause() != null) t = t.getCause();
    StringBuilder s = new StringBuilder("[");
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (s.length() > 1) s.append(',');
      s.append(new Json().field("class", c.getClass().getName()).field("message", c.getMessage()).close());
    }
    return s.append(']').toString();
  }

  /** System.out and System.err redirected to memory until close(); slf4j-simple resolves System.err per message. */
  private static final class Captured {
    private final PrintStream origOut = System.out;
    private final PrintStream origErr = System.err;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    List<String> out = List.of();
    List<String> err = List.of();
    private boolean closed;

    Captured() {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    void close() {
      if (closed) return;
      closed = true;
      System.setOut(origOut);
      System.setErr(origErr);
      out = split(outBytes);
      err = split(errBytes);
    }

    List<String> outLines() {
      return split(outBytes);
    }

    /** Lines, without stack frames (a logged exception keeps its message lines). */
    private static List<String> split(ByteArrayOutputStream b) {
      String s = b.toString(StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>();
      if (s.isEmpty()) return lines; // "".split gives one empty line
      for (String l : s.split("\n")) if (!l.startsWith("\tat ") && !l.startsWith("\t... ")) lines.add(l);
      return lines;
    }
  }

  /** A JSON object written field by field (no library: the classpath is Flink's own). */
  private static final class Json {
    private final StringBuilder s = new StringBuilder("{");

    Json field(String name, String value) {
      return raw(name, value == null ? "null" : quote(value));
    }

    Json raw(String name, String json) {
      if (s.length() > 1) s.append(',');
      s.append(quote(name)).append(':').append(json);
      return this;
    }

    Json lines(String name, List<String> lines) {
      StringBuilder a = new StringBuilder("[");
      for (String l : lines) a.append(a.length() > 1 ? "," : "").append(quote(l));
      return raw(name, a.append(']').toString());
    }

    Json map(String name, Map<String, String> map) {
      Json m = new Json();
      for (Map.Entry<String, String> e : map.entrySet()) m.field(e.getKey(), e.getValue());
      return raw(name, m.close());
    }

    String close() {
      return s.toString() + "}";
    }

    static String quote(String v) {
      StringBuilder q = new StringBuilder("\"");
      for (char c : v.toCharArray()) {
        if (c == '"' || c == '\\') q.append('\\').append(c);
        else if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
        else q.append(c);
      }
      return q.append('"').toString();
    }
  }
}
