/**
 * Whether a label fits a box of the memory-model figure, by an estimate of the text's width (the figures
 * draw 12 px text; measuring each label in the DOM would cost a layout per box per frame in the live figure).
 * Shared by the memory-model room's figure and the sandbox's live one.
 */

/** Average advance of a 12 px sans-serif character, in pixels (measured on the theme's font: digits and lower case). */
const CHAR_PX = 6.8;

/** Whether `text` fits `px` in at most `lines` lines (wrapping at spaces), with 5 px of padding each side. */
export function fits(text: string, px: number, lines = 1): boolean {
  const room = px - 10;
  if (room <= 0) return false;
  const words = text.split(' ');
  if (words.some((w) => w.length * CHAR_PX > room)) return false;
  let used = 1;
  let line = 0;
  for (const w of words) {
    const width = (line === 0 ? 0 : CHAR_PX) + w.length * CHAR_PX;
    if (line + width <= room) line += width;
    else [used, line] = [used + 1, w.length * CHAR_PX];
  }
  return used <= lines;
}

/** The longest text that fits: the full text, the short one, or nothing. */
export function fit(px: number, full: string, short?: string, lines = 1): string {
  if (fits(full, px, lines)) return full;
  if (short !== undefined && fits(short, px, 1)) return short;
  return '';
}
