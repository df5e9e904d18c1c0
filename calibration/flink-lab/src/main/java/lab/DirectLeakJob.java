package lab;

import java.nio.ByteBuffer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;

/**
 * Pinterest's direct-leak-on-restart pattern: the operator allocates direct memory in open() and keeps it in a
 * static list that close() never clears; the task fails after a few seconds, the fixed-delay strategy restarts it
 * in the same TaskManager JVM, and each attempt adds one step to Direct.MemoryUsed until
 * OutOfMemoryError: Direct buffer memory. Arguments: --leakMiB N (per open), --failAfterMs T, --parallelism P,
 * --keyBy true (the map behind a keyBy: one pipelined region), --name job name.
 */
public final class DirectLeakJob {
  private DirectLeakJob() {}

  public static void main(String[] args) throws Exception {
    int leakMiB = intArg(args, "--leakMiB", 16);
    long failAfterMs = intArg(args, "--failAfterMs", 2000);
    String remote = stringArg(args, "--remote", null); // host:port of the REST endpoint
    StreamExecutionEnvironment env =
        remote == null
            ? StreamExecutionEnvironment.getExecutionEnvironment()
            : StreamExecutionEnvironment.createRemoteEnvironment(
                remote.split(":")[0], Integer.parseInt(remote.split(":")[1]), stringArg(args, "--jar", null));
    env.setParallelism(intArg(args, "--parallelism", 1));
    // --keyBy: the leaking map behind a keyBy (all-to-all edge: one pipelined region, every subtask restarts together)
    boolean keyed = Boolean.parseBoolean(stringArg(args, "--keyBy", "false"));
    org.apache.flink.streaming.api.datastream.DataStream<Long> source = env.fromSequence(0, Long.MAX_VALUE);
    (keyed ? source.keyBy(v -> v % 1024).map(new LeakingMap(leakMiB, failAfterMs)) : source.map(new LeakingMap(leakMiB, failAfterMs)))
        .name("DirectLeak")
        .addSink(new DiscardingSink<>())
        .name("Discard");
    // detached: the lab's runner follows the job through REST, this client only prints the id
    System.out.println("JOBID " + env.executeAsync(stringArg(args, "--name", "direct-leak-on-restart")).getJobID());
  }

  private static int intArg(String[] args, String name, int fallback) {
    String v = stringArg(args, name, null);
    return v == null ? fallback : Integer.parseInt(v);
  }

  private static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }

  /** Allocates in open(), never frees; throws after failAfterMs of processing so the job restarts. */
  static final class LeakingMap extends RichMapFunction<Long, Long> {
    private final int leakMiB;
    private final long failAfterMs;
    private transient long openedAtMs;

    LeakingMap(int leakMiB, long failAfterMs) {
      this.leakMiB = leakMiB;
      this.failAfterMs = failAfterMs;
    }

    @Override
    public void open(OpenContext context) {
      int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
      int attempt = getRuntimeContext().getTaskInfo().getAttemptNumber();
      System.out.println("lab: open subtask " + subtask + " attempt " + attempt + " at " + System.currentTimeMillis());
      int kept = LeakHolder.keep(ByteBuffer.allocateDirect(leakMiB << 20));
      System.out.println("lab: open kept " + kept + " buffers of " + leakMiB + " MiB");
      openedAtMs = System.currentTimeMillis();
    }

    @Override
    public Long map(Long value) throws Exception {
      Thread.sleep(1); // a slow stream: the lab measures memory, not throughput
      if (System.currentTimeMillis() - openedAtMs > failAfterMs)
        throw new RuntimeException("lab: injected failure after " + failAfterMs + " ms");
      return value;
    }

    @Override
    public void close() {
      // deliberately nothing: the buffer stays in LeakHolder (the leak under test)
    }
  }
}
