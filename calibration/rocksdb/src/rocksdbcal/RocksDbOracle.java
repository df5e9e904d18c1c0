package rocksdbcal;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flink's own RocksDB memory derivation, one release per JVM (README.md here, "Oracle"). Reads cases (one a line:
 * {@code id TAB key=value;key=value TAB managedBytesPerSlot TAB fraction}) and writes one JSON line per case.
 *
 * <p>Per case, as the TaskManager does it: {@code new EmbeddedRocksDBStateBackend().configure(config, classLoader)}
 * (which builds {@code RocksDBMemoryConfiguration.fromOtherAndConfiguration} and calls {@code validate()}), its
 * {@code memoryConfiguration} field, then {@code RocksDBOperationUtils.allocateSharedCachesIfConfigured} with a real
 * {@code MemoryManager.create(managedBytes, DEFAULT_PAGE_SIZE)} (1.13: its 4-argument form; 1.17+: an Environment
 * whose getMemoryManager, getTaskManagerInfo().getConfiguration() and getSharedResources() answer, and a
 * RocksDBMemoryFactory that records what Flink asks it for before delegating to RocksDBMemoryFactory.DEFAULT).
 * Everything is reached by reflection: the package moved in 2.0 (org.apache.flink.contrib.streaming.state →
 * org.apache.flink.state.rocksdb) and the methods changed between 1.13 and 1.17.
 */
