// Protects the share link: a round trip gives back exactly what was shared; a cut, an edit or a
// foreign fragment is refused with a message, and a link never unpacks beyond its bound.
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { decodeShareLink, encodeShareLink, isShareLink, MAX_LINK_JSON_BYTES } from '../../../src/sandbox/shareLink';

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

  it('a small link that unpacks beyond 4 MiB is refused without unpacking it all (it loaded a 200 MB scenario before)', async () => {
    const link = await encodeShareLink({ ...RUN, yamlText: `# ${'x'.repeat(20 * 1048576)}\n` });
    expect(link.length).toBeLessThan(40_000); // 20 MiB packs to about 20 KB
    const started = performance.now();
    await expect(decodeShareLink(link)).rejects.toThrow(`the link unpacks to more than ${MAX_LINK_JSON_BYTES / 1048576} MiB`);
    expect(performance.now() - started).toBeLessThan(2000); // unpacking all 20 MiB and parsing its JSON took longer
  });

  it('a link whose JSON is cut but whose checksum matches says "damaged", not a JSON parser error', async () => {
    const json = '{"yamlText":"title: cut';
    let h = 0x811c9dc5; // the link's FNV-1a, recomputed for the cut text
    for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
    const packed = deflateSync(strToU8(json));
    const payload = btoa(String.fromCharCode(...packed))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const link = `run=v1.${(h >>> 0).toString(16).padStart(8, '0')}.${payload}`;
    await expect(decodeShareLink(link)).rejects.toThrow('the link is damaged (truncated or edited): its data is not complete');
  });
});
