/**
 * The engine's worker thread in Node (bundled as dist/engineWorker.js): text and options in, the
 * engine's result out as plain data; or a file's path, read, decoded and analysed here, so the
 * extension host does none of it (the workspace index). No `vscode` here.
 */
import { parentPort, workerData } from 'worker_threads';
import { readFileLimitedSync } from '../platform/nodeFileBytes';
import { lowerThreadPriority } from '../platform/nodeThreadPriority';
import { answerFile, answerText, toWire, type EngineWorkerData, type WorkerReply, type WorkerRequest } from './engineProtocol';
import { warmUp } from './engineWarmUp';

export type { WorkerReply, WorkerRequest } from './engineProtocol';

// A worker that reads the workspace's files gives way to the extension host, the window and editor documents (platform/nodeThreadPriority.ts).
if ((workerData as EngineWorkerData | undefined)?.background) lowerThreadPriority();
// Warms up while it waits for its first request (engineWarmUp.ts): one run per turn.
const warming = warmUp((next) => { setTimeout(next, 0); });
parentPort?.on('message', (m: WorkerRequest) => {
  warming.stop();
  const post = (reply: WorkerReply) => parentPort?.postMessage(toWire(reply));
  if ('file' in m) post(answerFile(m, readFileLimitedSync));
  else answerText(m, post);
});
