/** A worker thread's entry (bundled as dist/cliWorker.js): runs each document it is sent and sends back its outcome. */
import { parentPort } from 'node:worker_threads';
import { processDocument, type DocumentTask } from './document';

parentPort?.on('message', (m: { id: number; task: DocumentTask }) => {
  // PDF and Word are read asynchronously: a second document may start meanwhile; each answer carries its id.
  void processDocument(m.task).then((outcome) => parentPort!.postMessage({ id: m.id, outcome }));
});
