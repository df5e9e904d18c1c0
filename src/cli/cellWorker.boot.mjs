// The cell worker when the CLI runs from its TypeScript sources (tests, `npm run bench`, a dev checkout
// without dist/cli): tsx compiles it in the worker thread. The built CLI starts dist/cli/cellWorker.mjs.
import { register } from 'tsx/esm/api';

register();
await import('./cellWorker.ts');
