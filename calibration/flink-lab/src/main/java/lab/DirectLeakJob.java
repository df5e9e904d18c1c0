package lab;

import static lab.LabArgs.intArg;
import static lab.LabArgs.stringArg;

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
 * --keyBy true (the map behind a keyBy: one pipelined region), --jobName name, --mode M:
 * - keep (the default): ByteBuffer.allocateDirect kept in LeakHolder's static list, reachable for ever;
 * - drop: ByteBuffer.allocateDirect held by the operator, close() drops the reference: the buffer is unreachable and
 *   its memory returns only when a GC finds it (its Cleaner runs), which -XX:+DisableExplicitGC keeps
 *   Bits.reserveMemory's System.gc() from doing;
 * - unsafe: Unsafe.allocateMemory (as an in-memory ChronicleMap allocates), every byte written so it is resident,
 *   never freed: not counted in Direct.MemoryUsed, only in the process's RSS.
 */
public final class DirectLeakJob {
  private DirectLeakJob() {}

  public static void main(String[] args) throws Exception {
    int leakMiB = intArg(args, "--leakMiB", 16);
    long failAfterMs = intArg(args, "--failAfterMs", 2000);
    String mode = stringArg(args, "--mode", "keep");
    StreamExecutionEnvironment env = LabArgs.environment(args);
    env.setParallelism(intArg(args, "--parallelism", 1));
    // --keyBy: the leaking map behind a keyBy (all-to-all edge: one pipelined region, every subtask restarts together)
    boolean keyed = Boolean.parseBoolean(stringArg(args, "--keyBy", "false"));
    org.apache.flink.streaming.api.datastream.DataStream<Long> source = env.fromSequence(0, Long.MAX_VALUE);
    LeakingMap map = new LeakingMap(leakMiB, failAfterMs, mode);
    (keyed ? source.keyBy(v -> v % 1024).map(map) : source.map(map))
        .name("DirectLeak")
        .addSink(new DiscardingSink<>())
        .name("Discard");
    // detached: the lab's runner follows the job through REST, this client only prints the id
    System.out.println("JOBID " + env.executeAsync(stringArg(args, "--jobName", "direct-leak-on-restart")).getJobID());
  }

  /** Allocates in open() (as --mode says), never frees; throws after failAfterMs of processing so the job restarts. */
  static final class LeakingMap extends RichMapFunction<Long, Long> {
    private final int leakMiB;
    private final long failAfterMs;
    private final String mode;
    private transient long openedAtMs;
    private transient ByteBuffer held;

    LeakingMap(int leakMiB, long failAfterMs, String mode) {
      this.leakMiB = leakMiB;
      this.failAfterMs = failAfterMs;
      this.mode = mode;
    }

    @Override
    public void open(OpenContext context) throws Exception {
      int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
      int attempt = getRuntimeContext().getTaskInfo().getAttemptNumber();
      System.out.println("lab: open subtask " + subtask + " attempt " + attempt + " at " + System.currentTimeMillis());
      long bytes = (long) leakMiB << 20;
      switch (mode) {
        case "drop":
          held = ByteBuffer.allocateDirect((int) bytes);
          System.out.println("lab: open holds " + leakMiB + " MiB (dropped at close)");
          break;
        case "unsafe":
          System.out.println("lab: open allocated unsafe " + LeakHolder.allocateUnsafe(bytes) + " bytes in total");
          break;
        default:
          int kept = LeakHolder.keep(ByteBuffer.allocateDirect((int) bytes));
          System.out.println("lab: open kept " + kept + " buffers of " + leakMiB + " MiB");
      }
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
      // keep, unsafe: deliberately nothing (the leak under test). drop: the reference goes, the memory waits for a GC.
      held = null;
    }
  }
}
