// Entry point of the browser app: the memory-model page.
import { mount } from 'svelte';
import MemoryModelPage from './ui/memoryModel/MemoryModelPage.svelte';
import './ui/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(MemoryModelPage, { target });
