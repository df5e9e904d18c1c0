// Entry point of the browser app. Rooms (rooms.ts): the sandbox (the default), sizing and the
// memory-model page; each is loaded on demand.
import { mount } from 'svelte';
import './ui/theme.css';
// The saved theme applies before the first paint.
import './ui/theme.svelte';
import { roomFor } from './rooms';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const room = roomFor(window.location.search, window.location.hash);
if (room === 'sandbox') {
  const { default: SandboxPage } = await import('./ui/sandbox/SandboxPage.svelte');
  document.title = 'Sandbox · Flink Memory Sandbox';
  mount(SandboxPage, { target });
} else if (room === 'sizing') {
  const { default: SizingPage } = await import('./ui/sizing/SizingPage.svelte');
  document.title = 'Sizing · Flink Memory Sandbox';
  mount(SizingPage, { target });
} else {
  const { default: MemoryModelPage } = await import('./ui/memoryModel/MemoryModelPage.svelte');
  document.title = 'Memory model · Flink Memory Sandbox';
  mount(MemoryModelPage, { target });
}
