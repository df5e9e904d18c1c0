/**
 * The share link: scenario text (interventions included), seed and cursor, deflated and base64url
 * encoded into the URL fragment (never sent to a server), with a checksum so that a truncated or
 * edited link is refused as a whole, with a message, instead of loading half a scenario. Unpacking
 * stops beyond MAX_LINK_JSON_BYTES, so a small link cannot inflate into a huge scenario (deflate packs
 * up to about 1000:1: a 274 KB link held a 200 MB scenario, and loaded).
 */
import { Inflate } from 'fflate';
export interface SharedRun {
  readonly yamlText: string;
  readonly fileName: string;
  readonly seed: string;
  readonly atMs: number;
}

const PREFIX = 'run=v1.';

/**
 * Bytes of JSON a link may unpack to: the scenario text is at most 1 Mi characters
 * (models/yaml/guardedYaml.ts), at most 3 MiB of UTF-8, plus JSON's escapes of line ends; 4 MiB holds
 * any scenario the loader accepts and nothing far beyond it.
 */
export const MAX_LINK_JSON_BYTES = 4 * 1048576;

class ShareLinkError extends Error {}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('the link holds characters a share link never has');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** FNV-1a over the JSON text: enough to notice an edit or a cut. */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Raw DEFLATE unpacked in 1 KiB slices of input, stopping once the output passes `limit` (one slice
 * unpacks to at most about 1 MiB, so the work done is bounded near the limit). A stream that does not
 * end is a cut link.
 */
function inflateAtMost(packed: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    chunks.push(chunk);
    size += chunk.length;
    ended ||= final;
  });
  const SLICE = 1024;
  for (let at = 0; at < packed.length; at += SLICE) {
    inflate.push(packed.subarray(at, at + SLICE), at + SLICE >= packed.length);
    if (size > limit) throw new ShareLinkError(`the link unpacks to more than ${limit / 1048576} MiB: no scenario is that large`);
  }
  if (!ended) throw new ShareLinkError('the link is damaged (truncated or edited): its data does not unpack');
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export async function encodeShareLink(run: SharedRun): Promise<string> {
  const json = JSON.stringify(run);
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${PREFIX}${checksum(json)}.${toBase64Url(packed)}`;
}

/** Whether a URL fragment (without `#`) is a share link at all. */
export function isShareLink(fragment: string): boolean {
  return fragment.startsWith(PREFIX);
}

export async function decodeShareLink(fragment: string): Promise<SharedRun> {
  if (!isShareLink(fragment)) throw new ShareLinkError('this is not a sandbox share link');
  const [sum, payload] = fragment.slice(PREFIX.length).split('.');
  if (!sum || !payload) throw new ShareLinkError('the link is incomplete (was it cut when copied?)');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflateAtMost(fromBase64Url(payload), MAX_LINK_JSON_BYTES));
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('the link is damaged (truncated or edited): its data does not unpack');
  }
  if (checksum(json) !== sum) throw new ShareLinkError('the link is damaged (truncated or edited): its checksum does not match');
  let value: Partial<SharedRun>;
  try {
    value = JSON.parse(json) as Partial<SharedRun>;
  } catch {
    throw new ShareLinkError('the link is damaged (truncated or edited): its data is not complete');
  }
  if (
    typeof value.yamlText !== 'string' ||
    typeof value.fileName !== 'string' ||
    typeof value.seed !== 'string' ||
    !Number.isSafeInteger(value.atMs) ||
    (value.atMs as number) < 0
  ) {
    throw new ShareLinkError('the link does not hold a scenario, a seed and a time');
  }
  return value as SharedRun;
}
