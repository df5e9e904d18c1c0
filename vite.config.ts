import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The browser app: index.html → src/main.ts → Svelte components in src/ui. The model in models/
// is bundled as plain TypeScript; the YAML parser is loaded only when a config file is read.
export default defineConfig({
  plugins: [svelte()],
  // Pre-bundle what models/ imports (seedrandom is CommonJS), so a first visit never triggers Vite's
  // re-optimisation and page reload (browser tests evaluate engine code in a page).
  optimizeDeps: { include: ['seedrandom', 'xstate', 'zod', 'yaml'] },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
