// The simulation worker: a SimSession answering the page's messages off the main thread.
import type { ToWorker } from './protocol';
import { SimSession } from './simSession';

const scope = self as unknown as Worker;
const session = new SimSession((message, transfer = []) => scope.postMessage(message, transfer));
scope.onmessage = (e: MessageEvent<ToWorker>) => session.handle(e.data);
