/**
 * The colour theme: the system's (prefers-color-scheme) unless the user picks light or dark. The
 * choice pins `color-scheme` on the root (theme.css resolves every colour with light-dark()) and is
 * remembered in this browser. `version` changes whenever the colours do, so canvas drawings, which
 * resolve CSS colours once, know to redraw.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const KEY = 'flink-memory-sandbox.theme';
/** resolveColour's cache, for the current theme. */
const resolved = new Map<string, string>();

class Theme {
  choice = $state<ThemeChoice>('system');
  version = $state(0);

  constructor() {
    if (typeof window === 'undefined') return;
    const saved = readSaved();
    if (saved) this.apply(saved);
    window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => this.changed());
  }

  set(choice: ThemeChoice): void {
    this.apply(choice);
    try {
      localStorage.setItem(KEY, choice);
    } catch {
      // Storage may be disabled (private mode): the choice holds for this page only.
    }
  }

  private apply(choice: ThemeChoice): void {
    this.choice = choice;
    if (choice === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = choice;
    this.changed();
  }

  private changed(): void {
    resolved.clear();
    this.version += 1;
  }
}

function readSaved(): ThemeChoice | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return (THEME_CHOICES as readonly string[]).includes(value ?? '') ? (value as ThemeChoice) : undefined;
  } catch {
    return undefined;
  }
}

export const theme = new Theme();

/**
 * A CSS colour (`var(--text)`, `#4477AA`, light-dark(…)) as the page resolves it in the current theme,
 * for a canvas. Cached until the theme changes: each lookup costs a style recalculation.
 */
export function resolveColour(element: HTMLElement, colour: string): string {
  let value = resolved.get(colour);
  if (value === undefined) {
    element.style.color = colour;
    value = getComputedStyle(element).color;
    resolved.set(colour, value);
  }
  return value;
}
