/** Element ids of editor rows, shared by the rows and by whatever links to them (errors, notes). */
import { optionForKey } from '../../../models/config/options';

const slug = (key: string) => key.replace(/[^a-z0-9]+/gi, '-');

export const fieldId = (key: string): string => `field-${slug(key)}`;
export const otherKeyId = (key: string): string => `other-${slug(key)}`;

/** Marks the element whose own scrolling brings a row into view (the editor's field list). */
const SCROLLER_ATTRIBUTE = 'data-scroller';

/** Focuses the editor row of a key (its field, else its "other keys" row), opening a folded group. */
export function focusKey(key: string, doc: Document = document): boolean {
  const el = doc.getElementById(fieldId(key)) ?? doc.getElementById(otherKeyId(key));
  if (!(el instanceof HTMLElement)) return false;
  const details = el.closest('details');
  if (details && !details.open) details.open = true;
  el.focus({ preventScroll: true });
  const scroller = el.closest<HTMLElement>(`[${SCROLLER_ATTRIBUTE}]`);
  if (scroller) {
    // Scroll only the editor, so the results beside it stay where they are.
    const row = el.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    scroller.scrollTop += row.top - box.top - box.height / 2 + row.height / 2;
  } else {
    el.scrollIntoView({ block: 'center' });
  }
  return true;
}

/** Focuses the row of a key named in an error, or else of the option it is an alias of. */
export function focusOption(key: string): void {
  if (focusKey(key)) return;
  const main = optionForKey(key)?.key;
  if (main !== undefined) focusKey(main);
}
