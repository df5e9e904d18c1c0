// Protects reading a configuration file exactly as the chosen Flink release does: which file it reads, its line parser for
// flink-conf.yaml, its standard YAML for config.yaml, and Flink's own WARN lines with file:line. Every expected map below
// was checked against Flink 1.20.5's GlobalConfiguration.loadConfiguration run on the same bytes.
import { describe, expect, it } from 'vitest';
import { ConfigFileError, parseConfigFile } from '../../../models/config/configFiles';
import { flinkLoadedMap } from '../../../models/config/flinkConfigReading';

const read = (text: string, fileName: string, flinkVersion: string) => {
  const parsed = parseConfigFile(text, fileName, { flinkVersion });
  return { ...parsed, flinkLog: parsed.flinkLog ?? [] };
};
/** Flink's loaded map: later values win (Configuration.setString / HashMap.put). */
const loaded = (text: string, fileName: string, flinkVersion: string) => flinkLoadedMap(read(text, fileName, flinkVersion).entries);
const SPLIT_117 = ": Line is not a key-value pair (missing space after ':'?)";

describe('flink-conf.yaml: the line parser of Flink ≤ 1.20 (GlobalConfiguration.loadYAMLResource / loadLegacyYAMLResource)', () => {
  it('a quoted "2g" keeps its quotes under 1.x, but is unquoted in a config.yaml (no unquoting in the line parser, GlobalConfiguration.java:244-245 at release-1.20.0)', () => {
    expect(loaded('taskmanager.memory.process.size: "2g"\n', 'flink-conf.yaml', '1.18')).toEqual({
      'taskmanager.memory.process.size': '"2g"',
    });
    expect(loaded('taskmanager.memory.process.size: "2g"\n', 'config.yaml', '1.20')).toEqual({ 'taskmanager.memory.process.size': '2g' });
    expect(read('taskmanager.memory.process.size: "2g"\n', 'flink-conf.yaml', '1.18').warnings).toEqual([
      `flink-conf.yaml:1: 'taskmanager.memory.process.size' keeps its quotes ("2g"): flink-conf.yaml is not YAML, Flink does not unquote values.`,
    ]);
  });

  it('nested keys: the parent lines are invalid lines, the indented leaf is loaded under its own short name (GlobalConfiguration.java:226-258 at release-1.20.0)', () => {
    const text = 'taskmanager:\n  memory:\n    process.size: 4g\n';
    const parsed = read(text, 'flink-conf.yaml', '1.20');
    expect(loaded(text, 'flink-conf.yaml', '1.20')).toEqual({ 'process.size': '4g' });
    expect(parsed.flinkLog).toEqual([
      { line: 1, text: `Error while trying to split key and value in configuration file flink-conf.yaml:1${SPLIT_117}` },
      { line: 2, text: `Error while trying to split key and value in configuration file flink-conf.yaml:2${SPLIT_117}` },
    ]);
    expect(parsed.warnings[0]).toMatch(/^flink-conf\.yaml:1: Flink skips this line: 'taskmanager:' opens a nested block/);
    expect(parsed.warnings[2]).toMatch(
      /^flink-conf\.yaml:3: indented: Flink's flink-conf.yaml reader loads it as the top-level key 'process\.size'/,
    );
  });

  it('\'#\' cuts the line wherever it stands, even inside quotes (line.split("#", 2), GlobalConfiguration.java:226 at release-1.20.0)', () => {
    expect(loaded('a.b: x # comment\nc.d: "a#b"\n# whole line\n', 'flink-conf.yaml', '1.17')).toEqual({ 'a.b': 'x', 'c.d': '"a' });
    expect(read('c.d: "a#b"\n', 'flink-conf.yaml', '1.17').warnings).toContain(
      `flink-conf.yaml:1: 'c.d' is cut at '#' ("a): Flink drops everything after the first '#' on a line, even inside quotes.`,
    );
  });

  it('indentation and tabs around the pair are trimmed (Java String.trim), a tab instead of the space after : is an invalid line', () => {
    const text = '\t taskmanager.numberOfTaskSlots: 4\t\nparallelism.default:\t2\n';
    expect(loaded(text, 'flink-conf.yaml', '1.20')).toEqual({ 'taskmanager.numberOfTaskSlots': '4' });
    expect(read(text, 'flink-conf.yaml', '1.20').flinkLog.map((l) => l.line)).toEqual([2]);
  });

  it("a missing space after ':' is an invalid line with Flink's WARN; 1.10–1.16 quote the line, 1.17+ give the reason", () => {
    const text = 'taskmanager.memory.process.size:2g\n';
    expect(read(text, 'flink-conf.yaml', '1.16').flinkLog).toEqual([
      {
        line: 1,
        text: 'Error while trying to split key and value in configuration file flink-conf.yaml:1: "taskmanager.memory.process.size:2g"',
      },
    ]);
    expect(read(text, 'flink-conf.yaml', '1.17').flinkLog[0]?.text).toBe(
      `Error while trying to split key and value in configuration file flink-conf.yaml:1${SPLIT_117}`,
    );
    expect(read(text, 'flink-conf.yaml', '1.17').warnings).toEqual([
      "flink-conf.yaml:1: Flink skips this line: no space after ':' ('taskmanager.memory.process.size:2g'): Flink splits key and value only at ': '.",
    ]);
    expect(read(text, 'flink-conf.yaml', '1.17').entries).toEqual([]);
  });

  it('a glued line is loaded with everything after the first ": " as its value (conf.split(": ", 2))', () => {
    const text = 'taskmanager.memory.process.size: 2g taskmanager.numberOfTaskSlots: 4\n';
    expect(loaded(text, 'flink-conf.yaml', '1.20')).toEqual({ 'taskmanager.memory.process.size': '2g taskmanager.numberOfTaskSlots: 4' });
    expect(read(text, 'flink-conf.yaml', '1.20').warnings[0]).toMatch(/two settings glued on one line\?/);
  });

  it("an empty key is Flink's second WARN; a key with only ':' is the first (the line is trimmed before splitting)", () => {
    const parsed = read(': v\nk: \n', 'flink-conf.yaml', '1.20');
    expect(parsed.flinkLog).toEqual([
      { line: 1, text: 'Error after splitting key and value in configuration file flink-conf.yaml:1: Key or value was empty' },
      { line: 2, text: `Error while trying to split key and value in configuration file flink-conf.yaml:2${SPLIT_117}` },
    ]);
    expect(read(': v\n', 'flink-conf.yaml', '1.10').flinkLog[0]?.text).toBe(
      'Error after splitting key and value in configuration file flink-conf.yaml:1: ": v"',
    );
  });

  it("'---' is an invalid line to the line parser, and no YAML library advice reaches the user", () => {
    const parsed = read('a.b: 1\n---\nc.d: 2\n', 'flink-conf.yaml', '1.19');
    expect(loaded('a.b: 1\n---\nc.d: 2\n', 'flink-conf.yaml', '1.19')).toEqual({ 'a.b': '1', 'c.d': '2' });
    expect(parsed.flinkLog.map((l) => l.line)).toEqual([2]);
    expect(parsed.warnings.join('\n')).toMatch(/'---' is a YAML document marker/);
    expect(parsed.warnings.join('\n')).not.toMatch(/parseAllDocuments/);
  });

  it('duplicates: the later value wins silently in Flink (config.setString); the product says so with both lines', () => {
    const parsed = read('taskmanager.numberOfTaskSlots: 1\ntaskmanager.numberOfTaskSlots: 2\n', 'flink-conf.yaml', '1.15');
    expect(parsed.flinkLog).toEqual([]);
    expect(loaded('taskmanager.numberOfTaskSlots: 1\ntaskmanager.numberOfTaskSlots: 2\n', 'flink-conf.yaml', '1.15')).toEqual({
      'taskmanager.numberOfTaskSlots': '2',
    });
    expect(parsed.warnings).toEqual([
      "flink-conf.yaml:2: 'taskmanager.numberOfTaskSlots' is set again (first at flink-conf.yaml:1); the later value wins, as in Flink.",
    ]);
  });

  it('CR and CRLF line ends count lines as BufferedReader.readLine does; a BOM stays in the first key (Java does not strip it)', () => {
    expect(read('a.b: 1\r\nc.d: 2\rbad\n', 'flink-conf.yaml', '1.20').flinkLog.map((l) => l.line)).toEqual([3]);
    const bom = read('\uFEFFtaskmanager.numberOfTaskSlots: 2\n', 'flink-conf.yaml', '1.20');
    expect(bom.entries[0]?.key).toBe('\uFEFFtaskmanager.numberOfTaskSlots');
    expect(bom.warnings.join('\n')).toMatch(/byte-order mark/);
  });
});

