/**
 * The engine's Web Worker (bundled as dist/web/engineWorker.js), used where the browser's extension
 * host may start one (vscode.dev): text and options in, the engine's result out. No `vscode` here.
 */
import { answerText, toWire, type WorkerReply, type WorkerRequest } from './engineProtocol';
import { warmUp } from './engineWarmUp';

const scope = globalThis as unknown as { onmessage: ((e: { data: WorkerRequest }) => void) | null; postMessage(m: unknown): void };
// Warms up while it waits for its first request (engineWarmUp.ts): one run per turn.
const warming = warmUp((next) => { setTimeout(next, 0); });
scope.onmessage = (e) => {
  warming.stop();
  // A browser's worker reads no files: a file request (never sent here) is handed back to the extension host.
  const post = (reply: WorkerReply) => scope.postMessage(toWire(reply));
  if ('file' in e.data) post({ id: e.data.id, file: { kind: 'readOnHost' }, ms: 0 });
  else answerText(e.data, post);
};
