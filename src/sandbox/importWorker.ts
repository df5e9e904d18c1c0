// The incident-import worker: reading and fitting an incident's artefacts (importSession.ts) off the main thread, since the
// fit runs the engine for seconds. Loaded only when an import starts.
import { type FromImport, runImport, type ToImport } from './importSession';

const scope = self as unknown as Worker;
scope.onmessage = (e: MessageEvent<ToImport>) => runImport(e.data, (m: FromImport) => scope.postMessage(m));
