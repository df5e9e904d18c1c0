package lab;

import static lab.LabArgs.intArg;
import static lab.LabArgs.stringArg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;

/**
 * Twitter's native-gzip-leak pattern (2015 write-up): an exception logger compresses every exception's text with a
 * GZIPOutputStream it never closes. The Deflater's zlib state (malloc'd by deflateInit2_) is freed only when a GC
 * finds the stream unreachable and the Deflater's Cleaner runs end() (JDK 17: java.util.zip.Deflater.DeflaterZStreamRef,
 * registered with CleanerFactory.cleaner()). Each subtask runs a quiet phase, then "calls a dependency" that times out
 * at --exceptionsPerSec for --stormMs, then is quiet again. The subtask --closeOnSubtask closes its streams in finally
 * (the write-up's fix) so one run holds the leak and the fix at the same rate. Counter metric: exceptionsLogged.
 */
public final class GzipLoggerJob {
  private GzipLoggerJob() {}

  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = LabArgs.environment(args);
    env.setParallelism(intArg(args, "--parallelism", 2));
    env.fromSequence(0, Long.MAX_VALUE)
        .map(
            new ExceptionLoggingMap(
                intArg(args, "--quietMs", 15000),
                intArg(args, "--stormMs", 60000),
                intArg(args, "--exceptionsPerSec", 200),
                intArg(args, "--closeOnSubtask", -1)))
        .name("GzipLogger")
        .addSink(new DiscardingSink<>())
        .name("Discard");
    // detached: the lab's runner follows the job through REST, this client only prints the id
    System.out.println("JOBID " + env.executeAsync("native-gzip-leak").getJobID());
  }

  /** Passes records through; during the storm, "calls" that time out are logged through the gzip logger. */
  static final class ExceptionLoggingMap extends RichMapFunction<Long, Long> {
    private final long quietMs;
    private final long stormMs;
    private final long exceptionsPerSec;
    private final int closeOnSubtask;
    private transient long openedAtMs;
    private transient long logged;
    private transient boolean close;
    private transient Counter exceptionsLogged;

    ExceptionLoggingMap(long quietMs, long stormMs, long exceptionsPerSec, int closeOnSubtask) {
      this.quietMs = quietMs;
      this.stormMs = stormMs;
      this.exceptionsPerSec = exceptionsPerSec;
      this.closeOnSubtask = closeOnSubtask;
    }

    @Override
    public void open(OpenContext context) {
      int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
      close = subtask == closeOnSubtask;
      exceptionsLogged = getRuntimeContext().getMetricGroup().counter("exceptionsLogged");
      openedAtMs = System.currentTimeMillis();
      // the runner maps subtasks to TaskManager processes by this line in each TaskManager's .out file
      System.out.println("lab: subtask " + subtask + " pid " + ProcessHandle.current().pid() + " closes " + close);
    }

    @Override
    public Long map(Long value) throws Exception {
      Thread.sleep(1); // a slow stream: the lab measures memory, not throughput
      long inStorm = Math.min(stormMs, System.currentTimeMillis() - openedAtMs - quietMs);
      long due = inStorm <= 0 ? 0 : exceptionsPerSec * inStorm / 1000;
      for (; logged < due; logged++) {
        try {
          callDependency(logged);
        } catch (TimeoutException e) {
          logCompressed(e);
          exceptionsLogged.inc();
        }
      }
      return value;
    }

    private static void callDependency(long call) throws TimeoutException {
      throw new TimeoutException("lab: dependency call #" + call + " timed out after 500 ms");
    }

    /** The write-up's logger: the message gzipped, the stream finished but (unless fixed) never closed. */
    private void logCompressed(Exception e) throws IOException {
      StringWriter text = new StringWriter();
      e.printStackTrace(new PrintWriter(text));
      GZIPOutputStream gz = new GZIPOutputStream(new ByteArrayOutputStream());
      try {
        gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
        gz.finish(); // without close() the Deflater's zlib memory waits for a GC and its Cleaner
      } finally {
        if (close) gz.close(); // the fix: Deflater.end() at once
      }
    }
  }
}
