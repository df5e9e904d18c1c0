// Protects the routing between rooms: the sandbox by default, the memory-model page by name and for
// the memory-model links made before the sandbox was the default.
import { describe, expect, it } from 'vitest';
import { roomFor } from '../../src/rooms';

describe('roomFor', () => {
  it('opens the sandbox by default and for its own share links', () => {
    expect(roomFor('', '')).toBe('sandbox');
    expect(roomFor('?scenario=gc-under-load', '')).toBe('sandbox');
    expect(roomFor('', '#run=v1.abc.def')).toBe('sandbox');
  });

  it('opens the memory-model page by name and for its fragments', () => {
    expect(roomFor('?room=memory-model', '')).toBe('memory-model');
    expect(roomFor('', '#process=taskmanager&flink=2.0&-Dtaskmanager.memory.process.size=4g')).toBe('memory-model');
    expect(roomFor('?room=sandbox', '#process=taskmanager')).toBe('sandbox');
    expect(roomFor('?room=sizing&scenario=pod-limit-mismatch', '')).toBe('sizing');
  });
});
