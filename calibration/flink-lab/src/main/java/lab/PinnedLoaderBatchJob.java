package lab;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.flink.api.common.io.GenericInputFormat;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.io.GenericInputSplit;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;

/**
 * Airwallex's JobManager metaspace OOM (Rabbit Holes in Flink Operations, part 1, "OOM Due to a Flink Bug"): a batch
 * job submitted again and again to one session cluster, whose user-code class loader stays pinned on the JobManager.
 *
 * <p>The JobManager runs user code for a batch source: InputOutputFormatVertex#initializeOnMaster deserializes the
 * InputFormat with the job's user-code class loader and ExecutionJobVertex calls createInputSplits on it (flink-runtime
 * 1.20). This format's createInputSplits does what a JDBC source does there: it loads the job's schema classes (the
 * generated lab.gen.Schema* classes, only in the shipped job jar) and registers its JDBC driver with
 * java.sql.DriverManager. DriverManager lives in the platform class loader and keeps the driver in a static list, so
 * the driver's class, its user-code class loader and every class that loader defined stay reachable after the job
 * finished and Flink released the loader: the leak Flink's docs name ("Debugging Classloading", JDBC). With --pin false
 * the driver is not registered and the loader can be unloaded. Arguments: --classes N, --pin true|false, --run K.
 */
public final class PinnedLoaderBatchJob {
  private PinnedLoaderBatchJob() {}

  public static void main(String[] args) throws Exception {
    int classes = Integer.parseInt(arg(args, "--classes", "1000"));
    boolean pin = Boolean.parseBoolean(arg(args, "--pin", "true"));
    String run = arg(args, "--run", "0");
    String remote = arg(args, "--remote", null);
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createRemoteEnvironment(
            remote.split(":")[0], Integer.parseInt(remote.split(":")[1]), arg(args, "--jar", null));
    // a bounded job (it FINISHES after its input); execution.runtime-mode BATCH refuses the legacy InputFormat source
    // ("Detected an UNBOUNDED source"), which the JobManager still drives as InputOutputFormatVertex
    env.setParallelism(1);
    env.createInput(new SchemaFormat(classes, pin), Types.LONG).name("JdbcLikeSource").addSink(new DiscardingSink<>()).name("Discard");
    System.out.println("JOBID " + env.executeAsync("jm-pinned-loaders-" + run).getJobID());
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }

  /** A bounded source of a few records; its createInputSplits runs on the JobManager. */
  public static final class SchemaFormat extends GenericInputFormat<Long> {
    private final int classes;
    private final boolean pin;
    private long emitted;

    SchemaFormat(int classes, boolean pin) {
      this.classes = classes;
      this.pin = pin;
    }

    @Override
    public GenericInputSplit[] createInputSplits(int numSplits) throws java.io.IOException {
      // on the JobManager, with the job's user-code class loader (this class's loader)
      ClassLoader loader = SchemaFormat.class.getClassLoader();
      try {
        for (int i = 0; i < classes; i++) Class.forName(String.format("lab.gen.Schema%04d", i), true, loader);
        if (pin) DriverManager.registerDriver(new LabDriver());
      } catch (ClassNotFoundException | SQLException e) {
        throw new java.io.IOException(e);
      }
      System.out.println("lab: createInputSplits loaded " + classes + " schema classes in " + loader + ", pinned=" + pin);
      return super.createInputSplits(numSplits);
    }

    @Override
    public boolean reachedEnd() {
      return emitted >= 10;
    }

    @Override
    public Long nextRecord(Long reuse) {
      return emitted++;
    }
  }

  /** A JDBC driver that accepts no URL: only its registration matters (it pins its class loader). */
  public static final class LabDriver implements Driver {
    @Override
    public Connection connect(String url, Properties info) {
      return null;
    }

    @Override
    public boolean acceptsURL(String url) {
      return false;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
      return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
      return 1;
    }

    @Override
    public int getMinorVersion() {
      return 0;
    }

    @Override
    public boolean jdbcCompliant() {
      return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }
  }
}
