import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The browser app: index.html → src/main.ts → Svelte components in src/ui. The model in models/
// is bundled as plain TypeScript; the YAML parser is loaded only when a config file is read.
export default defineConfig({
  plugins: [svelte()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
