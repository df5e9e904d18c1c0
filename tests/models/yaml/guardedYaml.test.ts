// Protects every YAML entry point (scenarios, lessons, Flink config files) from alias bombs, huge documents and text Flink cannot mean:
// each is refused quickly with its file and line.
import { describe, expect, it } from 'vitest';
import { parseConfigFile } from '../../../models/config/configFiles';
import { loadLesson } from '../../../models/lessons/loadLesson';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { MAX_ALIAS_NODES, MAX_YAML_CHARS } from '../../../models/yaml/guardedYaml';

/** A "billion laughs": 9 levels of 9 aliases each, 9¹⁰ strings once expanded, from under 1 kB of text. */
function bomb(indent: string): string {
  let text = `${indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
  for (let i = 1; i < 10; i++)
    text += `${indent}l${i}: &l${i} [${Array(9)
      .fill(`*l${i - 1}`)
      .join(', ')}]\n`;
  expect(text.length).toBeLessThan(1024);
  return text;
}

const HEAD = 'title: t\nduration: 1h\njob:\n  operators:\n    - { id: s, kind: source, parallelism: 1, recordsPerSecond: 10 }\n';

function errorOf(load: () => unknown): string {
  try {
    load();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

/** Wall time of a refusal. The bombs ran for over a minute before; 2 s leaves room for a busy shared machine. */
function quickly(load: () => unknown): string {
  const started = performance.now();
  const message = errorOf(load);
  expect(performance.now() - started).toBeLessThan(2000);
  return message;
}

describe('alias bombs', () => {
  it('at the top level of a scenario', () => {
    expect(quickly(() => loadScenario(HEAD + bomb(''), 'bomb.yaml'))).toMatch(
      /^bomb\.yaml:\d+: .*expands more than 50 aliases to maps or lists/,
    );
  });

  it('in flink.config and in the narration', () => {
    const config = `${HEAD}flink:\n  config:\n${bomb('    ')}`;
    expect(quickly(() => loadScenario(config, 'c.yaml'))).toMatch(/^c\.yaml:1[0-9]: flink\.config\.l\d.*: expands more than 50 aliases/);
    const narration = `${HEAD}anchors:\n${bomb('  ')}narration:\n  - { at: 0, text: *l9 }\n`;
    expect(quickly(() => loadScenario(narration, 'n.yaml'))).toMatch(/^n\.yaml:\d+: .*an alias bomb/);
  });

  it('in a lesson and in a Flink configuration file', () => {
    expect(quickly(() => loadLesson(bomb(''), 'l.yaml'))).toMatch(/^l\.yaml:\d+: .*an alias bomb/);
    expect(quickly(() => parseConfigFile(bomb(''), 'flink-conf.yaml'))).toMatch(/^flink-conf\.yaml:\d+: expands more than 50 aliases/);
  });

  it('one alias to a big list, many times: bounded by the expanded size', () => {
    const big = `big: &b [${Array(1000).fill('x').join(', ')}]\n${Array.from({ length: 20 }, (_, i) => `k${i}: *b`).join('\n')}\n`;
    expect(quickly(() => loadScenario(big, 'big.yaml'))).toContain(`aliases expand to more than ${MAX_ALIAS_NODES} values`);
  });

  it('a few ordinary aliases still work, in scenarios and in config files', () => {
    const text = `${HEAD.replace('parallelism: 1', 'parallelism: &p 1')}    - { id: m, kind: map, parallelism: *p }\n`;
    expect(loadScenario(text, 'ok.yaml').job.operators.map((o) => o.parallelism)).toEqual([1, 1]);
    expect(parseConfigFile('a: &x 4g\nb: *x\nc: [*x, 2]\n').entries.map((e) => e.value)).toEqual(['4g', '4g', '4g;2']);
  });
});

describe('text that neither Flink nor the product can mean', () => {
  it('a NUL byte', () => {
    expect(errorOf(() => loadScenario(`${HEAD}x: a\0b\n`, 'nul.yaml'))).toBe('nul.yaml:6: holds a NUL byte: a binary file, not YAML text');
    expect(errorOf(() => parseConfigFile('a: 1\n\0', 'c.yaml'))).toBe('c.yaml:2: holds a NUL byte: a binary file, not YAML text');
  });

  it('a % directive in a scenario or lesson', () => {
    expect(errorOf(() => loadScenario(`%YAML 1.2\n---\n${HEAD}`, 'd.yaml'))).toBe(
      "d.yaml:1: the YAML directive '%YAML' is not supported: remove it (a plain document needs none)",
    );
    expect(errorOf(() => loadLesson('# c\n%TAG !e! tag:e.com,2000:\n---\na: 1\n', 'l.yaml'))).toMatch(
      /^l\.yaml:2: the YAML directive '%TAG'/,
    );
    // Flink's own parser reads a config.yaml with a %YAML directive; custom tags stay refused.
    expect(parseConfigFile('%YAML 1.2\n---\na: 1\n').entries).toEqual([{ key: 'a', value: '1', origin: 'flink-conf.yaml:3' }]);
    expect(errorOf(() => parseConfigFile('%TAG !e! tag:e.com,2000:\n---\na: !e!x 1\n', 'c.yaml'))).toMatch(
      /^c\.yaml:3: the tag 'tag:e\.com,2000:x'/,
    );
  });

  it('a custom tag; the core ones stay allowed', () => {
    expect(errorOf(() => loadScenario(`${HEAD}seed: !foo 7\n`, 't.yaml'))).toBe(
      "t.yaml:6: the tag '!foo' is not supported: remove it (values need no tag)",
    );
    expect(errorOf(() => parseConfigFile('a: !!binary aGVsbG8=\n', 'c.yaml'))).toMatch(/^c\.yaml:1: the tag 'tag:yaml\.org,2002:binary'/);
    expect(loadScenario(`${HEAD}seed: !!str 7\n`, 's.yaml').seed).toBe('7');
  });

  it('more than one document', () => {
    expect(errorOf(() => loadScenario(`${HEAD}---\ntitle: again\n`, 'm.yaml'))).toBe(
      "m.yaml:6: holds more than one YAML document ('---' starts another here); keep one document per file",
    );
    expect(loadScenario(`---\n${HEAD}`, 'start.yaml').title).toBe('t');
  });

  it('a document beyond the size limit, refused before it is parsed', () => {
    const huge = `${HEAD}narration:\n${'  - { at: 0, text: "padding padding padding" }\n'.repeat(Math.ceil(MAX_YAML_CHARS / 45))}`;
    expect(quickly(() => loadScenario(huge, 'huge.yaml'))).toMatch(/^huge\.yaml:1: is larger than 1 MiB \(\d+ characters\)$/);
    expect(quickly(() => parseConfigFile(`a: ${'x'.repeat(MAX_YAML_CHARS)}`, 'c.yaml'))).toMatch(/^c\.yaml:1: is larger than 1 MiB/);
  });

  it('a big flat map parses in linear time (the duplicate-key check is ours, not the quadratic one)', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `  k${i}.option: v\n`).join('');
    const started = performance.now();
    expect(parseConfigFile(`a:\n${keys}`).entries).toHaveLength(20_000);
    // 20,000 keys (about 380 KiB) took 7.8 s with the library's check on this 2-core machine, 0.5 s without.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(errorOf(() => loadScenario(`${HEAD}seed: 1\nseed: 2\n`, 'dup.yaml'))).toBe(
      "dup.yaml:7: not valid YAML: Map keys must be unique ('seed' twice)",
    );
  });
});
