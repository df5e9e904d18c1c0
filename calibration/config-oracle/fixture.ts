/**
 * What oracle.ConfigOracle prints per case (OracleRecord) and the fixture kept of it (OracleFixture): the case's input
 * and source, what GlobalConfiguration loaded and logged, and per process BashJavaUtils' JVM arguments and dynamic
 * properties with the process spec's components, or Flink's exception chain. The temporary conf directory is written
 * `<conf>` so fixtures do not depend on where the run happened.
 */
import type { OracleCase } from './cases';

export interface JavaCause {
  readonly class: string;
  readonly message: string | null;
}

interface ProcessRecord {
  readonly unsupported?: string;
  readonly results?: string[];
  readonly error?: JavaCause[];
  readonly log?: string[];
  readonly spec?: { readonly components: Record<string, string> };
  readonly specError?: JavaCause[];
}

export interface OracleRecord {
  readonly case: string;
  readonly confDir: string;
  readonly load: { readonly map?: Record<string, string>; readonly error?: JavaCause[]; readonly log: string[] };
  readonly taskmanager: ProcessRecord;
  readonly jobmanager: ProcessRecord;
}

/** `LEVEL SimpleClassName: message` (one string a line keeps the fixtures small and readable). */
type LogLine = string;

export type ProcessOutcome =
  | { readonly unsupported: string }
  | {
      readonly jvmArgs: string;
      /** Absent where the release's BashJavaUtils prints none (the JobManager before 1.12). */
      readonly dynamicProperties?: string;
      /** The spec's getters: sizes in bytes, CPU cores as Java prints the double, slots. */
      readonly components: Record<string, string>;
      readonly log: LogLine[];
    }
  | { readonly error: JavaCause[]; readonly log: LogLine[] };

export interface OracleFixture {
  readonly release: string;
  readonly case: string;
  readonly source: string;
  /** The file name Flink was given (flink-conf.yaml or config.yaml) and its text. */
  readonly file: string;
  readonly input: string;
  readonly load: { readonly map?: Record<string, string>; readonly error?: JavaCause[]; readonly log: LogLine[] };
  readonly taskmanager: ProcessOutcome;
  readonly jobmanager: ProcessOutcome;
}

/** The components BashJavaUtils' own "Final … Memory configuration" block repeats are left out of the log. */
const REPEATED = 'org.apache.flink.runtime.util.bash.BashJavaUtils';
const CONFIG_LOADER = 'org.apache.flink.configuration.GlobalConfiguration';

/** slf4j-simple lines `LEVEL logger - message`; other lines continue the previous message (a logged exception's text). */
function logLines(lines: readonly string[], conf: string, skip: readonly string[] = []): LogLine[] {
  const out: { level: string; logger: string; message: string }[] = [];
  for (const raw of lines) {
    const line = raw.split(conf).join('<conf>');
    const m = /^(TRACE|DEBUG|INFO|WARN|ERROR) (\S+) - (.*)$/.exec(line);
    const last = out[out.length - 1];
    if (m) out.push({ level: m[1] as string, logger: m[2] as string, message: m[3] as string });
    else if (last) last.message += `\n${line}`;
  }
  return out.filter((l) => !skip.includes(l.logger)).map((l) => `${l.level} ${l.logger.replace(/.*\./, '')}: ${l.message}`);
}

const causes = (chain: readonly JavaCause[], conf: string): JavaCause[] =>
  chain.map((c) => ({ class: c.class, message: c.message === null ? null : c.message.split(conf).join('<conf>') }));

function outcome(p: ProcessRecord, conf: string): ProcessOutcome {
  if (p.unsupported !== undefined) return { unsupported: p.unsupported };
  // the derivation's own lines; the loader's lines are the fixture's `load.log`
  const log = logLines(p.log ?? [], conf, [CONFIG_LOADER, REPEATED]);
  if (p.error) return { error: causes(p.error, conf), log };
  const results = p.results ?? [];
  const components = p.spec?.components ?? {};
  const scalar = Object.fromEntries(Object.entries(components).filter(([, v]) => /^-?[\d.E]+$/.test(v)));
  return {
    jvmArgs: (results[0] ?? '').trim(),
    ...(results.length > 1 ? { dynamicProperties: (results[1] as string).trim() } : {}),
    components: scalar,
    log,
  };
}

export function toFixture(release: string, c: OracleCase, file: string, rec: OracleRecord): OracleFixture {
  const conf = rec.confDir;
  return {
    release,
    case: c.id,
    source: c.source,
    file,
    input: c.text,
    load: {
      ...(rec.load.map ? { map: rec.load.map } : {}),
      ...(rec.load.error ? { error: causes(rec.load.error, conf) } : {}),
      // "Loading configuration property: key, value" lines repeat the map (values of secret keys as ******): left out
      log: logLines(rec.load.log, conf).filter((l) => !l.startsWith('INFO GlobalConfiguration: Loading configuration property: ')),
    },
    taskmanager: outcome(rec.taskmanager, conf),
    jobmanager: outcome(rec.jobmanager, conf),
  };
}