public final class RocksDbOracle {
    private static final List<Object[]> factoryCalls = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String pkg = args[0];
        String casesFile = args[1];
        String out = args[2];
        ClassLoader cl = RocksDbOracle.class.getClassLoader();
        Class.forName("org.rocksdb.RocksDB").getMethod("loadLibrary").invoke(null);
        try (BufferedReader in = new BufferedReader(new FileReader(casesFile));
                PrintWriter w = new PrintWriter(out, "UTF-8")) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", -1);
                w.println(runCase(pkg, cl, f[0], f[1], Long.parseLong(f[2]), Double.parseDouble(f[3])));
            }
        }
    }

    private static String runCase(String pkg, ClassLoader cl, String id, String kv, long managed, double fraction) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("case", id);
        r.put("managedBytes", managed);
        r.put("fraction", fraction);
        try {
            Class<?> confClass = Class.forName("org.apache.flink.configuration.Configuration");
            Object config = confClass.getConstructor().newInstance();
            Method setString = confClass.getMethod("setString", String.class, String.class);
            for (String pair : kv.split(";")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                setString.invoke(config, pair.substring(0, eq), pair.substring(eq + 1));
            }
            Class<?> backendClass = Class.forName(pkg + ".EmbeddedRocksDBStateBackend");
            Object backend = backendClass.getConstructor().newInstance();
            Object configured;
            try {
                configured =
                        backendClass
                                .getMethod("configure", Class.forName("org.apache.flink.configuration.ReadableConfig"), ClassLoader.class)
                                .invoke(backend, config, cl);
            } catch (InvocationTargetException e) {
                r.put("configureError", chain(e.getCause()));
                return json(r);
            }
            Field mcField = backendClass.getDeclaredField("memoryConfiguration");
            mcField.setAccessible(true);
            Object mc = mcField.get(configured);
            Class<?> mcClass = mc.getClass();
            r.put("usingManagedMemory", mcClass.getMethod("isUsingManagedMemory").invoke(mc));
            Object fixed = mcClass.getMethod("getFixedMemoryPerSlot").invoke(mc);
            r.put("fixedPerSlotBytes", fixed == null ? null : fixed.getClass().getMethod("getBytes").invoke(fixed));
            r.put("writeBufferRatio", mcClass.getMethod("getWriteBufferRatio").invoke(mc));
            r.put("highPriorityPoolRatio", mcClass.getMethod("getHighPriorityPoolRatio").invoke(mc));
            r.put("partitionedIndexFilters", mcClass.getMethod("isUsingPartitionedIndexFilters").invoke(mc));

            Class<?> mmClass = Class.forName("org.apache.flink.runtime.memory.MemoryManager");
            int pageSize = mmClass.getField("DEFAULT_PAGE_SIZE").getInt(null);
            Object mm;
            try {
                mm = mmClass.getMethod("create", long.class, int.class).invoke(null, managed, pageSize);
            } catch (InvocationTargetException e) {
                r.put("memoryManagerError", chain(e.getCause()));
                return json(r);
            }
            Class<?> utils = Class.forName(pkg + ".RocksDBOperationUtils");
            Method allocate = null;
            for (Method m : utils.getMethods()) if (m.getName().equals("allocateSharedCachesIfConfigured")) allocate = m;
            if (allocate == null) throw new IllegalStateException("no allocateSharedCachesIfConfigured");
            Object logger = Class.forName("org.slf4j.LoggerFactory").getMethod("getLogger", String.class).invoke(null, "oracle");
            factoryCalls.clear();
            Object[] callArgs = new Object[allocate.getParameterCount()];
            Class<?>[] types = allocate.getParameterTypes();
            Object env = null;
            for (int i = 0; i < types.length; i++) {
                String t = types[i].getName();
                if (t.endsWith("RocksDBMemoryConfiguration")) callArgs[i] = mc;
                else if (t.endsWith("MemoryManager")) callArgs[i] = mm;
                else if (t.equals("double")) callArgs[i] = fraction;
                else if (t.equals("org.slf4j.Logger")) callArgs[i] = logger;
                else if (t.endsWith("Environment")) callArgs[i] = env = environment(types[i], mm, config);
                else if (t.endsWith("RocksDBMemoryFactory")) callArgs[i] = recordingFactory(types[i]);
                else throw new IllegalStateException("unknown parameter " + t);
            }
            if (env != null) {
                Class<?> factoryEnum = Class.forName(pkg + ".RocksDBSharedResourcesFactory");
                Method from = factoryEnum.getMethod("from", mcClass, Class.forName("org.apache.flink.runtime.execution.Environment"));
                from.setAccessible(true);
                Object which = from.invoke(null, mc, env);
                r.put("factory", which == null ? null : which.toString());
            } else {
                boolean fixedSlot = (Boolean) mcClass.getMethod("isUsingFixedMemoryPerSlot").invoke(mc);
                boolean usingManaged = (Boolean) mcClass.getMethod("isUsingManagedMemory").invoke(mc);
                r.put("factory", fixedSlot ? "SLOT_SHARED_UNMANAGED" : usingManaged ? "SLOT_SHARED_MANAGED" : null);
            }
            long availableBefore = (Long) mmClass.getMethod("availableMemory").invoke(mm);
            Object resource;
            try {
                resource = allocate.invoke(null, callArgs);
            } catch (InvocationTargetException e) {
                r.put("allocateError", chain(e.getCause()));
                return json(r);
            }
            long availableAfter = (Long) mmClass.getMethod("availableMemory").invoke(mm);
            r.put("managedReservedBytes", availableBefore - availableAfter);
            if (resource == null) {
                r.put("shared", false);
                return json(r);
            }
            r.put("shared", true);
            long size = (Long) resource.getClass().getMethod("getSize").invoke(resource);
            Object handle = resource.getClass().getMethod("getResourceHandle").invoke(resource);
            r.put("totalBytes", size);
            r.put("writeBufferManagerBytes", call(handle, "getWriteBufferManagerCapacity"));
            r.put("sharedPartitionedIndexFilters", call(handle, "isUsingPartitionedIndexFilters"));
            if (!factoryCalls.isEmpty()) {
                for (Object[] c : factoryCalls) {
                    if (c[0].equals("createCache")) {
                        r.put("cacheCapacityBytes", c[1]);
                        r.put("cacheHighPriorityPoolRatio", c[2]);
                    } else {
                        r.put("factoryWriteBufferManagerBytes", c[1]);
                    }
                }
                r.put("capacitySource", "RocksDBMemoryFactory.createCache argument");
            } else {
                Method calc = Class.forName(pkg + ".RocksDBMemoryControllerUtils").getDeclaredMethod("calculateActualCacheCapacity", long.class, double.class);
                calc.setAccessible(true);
                r.put("cacheCapacityBytes", calc.invoke(null, size, mcClass.getMethod("getWriteBufferRatio").invoke(mc)));
                r.put("cacheHighPriorityPoolRatio", mcClass.getMethod("getHighPriorityPoolRatio").invoke(mc));
                r.put("capacitySource", "RocksDBMemoryControllerUtils.calculateActualCacheCapacity(totalBytes, writeBufferRatio)");
            }
            resource.getClass().getMethod("close").invoke(resource);
        } catch (Throwable t) {
            r.put("oracleError", chain(t));
        }
        return json(r);
    }

    private static Object call(Object target, String method) throws Exception {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    private static Object recordingFactory(Class<?> iface) throws Exception {
        Object delegate = iface.getField("DEFAULT").get(null);
        InvocationHandler h =
                (proxy, method, a) -> {
                    if (method.getName().equals("createCache")) factoryCalls.add(new Object[] {"createCache", a[0], a[1]});
                    if (method.getName().equals("createWriteBufferManager")) factoryCalls.add(new Object[] {"createWriteBufferManager", a[0]});
                    if (method.getDeclaringClass() == Object.class) return method.invoke(delegate, a);
                    return method.invoke(delegate, a);
                };
        return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, h);
    }

    private static Object environment(Class<?> envClass, Object mm, Object config) throws Exception {
        Class<?> tmInfoClass = Class.forName("org.apache.flink.runtime.taskmanager.TaskManagerRuntimeInfo");
        Object tmInfo =
                Proxy.newProxyInstance(
                        tmInfoClass.getClassLoader(),
                        new Class<?>[] {tmInfoClass},
                        (p, m, a) -> {
                            if (m.getName().equals("getConfiguration")) return config;
                            throw new UnsupportedOperationException("TaskManagerRuntimeInfo." + m.getName());
                        });
        Object shared = null;
        try {
            shared = Class.forName("org.apache.flink.runtime.memory.SharedResources").getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            // before 1.17: no TaskManager-wide shared resources
        }
        final Object sharedResources = shared;
        return Proxy.newProxyInstance(
                envClass.getClassLoader(),
                new Class<?>[] {envClass},
                (p, m, a) -> {
                    switch (m.getName()) {
                        case "getMemoryManager":
                            return mm;
                        case "getTaskManagerInfo":
                            return tmInfo;
                        case "getSharedResources":
                            return sharedResources;
                        default:
                            throw new UnsupportedOperationException("Environment." + m.getName());
                    }
                });
    }

    private static String chain(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (b.length() > 0) b.append(" <- ");
            b.append(c.getClass().getName()).append(": ").append(c.getMessage());
        }
        return b.toString();
    }

    static String json(Map<String, Object> m) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (b.length() > 1) b.append(',');
            b.append(str(e.getKey())).append(':').append(value(e.getValue()));
        }
        return b.append('}').toString();
    }

    static String value(Object v) {
        if (v == null) return "null";
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        return str(v.toString());
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
