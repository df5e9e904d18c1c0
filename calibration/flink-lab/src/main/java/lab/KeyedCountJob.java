package lab;

import static lab.LabArgs.stringArg;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;

/**
 * A streaming job joined by keyBy (one pipelined region: the hash edge is all-to-all), for the taskmanager-kill run:
 * a throttled sequence source, a keyed counter, a discarding sink, at --parallelism N (all slots of the cluster).
 * The runner kills a TaskManager process and follows the job's states and record counts through REST.
 */
public final class KeyedCountJob {
  private KeyedCountJob() {}

  public static void main(String[] args) throws Exception {
    int parallelism = Integer.parseInt(stringArg(args, "--parallelism", "4"));
    StreamExecutionEnvironment env = LabArgs.environment(args);
    env.setParallelism(parallelism);
    env.fromSequence(0, Long.MAX_VALUE)
        .map(new Throttle())
        .name("Throttle")
        .keyBy(v -> v % 1024)
        .map(new KeyedCount())
        .name("KeyedCount")
        .addSink(new DiscardingSink<>())
        .name("Discard");
    System.out.println("JOBID " + env.executeAsync("taskmanager-kill").getJobID());
  }

  /**
   * About 1000 records per second per subtask (the lab measures scheduling, not throughput); every 1000th record it
   * prints a line with the wall clock to the TaskManager's .out, so the runner sees when anything was processed.
   */
  static final class Throttle extends RichMapFunction<Long, Long> {
    private transient long seen;

    @Override
    public Long map(Long value) throws Exception {
      Thread.sleep(1);
      if (++seen % 1000 == 0) {
        int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
        System.out.println("lab: processed subtask " + subtask + " records " + seen + " at " + System.currentTimeMillis());
      }
      return value;
    }
  }

  /** Counts per key in keyed state (heap state backend). */
  static final class KeyedCount extends RichMapFunction<Long, Long> {
    private transient ValueState<Long> count;

    @Override
    public void open(OpenContext context) {
      count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Long.class));
    }

    @Override
    public Long map(Long value) throws Exception {
      Long c = count.value();
      count.update(c == null ? 1L : c + 1);
      return value;
    }
  }
}
