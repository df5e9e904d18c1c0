package lab;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** What every lab job reads from its command line: `--name value` pairs and where to submit (runner/cluster.ts submitJob). */
final class LabArgs {
  private LabArgs() {}

  static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }

  static int intArg(String[] args, String name, int fallback) {
    String v = stringArg(args, name, null);
    return v == null ? fallback : Integer.parseInt(v);
  }

  /** `--remote host:port --jar <job jar>`: a remote environment that ships the jar over REST; else a local one. */
  static StreamExecutionEnvironment environment(String[] args) {
    String remote = stringArg(args, "--remote", null);
    return remote == null
        ? StreamExecutionEnvironment.getExecutionEnvironment()
        : StreamExecutionEnvironment.createRemoteEnvironment(
            remote.split(":")[0], Integer.parseInt(remote.split(":")[1]), stringArg(args, "--jar", null));
  }
}
