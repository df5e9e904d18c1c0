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

/** Every lesson with its title, in the path's order. */
export async function lessonEntries(): Promise<LessonEntry[]> {
  const entries = await Promise.all(
    LESSON_IDS.map(async (id) => {
      const head = parseGuardedYaml(await lessonText(id)).doc.toJS() as {
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
    }),
  );
  return entries.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
