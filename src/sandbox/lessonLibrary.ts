/**
 * The onboarding path: lessons/*.yaml bundled as text, loaded on demand. The list (title, order)
 * is read with a plain (guarded) YAML parse; the worker checks a lesson in full when it is opened.
 */
import { parseGuardedYaml } from '../../models/yaml/guardedYaml';

const FILES = import.meta.glob('/lessons/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export interface LessonEntry {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  /** How many questions it asks and whether it sets an exercise (what "done" needs). */
  readonly questions: number;
  readonly hasExercise: boolean;
}

const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);

const LESSON_IDS: readonly string[] = Object.keys(FILES).map(idOf).sort();

export async function lessonText(id: string): Promise<string> {
  const load = FILES[`/lessons/${id}.yaml`];
  if (!load) throw new Error(`no lesson '${id}' (known: ${LESSON_IDS.join(', ')})`);
  return load();
}

/**
 * Every lesson with its title, in the path's order. One file per task: parsing all eight in one went over 50 ms on the
 * main thread while a run plays (npm run bench:browser's long-task target).
 */
export async function lessonEntries(): Promise<LessonEntry[]> {
  const entries: LessonEntry[] = [];
  for (const id of LESSON_IDS) {
    const text = await lessonText(id);
    await new Promise((next) => setTimeout(next, 0));
    entries.push(entryOf(id, text));
  }
  return entries.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function entryOf(id: string, text: string): LessonEntry {
  const head = parseGuardedYaml(text).doc.toJS() as {
    title?: unknown;
    order?: unknown;
    steps?: unknown;
    exercise?: unknown;
  } | null;
  const steps = Array.isArray(head?.steps) ? (head.steps as unknown[]) : [];
  return {
    id,
    title: typeof head?.title === 'string' ? head.title : id,
    order: typeof head?.order === 'number' ? head.order : Number.MAX_SAFE_INTEGER,
    questions: steps.filter((s) => typeof s === 'object' && s !== null && 'question' in s).length,
    hasExercise: head?.exercise !== undefined,
  };
}
