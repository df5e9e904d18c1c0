/**
 * Reading a scenario file: YAML text → validated `Scenario`. Any problem — invalid YAML, a
 * wrong type, an unknown key, a dangling reference — becomes a `ScenarioError` listing every
 * problem with its file, line and field, e.g.
 * `direct.yaml:14: job.operators[1].kind: must be one of source, map, … (got 'mapper')`.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { scenarioErrorMap, unknownKeyMessage } from './messages';
import { knownKeysAt, scenarioSchema } from './scenarioSchema';
import type { Scenario } from './types';
import { lineOf, toData, type TreeProblem } from './yamlTree';

export interface ScenarioIssue {
  /** The file name as given to `loadScenario`. */
  readonly file: string;
  /** 1-based line of the offending node, or of its parent when the field is missing. */
  readonly line: number;
  /** Dotted path of the field, e.g. `job.operators[1].parallelism`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/** `file:line: path: message`, the form editors and terminals link. */
export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.file}:${issue.line}: ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`;
}

/** Every problem of a scenario file; `message` lists them one per line. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';

  constructor(readonly issues: readonly ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** `job.operators[1].parallelism` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

/** The scenario id: the file name without directories and without `.yaml`/`.yml`. */
export function scenarioId(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.ya?ml$/i, '');
}

interface RawIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Zod issues as problems at paths; an unknown-keys issue becomes one problem per key, with a hint. */
function fromZod(issues: readonly z.core.$ZodIssue[]): RawIssue[] {
  return issues.flatMap((issue): RawIssue[] => {
    if (issue.code !== 'unrecognized_keys') return [{ path: issue.path, message: issue.message }];
    const known = knownKeysAt(issue.path);
    return issue.keys.map((key) => ({ path: [...issue.path, key], message: unknownKeyMessage(key, known) }));
  });
}

function parseYaml(text: string, fileName: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors.map(
    (error): ScenarioIssue => ({
      file: fileName,
      line: lineCounter.linePos(error.pos[0]).line,
      path: '',
      message: `not valid YAML: ${error.message.split('\n')[0] ?? error.code}`,
    }),
  );
  return { doc, lineCounter, syntax };
}

function validate(text: string, fileName: string): Scenario {
  const { doc, lineCounter, syntax } = parseYaml(text, fileName);
  if (syntax.length > 0) throw new ScenarioError(syntax);
  if (doc.contents === null) {
    throw new ScenarioError([{ file: fileName, line: 1, path: '', message: 'is empty: a scenario needs at least title, duration and job' }]);
  }
  const treeProblems: TreeProblem[] = [];
  const data = toData(doc, doc.contents, [], treeProblems);
  const result = scenarioSchema.safeParse(data, { error: scenarioErrorMap });
  const problems: RawIssue[] = [...treeProblems, ...(result.success ? [] : fromZod(result.error.issues))];
  if (problems.length > 0 || !result.success) {
    const issues = problems.map((p) => ({ file: fileName, line: lineOf(doc, lineCounter, p.path), path: formatPath(p.path), message: p.message }));
    throw new ScenarioError(issues.sort((a, b) => a.line - b.line));
  }
  return { id: scenarioId(fileName), ...result.data };
}

/**
 * Parses and validates a scenario file. `fileName` names the file in messages and gives the id
 * (`scenarios/direct-staircase.yaml` → `direct-staircase`). Throws only `ScenarioError`.
 */
export function loadScenario(text: string, fileName: string): Scenario {
  try {
    return validate(text, fileName);
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScenarioError([{ file: fileName, line: 1, path: '', message: `could not be read: ${reason}` }]);
  }
}
