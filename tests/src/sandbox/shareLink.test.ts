// Protects the share link: a round trip gives back exactly what was shared; a cut, an edit or a
// foreign fragment is refused with a message.
import { describe, expect, it } from 'vitest';
import { decodeShareLink, encodeShareLink, isShareLink } from '../../../src/sandbox/shareLink';

const RUN = { yamlText: 'title: Ünïcode → ok\n# comment <b>kept</b>\n', fileName: 'mine.yaml', seed: '42', atMs: 3_723_000 };

describe('share link', () => {
  it('round-trips scenario text, seed and cursor', async () => {
    const link = await encodeShareLink(RUN);
    expect(isShareLink(link)).toBe(true);
    expect(link).toMatch(/^run=v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(link)).toEqual(RUN);
  });

  it('refuses a truncated, an edited and a foreign link', async () => {
    const link = await encodeShareLink(RUN);
    await expect(decodeShareLink(link.slice(0, link.length - 5))).rejects.toThrow(/damaged/);
    const edited = link.slice(0, 8) + (link[8] === 'a' ? 'b' : 'a') + link.slice(9);
    await expect(decodeShareLink(edited)).rejects.toThrow(/damaged/);
    await expect(decodeShareLink('run=v1.')).rejects.toThrow(/incomplete/);
    await expect(decodeShareLink('run=v1.00000000.<script>')).rejects.toThrow(/characters/);
    await expect(decodeShareLink('cfg=abc')).rejects.toThrow(/not a sandbox share link/);
  });
});
