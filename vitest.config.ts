import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Two projects: the pure model and CLI in Node, and browser tests that drive Debian's Chromium
// through playwright-core against a Vite server the test starts itself. The Svelte plugin compiles
// rune classes (*.svelte.ts) for the controller's unit tests.
export default defineConfig({
  plugins: [svelte()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Whole-scenario runs (the 100-TaskManager benchmarks) take seconds on a busy 2-core machine.
          testTimeout: 60_000,
          include: ['tests/models/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/src/**/*.test.ts'],
        },
      },
      {
        // The calibration test: twin scenarios on the engine against figures recorded on a real JVM (calibration/).
        test: {
          name: 'calibration',
          environment: 'node',
          testTimeout: 120_000,
          include: ['tests/calibration/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
