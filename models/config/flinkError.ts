/**
 * An exception as Flink would raise it: the Java class, the exact message, the keys the user
 * should look at, and the cause chain ("Caused by: …") that Flink's log would print.
 */
export class FlinkError extends Error {
  constructor(
    readonly javaClass: string,
    message: string,
    /** Configuration keys the message is about, for highlighting in editors. */
    readonly keys: readonly string[] = [],
    readonly flinkCause?: FlinkError,
  ) {
    super(message);
    this.name = 'FlinkError';
  }

  /** The same failure re-thrown with a prefix, as Flink's entry points do ("TaskManager memory configuration failed: "). */
  prefixed(prefix: string): FlinkError {
    return new FlinkError(this.javaClass, prefix + this.message, this.keys, this);
  }

  /** "Caused by:" lines below the top message. */
  causes(): string[] {
    const out: string[] = [];
    for (let c = this.flinkCause; c; c = c.flinkCause) out.push(`${c.javaClass}: ${c.message}`);
    return out;
  }
}

export const ILLEGAL_CONFIG = 'IllegalConfigurationException';