describe('config.yaml: standard YAML of Flink 1.19+ (YamlParserUtils.loadYamlFile, GlobalConfiguration.flatten)', () => {
  it('values are typed by the core schema and rendered back as Flink does (ConfigurationUtils.convertToString)', () => {
    const text = 'n: 0x10\nf: 0.40\ne: 1e3\nt: True\nq: "x#y" # c\nbig: 12345678901234567890\nsmall: 1e-5\ng: 123456789.0\no: 0o17\n';
    expect(loaded(text, 'config.yaml', '2.0')).toEqual({
      n: '16',
      f: '0.4',
      e: '1000.0',
      t: 'true',
      q: 'x#y',
      big: '12345678901234567890',
      small: '1.0E-5',
      g: '1.23456789E8',
      o: '15',
    });
  });

  it('nested maps become dotted keys, lists flow YAML (YamlParserUtils.toYAMLString), empty maps vanish', () => {
    const text = 'taskmanager:\n  memory:\n    process.size: 4g\nl: [a, b]\nm: [1, "x y", {k: v}, [c, d], "a,b", "", "1"]\nempty: {}\n';
    expect(loaded(text, 'config.yaml', '1.19')).toEqual({
      'taskmanager.memory.process.size': '4g',
      l: '[a, b]',
      m: "[1, x y, {k: v}, [c, d], 'a,b', '', '1']",
    });
  });

  it("a second '---' document is SnakeYAML's refusal, not YAML library advice; a leading '---' is fine", () => {
    expect(loaded('---\na: 1\n...\n', 'config.yaml', '2.0')).toEqual({ a: '1' });
    const error = (() => {
      try {
        read('a: 1\n---\nb: 2\n', 'config.yaml', '2.0');
      } catch (e) {
        return e as ConfigFileError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigFileError);
    expect(error?.message).toMatch(
      /^config\.yaml:2: Flink reads it as config\.yaml and refuses it \("Error parsing YAML configuration\."\): expected a single document/,
    );
    expect(error?.message).not.toMatch(/parseAllDocuments/);
    expect(error?.flinkChain[0]).toBe('java.lang.RuntimeException: Error parsing YAML configuration.');
  });

  it('a key twice in one map and a key without value make Flink refuse the whole file (DuplicateKey, "Value must not be null.")', () => {
    expect(() => read('a: 1\na: 2\n', 'config.yaml', '1.20')).toThrow(/^config\.yaml:2: .*found duplicate key a/);
    expect(() => read('a: 1\nempty:\n', 'config.yaml', '1.20')).toThrow(
      /^config\.yaml:2: 'empty' has no value: Flink refuses the whole config\.yaml/,
    );
    expect(() => read('- a\n- b\n', 'config.yaml', '2.0')).toThrow(/must be a map.*java\.util\.ArrayList cannot be cast/);
  });

  it("syntax faults carry SnakeYAML's words for them (a tab as indentation, a value glued to its key's colon)", () => {
    expect(() => read('a: 1\n\tb: 2\n', 'config.yaml', '2.0')).toThrow(
      /^config\.yaml:2: .*found character '\\t\(TAB\)' that cannot start any token/,
    );
    expect(() => read('a: 1\nb:2\nc: 3\n', 'config.yaml', '2.0')).toThrow(/^config\.yaml:2: .*could not find expected ':'/);
  });

  it('a dotted key and a nested one for the same option: the later in the file wins, as flatten() iterates in order', () => {
    expect(loaded('a.b: 1\na:\n  b: 2\n', 'config.yaml', '2.0')).toEqual({ 'a.b': '2' });
  });
});

describe('which file a release reads (GlobalConfiguration.loadConfiguration)', () => {
  it('≤ 1.18 read everything with the line parser; a config.yaml is named as unknown to them', () => {
    const parsed = read('taskmanager:\n  numberOfTaskSlots: 2\n', 'config.yaml', '1.18');
    expect(parsed.reader).toBe('flink-conf.yaml');
    expect(parsed.warnings[0]).toMatch(/^config\.yaml: Flink 1\.18 reads only flink-conf\.yaml/);
  });

  it('1.19–1.20 read config.yaml as YAML and flink-conf.yaml with the line parser', () => {
    expect(read('a: 1\n', 'conf/config.yaml', '1.19').reader).toBe('config.yaml');
    expect(read('a: 1\n', 'conf/flink-conf.yaml', '1.20').reader).toBe('flink-conf.yaml');
  });

  it('1.19–1.20 read a pasted text (or another name) as config.yaml when it holds nested keys, else as flink-conf.yaml, and say so', () => {
    const nested = read('taskmanager:\n  numberOfTaskSlots: 2\n', 'pasted config', '1.19');
    expect([nested.reader, nested.warnings[0]]).toEqual([
      'config.yaml',
      'pasted config: read as config.yaml, as Flink 1.19 reads a config.yaml (standard YAML: it holds nested keys).',
    ]);
    expect(read('taskmanager.numberOfTaskSlots: 2\n', 'pasted config', '1.20').reader).toBe('flink-conf.yaml');
  });

  it('2.x read only config.yaml: a flink-conf.yaml is read as one, with a warning that 2.x ignores it', () => {
    const parsed = read('taskmanager.numberOfTaskSlots: 2\n', 'flink-conf.yaml', '2.0');
    expect(parsed.reader).toBe('config.yaml');
    expect(parsed.warnings[0]).toMatch(/^flink-conf\.yaml: Flink 2\.0 ignores flink-conf\.yaml and reads only config\.yaml/);
  });

  it("a file the release does not read: Flink's refusal word for word, the path from the user's file (≤ 1.12 name the directory)", () => {
    const refusal = (text: string, file: string, v: string) => {
      const parsed = read(text, file, v);
      expect(parsed.warnings[0]).toContain(`"${parsed.flinkRefusal}"`);
      return parsed.flinkRefusal;
    };
    expect(refusal('a: 1\n', 'conf/config.yaml', '1.12')).toBe(
      "IllegalConfigurationException: The Flink config file 'conf/flink-conf.yaml' (conf) does not exist.",
    );
    expect(refusal('a: 1\n', 'conf/config.yaml', '1.13')).toBe(
      "IllegalConfigurationException: The Flink config file 'conf/flink-conf.yaml' (conf/flink-conf.yaml) does not exist.",
    );
    expect(refusal('a: 1\n', 'flink-conf.yaml', '2.1')).toBe(
      "IllegalConfigurationException: The Flink config file './config.yaml' (./config.yaml) does not exist.",
    );
    expect(read('a: 1\n', 'conf/config.yaml', '1.19').flinkRefusal).toBeUndefined();
  });
});

describe("config.yaml refused: SnakeYAML Engine 2.6's exact message, marks from the text (oracle cases tm-yaml-*)", () => {
  const chain = (text: string) => {
    try {
      read(text, 'config.yaml', '2.0');
    } catch (e) {
      if (e instanceof ConfigFileError) return e.flinkChain[1]?.replace('org.snakeyaml.engine.v2.exceptions.YamlEngineException: ', '');
    }
    return undefined;
  };

  it('duplicate key in a nested map: context at the map, problem at the second key; columns count code points', () => {
    expect(chain('t:\n  a: 1\n  a: 2\n')).toBe(
      'while constructing a mapping\n in reader, line 2, column 3\nfound duplicate key a\n in reader, line 3, column 3\n',
    );
    expect(chain('😀: {x: 1, x: 2}\n')).toBe(
      'while constructing a mapping\n in reader, line 1, column 4\nfound duplicate key x\n in reader, line 1, column 11\n',
    );
  });

  it("': ' inside a value, a tab as indentation, an unclosed quote, a second document", () => {
    expect(chain('a: b: c\n')).toBe('mapping values are not allowed here\n in reader, line 1, column 5\n');
    expect(chain('a:\n\tb: 1\n')).toBe(
      "while scanning for the next token\nfound character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)\n in reader, line 2, column 1\n",
    );
    expect(chain("a: 'x\nb: 1")).toBe(
      'while scanning a quoted scalar\n in reader, line 1, column 4\nfound unexpected end of stream\n in reader, line 2, column 5\n',
    );
    expect(chain('# c\na: 1\n---\nb: 1\n')).toBe(
      'expected a single document in the stream\n in reader, line 2, column 1\nbut found another document\n in reader, line 3, column 1\n',
    );
  });

  it("keeps the product's file:line and a hint; a fault without SnakeYAML's words says so", () => {
    expect(() => read('a: 1\na: 2\n', 'conf/config.yaml', '2.0')).toThrow(
      /^conf\/config\.yaml:2: .*found duplicate key a in reader, line 2, column 1 — a key may appear only once/,
    );
    expect(chain('a: {x: 1\n')).toMatch(/^\(SnakeYAML's words not reproduced\)/);
  });
});

describe('hints beyond Flink', () => {
  it('dollar-brace and {{ }} placeholders: a template not rendered, with file:line', () => {
    const variable = `${'$'}{TM_MEMORY}`; // the text '$' '{TM_MEMORY}', as an unrendered envsubst template holds it
    expect(read(`taskmanager.memory.process.size: ${variable}\n`, 'flink-conf.yaml', '1.20').warnings).toEqual([
      `flink-conf.yaml:1: 'taskmanager.memory.process.size: ${variable}' looks like a template variable: render the template first (Flink reads the text as it is).`,
    ]);
    expect(read('taskmanager:\n  numberOfTaskSlots: "{{ .Values.slots }}"\n', 'config.yaml', '2.0').warnings[0]).toMatch(
      /^config\.yaml:2: .*looks like a template variable/,
    );
  });

  it('a file with no Flink key at all says so first', () => {
    const parsed = read('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n', 'config.yaml', '2.0');
    expect(parsed.warnings[0]).toBe('config.yaml: this file does not look like a Flink configuration (no Flink keys found).');
    expect(read('taskmanager.numberOfTaskSlots: 2\nfoo: bar\n', 'config.yaml', '2.0').warnings).toEqual([]);
    // Flink keys wrapped in a Kubernetes resource are Flink's: that file is for the Kubernetes readers to unwrap, not "not Flink".
    const wrapped = 'kind: FlinkDeployment\nspec:\n  flinkConfiguration:\n    taskmanager.numberOfTaskSlots: "2"\n';
    expect(read(wrapped, 'deployment.yaml', '2.0').notFlink).toBe(false);
  });
});
