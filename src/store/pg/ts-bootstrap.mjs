// Worker-thread entry when rasd runs from its TypeScript sources (see thread-script.ts): register tsx,
// then load the real module. Its default export is the thread's task function (piscina) if it has one.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const entry = await import(workerData.tsEntry);
export default entry.default;
