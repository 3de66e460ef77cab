/** A worker thread's entry (bundled as dist/cliWorker.js): runs each document it is sent and sends back its outcome. */
import { parentPort } from 'node:worker_threads';
import { processDocument, type DocumentTask } from './document';

parentPort?.on('message', (m: { id: number; task: DocumentTask }) => {
  parentPort!.postMessage({ id: m.id, outcome: processDocument(m.task) });
});
