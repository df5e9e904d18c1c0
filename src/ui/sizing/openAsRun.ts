/**
 * A sizing cell opened in the sandbox: its scenario with the cell's overrides, as a share link with the
 * same seed, the cursor where the cell's run ended (its trace hash is the cell's).
 */
import type { Override } from '../../../models/sizing/variants';
import { encodeShareLink } from '../../sandbox/shareLink';
import { withOverrides } from '../../sandbox/scenarioText';
import { ROOM_LINKS } from '../../rooms';

export async function openAsRun(
  ran: { yamlText: string; fileName: string; seed: string; durationMs: number | undefined },
  overrides: readonly Override[],
  atMs: number,
): Promise<void> {
  const yamlText = withOverrides(ran.yamlText, overrides);
  window.location.href = `${ROOM_LINKS.sandbox}#${await encodeShareLink({ yamlText, fileName: ran.fileName, seed: ran.seed, atMs })}`;
}
