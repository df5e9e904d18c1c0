/**
 * Flink's own `flink-conf.yaml` reader (every release up to 1.20), line by line as
 * `GlobalConfiguration.loadYAMLResource` (≤ 1.18, flink-core/src/main/java/org/apache/flink/configuration/
 * GlobalConfiguration.java:189-240 at release-1.18.1) and `loadLegacyYAMLResource` (1.19–1.20, same file
 * :215-266 at release-1.20.0) read it: not YAML at all, but `key: value` per line.
 * The result keeps Flink's own WARN lines verbatim so an oracle can compare them with Flink's log.
 */
import type { ConfigEntry } from './configuration';
import { atLeast, type FlinkVersion } from './flinkVersion';

/** One WARN line as Flink logs it, `file` being the name the user gave. */
export interface FlinkLogLine {
  readonly line: number;
  readonly text: string;
}

export interface LegacyReading {
  readonly entries: ConfigEntry[];
  readonly flinkLog: FlinkLogLine[];
  /** The product's own explanations, `file:line: …`. */
  readonly warnings: string[];
  /** Keys of skipped `key:` lines (nested blocks, empty values): still evidence that this is a Flink file. */
  readonly skippedKeys: string[];
}

/** `String.trim()` of Java: strips every char ≤ U+0020 at both ends (tabs, CR, control chars), not Unicode spaces. */
function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}

/** `BufferedReader.readLine()`: lines end at \n, \r or \r\n; a final terminator opens no extra line. */
function javaLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Splits at the first occurrence only, as Java's `split(sep, 2)` with a literal separator does. */
function splitFirst(s: string, sep: string): [string] | [string, string] {
  const at = s.indexOf(sep);
  return at < 0 ? [s] : [s.slice(0, at), s.slice(at + sep.length)];
}

/**
 * Flink's two WARN texts. Up to 1.16 they quote the line; 1.17 replaced the quoted line with a fixed
 * reason (flink-core GlobalConfiguration.java:209-228 at release-1.17.0; :175/:184 at release-1.10.0).
 */
function splitWarning(v: FlinkVersion, file: string, lineNo: number, line: string): string {
  return atLeast(v, 1, 17)
    ? `Error while trying to split key and value in configuration file ${file}:${lineNo}: Line is not a key-value pair (missing space after ':'?)`
    : `Error while trying to split key and value in configuration file ${file}:${lineNo}: "${line}"`;
}

function emptyWarning(v: FlinkVersion, file: string, lineNo: number, line: string): string {
  return atLeast(v, 1, 17)
    ? `Error after splitting key and value in configuration file ${file}:${lineNo}: Key or value was empty`
    : `Error after splitting key and value in configuration file ${file}:${lineNo}: "${line}"`;
}

/** Reads a flink-conf.yaml exactly as Flink's line parser does; later lines win, as `config.setString` overwrites. */
export function readLegacyConfig(text: string, fileName: string, version: FlinkVersion): LegacyReading {
  const out: LegacyReading = { entries: [], flinkLog: [], warnings: [], skippedKeys: [] };
  const lines = javaLines(text);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i] as string;
    // 1. check for comments: everything after the first '#' goes, even inside quotes (line.split("#", 2)).
    const hash = line.indexOf('#');
    const conf = javaTrim(hash < 0 ? line : line.slice(0, hash));
    if (conf.length === 0) continue;
    // 2. get key and value: conf.split(": ", 2); the whole rest of the line is the value.
    const kv = splitFirst(conf, ': ');
    if (kv.length === 1) {
      out.flinkLog.push({ line: lineNo, text: splitWarning(version, fileName, lineNo, line) });
      out.warnings.push(`${fileName}:${lineNo}: Flink skips this line: ${skipReason(conf, lines, i)}`);
      if (conf.endsWith(':')) out.skippedKeys.push(conf.slice(0, -1));
      continue;
    }
    const key = javaTrim(kv[0]);
    const value = javaTrim(kv[1]);
    if (key.length === 0 || value.length === 0) {
      out.flinkLog.push({ line: lineNo, text: emptyWarning(version, fileName, lineNo, line) });
      out.warnings.push(`${fileName}:${lineNo}: Flink skips this line: the key is empty.`);
      continue;
    }
    out.entries.push({ key, value, origin: `${fileName}:${lineNo}` });
    out.warnings.push(...valueHints(`${fileName}:${lineNo}`, line, key, value, hash >= 0));
  }
  return out;
}

/** Why a line without ': ' is skipped, in the user's terms. */
function skipReason(conf: string, lines: readonly string[], i: number): string {
  if (conf === '---' || conf === '...')
    return `'${conf}' is a YAML document marker, which Flink's flink-conf.yaml reader does not know: it is an invalid line to it.`;
  if (conf.endsWith(':') && nextIsIndented(lines, i))
    return `'${conf}' opens a nested block: flink-conf.yaml is read line by line, so nested keys are not joined (write 'a.b.c: value', or use config.yaml with Flink 1.19+).`;
  if (conf.endsWith(':')) return `'${conf}' has no value.`;
  if (/:\S/.test(conf)) return `no space after ':' ('${conf}'): Flink splits key and value only at ': '.`;
  if (/:\t/.test(conf)) return `a tab after ':' ('${conf.replace(/\t/g, '\\t')}'): Flink splits key and value only at ': ' (a space).`;
  return `'${conf}' is not a 'key: value' pair.`;
}

function nextIsIndented(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j] as string;
    if (javaTrim(next.split('#')[0] as string) === '') continue;
    return /^[ \t]/.test(next) && /^[ \t]*/.exec(next)?.[0].length !== /^[ \t]*/.exec(lines[i] as string)?.[0].length;
  }
  return false;
}

/** Where Flink's reading of a loaded line differs from what a YAML reader would make of it. */
function valueHints(at: string, line: string, key: string, value: string, hadComment: boolean): string[] {
  const hints: string[] = [];
  if (/^[ \t]/.test(line))
    hints.push(
      `${at}: indented: Flink's flink-conf.yaml reader loads it as the top-level key '${key}' (indentation and any parent line are ignored).`,
    );
  const quoted = value.length >= 2 && /^(["']).*\1$/.test(value);
  if (quoted) hints.push(`${at}: '${key}' keeps its quotes (${value}): flink-conf.yaml is not YAML, Flink does not unquote values.`);
  else if (hadComment && /^["']/.test(value))
    hints.push(`${at}: '${key}' is cut at '#' (${value}): Flink drops everything after the first '#' on a line, even inside quotes.`);
  if (value.includes(': '))
    hints.push(
      `${at}: the value of '${key}' holds another ': ' (${value}): two settings glued on one line? Flink takes everything after the first ': '.`,
    );
  if (key.startsWith('\uFEFF'))
    hints.push(`${at}: the key starts with a byte-order mark (U+FEFF), which Flink keeps in the key: save the file without BOM.`);
  return hints;
}
