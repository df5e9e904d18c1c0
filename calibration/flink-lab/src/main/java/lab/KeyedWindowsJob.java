package lab;

import static lab.LabArgs.stringArg;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Airwallex's expired windows: keyed event-time windows on the heap (hashmap) state backend whose watermark never
 * advances (WatermarkStrategy.noWatermarks(), the stand-in for a stalled watermark), so no window's cleanup timer
 * ever fires and every record stays in window state. State, checkpoints and heap grow until the heap runs out.
 *
 * The runner steers it through marker files in --markerDir: `fail` makes the gate throw once (it deletes the marker
 * and creates `hold`); while `hold` exists the gate drops every record, so the state restored after the failure is
 * exactly what the next checkpoints carry; the runner deletes `hold` to let the state grow again.
 * Arguments: --recordsPerSecond N, --payloadBytes B, --keys K, --markerDir D, --checkpointMs, --checkpointTimeoutMs,
 * --tolerableFailures.
 */
public final class KeyedWindowsJob {
  private KeyedWindowsJob() {}

  public static void main(String[] args) throws Exception {
    int recordsPerSecond = Integer.parseInt(stringArg(args, "--recordsPerSecond", "5000"));
    int payloadBytes = Integer.parseInt(stringArg(args, "--payloadBytes", "100"));
    int keys = Integer.parseInt(stringArg(args, "--keys", "1000"));
    String markerDir = stringArg(args, "--markerDir", "/tmp/flink-lab-markers");
    StreamExecutionEnvironment env = LabArgs.environment(args);
    env.setParallelism(1);
    // a session cluster's config does not switch checkpointing on for a job: the client's environment does
    env.enableCheckpointing(Long.parseLong(stringArg(args, "--checkpointMs", "3000")));
    env.getCheckpointConfig().setCheckpointTimeout(Long.parseLong(stringArg(args, "--checkpointTimeoutMs", "10000")));
    env.getCheckpointConfig().setTolerableCheckpointFailureNumber(Integer.parseInt(stringArg(args, "--tolerableFailures", "2")));
    // latency markers are the job's setting too (ExecutionConfig), not the session cluster's metrics.latency.interval
    env.getConfig().setLatencyTrackingInterval(Long.parseLong(stringArg(args, "--latencyIntervalMs", "1000")));
    env.fromSequence(0, Long.MAX_VALUE)
        .name("Sequence")
        .filter(new Gate(recordsPerSecond, markerDir))
        .name("Gate")
        // event time = the sequence number in ms; no watermarks: the windows never fire and are never purged
        .assignTimestampsAndWatermarks(
            WatermarkStrategy.<Long>noWatermarks().withTimestampAssigner((seq, previous) -> seq))
        .map(seq -> Tuple2.of(seq % keys, new byte[payloadBytes]))
        .returns(org.apache.flink.api.common.typeinfo.Types.TUPLE(
            org.apache.flink.api.common.typeinfo.Types.LONG,
            org.apache.flink.api.common.typeinfo.Types.PRIMITIVE_ARRAY(org.apache.flink.api.common.typeinfo.Types.BYTE)))
        .name("Payload")
        .keyBy(t -> t.f0)
        .window(TumblingEventTimeWindows.of(Duration.ofSeconds(10)))
        .process(new CountWindow())
        .name("ExpiredWindows")
        .addSink(new DiscardingSink<>())
        .name("Discard");
    // detached: the lab's runner follows the job through REST, this client only prints the id
    System.out.println("JOBID " + env.executeAsync("keyed-windows").getJobID());
  }

  /** Paces the stream to recordsPerSecond, fails once on the `fail` marker, drops records while `hold` exists. */
  static final class Gate extends RichFilterFunction<Long> {
    private final int recordsPerSecond;
    private final String markerDir;
    private transient long startMs;
    private transient long passed;
    private transient boolean holding;

    Gate(int recordsPerSecond, String markerDir) {
      this.recordsPerSecond = recordsPerSecond;
      this.markerDir = markerDir;
    }

    @Override
    public void open(OpenContext context) {
      startMs = System.currentTimeMillis();
      passed = 0;
      holding = new File(markerDir, "hold").exists();
    }

    @Override
    public boolean filter(Long seq) throws Exception {
      passed++;
      long due = (System.currentTimeMillis() - startMs) * recordsPerSecond / 1000;
      if (passed > due) Thread.sleep(1); // a paced stream: the lab measures state, not throughput
      if (passed % 200 == 0) {
        File fail = new File(markerDir, "fail");
        if (fail.delete()) {
          touch(new File(markerDir, "hold"));
          throw new RuntimeException("lab: injected failure at sequence " + seq);
        }
        holding = new File(markerDir, "hold").exists();
      }
      return !holding;
    }

    private static void touch(File f) throws IOException {
      if (!f.exists() && !f.createNewFile()) throw new IOException("cannot create " + f);
    }
  }

  /** Never called while the watermark stands still; counts the window's records if it ever fires. */
  static final class CountWindow extends ProcessWindowFunction<Tuple2<Long, byte[]>, Long, Long, TimeWindow> {
    @Override
    public void process(Long key, Context context, Iterable<Tuple2<Long, byte[]>> elements, Collector<Long> out) {
      long n = 0;
      for (Tuple2<Long, byte[]> ignored : elements) n++;
      out.collect(n);
    }
  }
}
