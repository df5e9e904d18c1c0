/**
 * Reading a YAML file the product defines (a scenario, a lesson): text → a value checked by a zod
 * schema. Any problem — invalid YAML, a wrong type, an unknown key — becomes a `ScenarioError`
 * listing every problem with its file, line and field, e.g.
 * `direct.yaml:14: job.operators[1].kind: must be one of source, map, … (got 'mapper')`.
 */
import { z } from 'zod';
import { parseGuardedYaml, YamlInputError } from '../yaml/guardedYaml';
import { scenarioErrorMap, unknownKeyMessage } from './messages';
import { lineOf, toData, type TreeProblem } from './yamlTree';

export interface ScenarioIssue {
  /** The file name as given to the loader. */
  readonly file: string;
  /** 1-based line of the offending node, or of its parent when the field is missing. */
  readonly line: number;
  /** Dotted path of the field, e.g. `job.operators[1].parallelism`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/** `file:line: path: message`, the form editors and terminals link. */
function formatIssue(issue: ScenarioIssue): string {
  return `${issue.file}:${issue.line}: ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`;
}

/** Every problem of a file; `message` lists them one per line. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';

  constructor(readonly issues: readonly ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** `job.operators[1].parallelism` */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`)).join('');
}

/**
 * Parses and validates a YAML file against `schema`. `fileName` names the file in messages; `empty`
 * says what an empty file lacks. Throws only `ScenarioError`.
 */
export function loadYamlFile<S extends z.ZodType>(text: string, fileName: string, schema: S, empty: string): z.output<S> {
  try {
    return validate(text, fileName, schema, empty);
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScenarioError([{ file: fileName, line: 1, path: '', message: `could not be read: ${reason}` }]);
  }
}

interface RawIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly offset?: number;
}

function validate<S extends z.ZodType>(text: string, fileName: string, schema: S, empty: string): z.output<S> {
  const { doc, lineCounter } = parseOrThrow(text, fileName);
  if (doc.contents === null) throw new ScenarioError([{ file: fileName, line: 1, path: '', message: `is empty: ${empty}` }]);
  const treeProblems: TreeProblem[] = [];
  const data = toData(doc, doc.contents, [], treeProblems);
  const fatal = treeProblems.filter((p) => p.fatal);
  if (fatal.length > 0)
    throw new ScenarioError(
      fatal.map((p) => ({ file: fileName, line: lineCounter.linePos(p.offset ?? 0).line, path: formatPath(p.path), message: p.message })),
    );
  const result = schema.safeParse(data, { error: scenarioErrorMap });
  const problems: RawIssue[] = [...treeProblems, ...(result.success ? [] : fromZod(result.error.issues, schema))];
  if (problems.length > 0 || !result.success) {
    const issues = problems.map((p) => ({
      file: fileName,
      line: p.offset === undefined ? lineOf(doc, lineCounter, p.path) : lineCounter.linePos(p.offset).line,
      path: formatPath(p.path),
      message: p.message,
    }));
    throw new ScenarioError(issues.sort((a, b) => a.line - b.line));
  }
  return result.data;
}

/** The document, or a ScenarioError with every problem guardedYaml found (size, syntax, directives, tags, aliases…). */
function parseOrThrow(text: string, fileName: string): ReturnType<typeof parseGuardedYaml> {
  try {
    return parseGuardedYaml(text);
  } catch (e) {
    if (!(e instanceof YamlInputError)) throw e;
    throw new ScenarioError(e.problems.map((p) => ({ file: fileName, line: p.line, path: '', message: p.message })));
  }
}

/** Zod issues as problems at paths; an unknown-keys issue becomes one problem per key, with a hint. */
function fromZod(issues: readonly z.core.$ZodIssue[], root: z.ZodType): RawIssue[] {
  return issues.flatMap((issue): RawIssue[] => {
    if (issue.code !== 'unrecognized_keys') return [{ path: issue.path, message: issue.message }];
    const known = knownKeysAt(root, issue.path);
    return issue.keys.map((key) => ({ path: [...issue.path, key], message: unknownKeyMessage(key, known) }));
  });
}

/** The schemas a value at this level may be checked against, with wrappers (default, pipe, union…) removed. */
function unwrap(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault || schema instanceof z.ZodOptional)
    return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as readonly z.ZodType[]).flatMap(unwrap);
  return [schema];
}

/** The keys `root` knows for the map at `path` (e.g. ['job', 'operators', 0]), for "did you mean" hints. */
function knownKeysAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  let level: z.ZodType[] = [root];
  for (const segment of path) {
    level = level.flatMap(unwrap).flatMap((schema): z.ZodType[] => {
      if (schema instanceof z.ZodObject) {
        const child = (schema.shape as Record<string, z.ZodType | undefined>)[String(segment)];
        return child ? [child] : [];
      }
      return schema instanceof z.ZodArray && typeof segment === 'number' ? [schema.element as z.ZodType] : [];
    });
  }
  const keys = level.flatMap(unwrap).flatMap((schema) => (schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : []));
  return [...new Set(keys)];
}
