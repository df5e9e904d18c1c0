// Entry point of the browser app. Rooms: the sandbox (`?room=sandbox`, loaded on demand) and the
// memory-model page (the default).
import { mount } from 'svelte';
import './ui/theme.css';
// The saved theme applies before the first paint.
import './ui/theme.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const room = new URLSearchParams(window.location.search).get('room');
if (room === 'sandbox') {
  const { default: SandboxPage } = await import('./ui/sandbox/SandboxPage.svelte');
  document.title = 'Sandbox · Flink Memory Sandbox';
  mount(SandboxPage, { target });
} else {
  const { default: MemoryModelPage } = await import('./ui/memoryModel/MemoryModelPage.svelte');
  mount(MemoryModelPage, { target });
}
