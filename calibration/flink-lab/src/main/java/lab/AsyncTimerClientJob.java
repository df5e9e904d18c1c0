package lab;

import static lab.LabArgs.stringArg;

import io.netty.util.HashedWheelTimer;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;

/**
 * The Harvee write-up's Async I/O enrichment (2017): asyncInvoke() builds a new HTTP client for every element and
 * never closes it. The client here is HTTP-client-like in the way that matters: like AsyncHttpClient's
 * DefaultAsyncHttpClient it starts its own io.netty.util.HashedWheelTimer (tick 100 ms, 512 buckets, AHC's defaults)
 * in its constructor, uses it for the request, and owns some heap of its own (--clientKiB, standing for its pools and
 * buffers). The timer's worker thread is non-daemon and never stopped: a live thread is a GC root, so the timer and
 * the client stay reachable. --mode shared is the fix: one client per subtask, built in open(), closed in close().
 * Arguments: --mode per-call|shared, --callsPerSecond N, --clientKiB K.
 */
public final class AsyncTimerClientJob {
  private AsyncTimerClientJob() {}

  public static void main(String[] args) throws Exception {
    String mode = stringArg(args, "--mode", "per-call");
    int callsPerSecond = Integer.parseInt(stringArg(args, "--callsPerSecond", "50"));
    int clientKiB = Integer.parseInt(stringArg(args, "--clientKiB", "32"));
    StreamExecutionEnvironment env = LabArgs.environment(args);
    env.setParallelism(1);
    var paced = env.fromSequence(0, Long.MAX_VALUE).map(new Pace(callsPerSecond)).name("Pace");
    AsyncDataStream.unorderedWait(paced, new Enrich(mode.equals("shared"), clientKiB), 10, TimeUnit.SECONDS, 100)
        .name("Enrich")
        .addSink(new DiscardingSink<>())
        .name("Discard");
    // detached: the lab's runner follows the job through REST, this client only prints the id
    System.out.println("JOBID " + env.executeAsync("async-timer-client-" + mode).getJobID());
  }

  /** Lets callsPerSecond records through per second (a steady stream; the lab measures memory per call). */
  static final class Pace extends RichMapFunction<Long, Long> {
    private final long periodNanos;
    private transient long nextNanos;

    Pace(int callsPerSecond) {
      this.periodNanos = 1_000_000_000L / callsPerSecond;
    }

    @Override
    public Long map(Long value) throws Exception {
      long now = System.nanoTime();
      if (nextNanos == 0) nextNanos = now;
      nextNanos += periodNanos;
      long waitNanos = nextNanos - now;
      if (waitNanos > 0) Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      return value;
    }
  }

  /** An HTTP client with a Netty timer, as AsyncHttpClient builds one (DefaultAsyncHttpClient#newNettyTimer). */
  static final class LabHttpClient implements AutoCloseable {
    private final HashedWheelTimer timer;
    private final byte[] pools;

    LabHttpClient(int clientKiB) {
      timer = new HashedWheelTimer(new DefaultThreadFactory("lab-http-client-timer"), 100, TimeUnit.MILLISECONDS, 512);
      timer.start();
      pools = new byte[clientKiB << 10];
    }

    /** A "request" answered on the timer's thread after one tick, as a request timeout would be scheduled. */
    CompletableFuture<Long> get(long key) {
      CompletableFuture<Long> response = new CompletableFuture<>();
      timer.newTimeout(t -> response.complete(key + pools.length), 1, TimeUnit.MILLISECONDS);
      return response;
    }

    @Override
    public void close() {
      timer.stop();
    }
  }

  static final class Enrich extends RichAsyncFunction<Long, Long> {
    private final boolean shared;
    private final int clientKiB;
    private transient LabHttpClient client;
    private transient long calls;

    Enrich(boolean shared, int clientKiB) {
      this.shared = shared;
      this.clientKiB = clientKiB;
    }

    @Override
    public void open(OpenContext context) {
      if (shared) client = new LabHttpClient(clientKiB);
    }

    @Override
    public void asyncInvoke(Long value, ResultFuture<Long> resultFuture) {
      // the bug under test: a new client per element, never closed (the fix builds it once in open())
      LabHttpClient c = shared ? client : new LabHttpClient(clientKiB);
      if (++calls % 500 == 0) System.out.println("lab: calls " + calls + (shared ? " on one client" : " clients created"));
      c.get(value).thenAccept(r -> resultFuture.complete(Collections.singleton(r)));
    }

    @Override
    public void close() {
      if (client != null) client.close();
    }
  }
}
