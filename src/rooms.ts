/**
 * Which room a URL opens. The sandbox is the default; sizing is `?room=sizing`; the memory-model page is `?room=memory-model`,
 * and also any address with a memory-model fragment (`#process=…&-D…`, the links issue 2's page
 * shares), so links made before the sandbox became the default keep opening what they showed.
 */
export type Room = 'sandbox' | 'memory-model' | 'sizing';

export function roomFor(search: string, hash: string): Room {
  const room = new URLSearchParams(search).get('room');
  if (room === 'sandbox' || room === 'memory-model' || room === 'sizing') return room;
  const fragment = hash.replace(/^#/, '');
  return fragment !== '' && !fragment.startsWith('run=') ? 'memory-model' : 'sandbox';
}

/** The address of each room, relative to the app's page. */
export const ROOM_LINKS: Readonly<Record<Room, string>> = {
  sandbox: './',
  'memory-model': './?room=memory-model',
  sizing: './?room=sizing',
};
