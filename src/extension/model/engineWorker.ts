/**
 * The engine's worker thread in Node (bundled as dist/engineWorker.js): text and options in, the
 * engine's result out as plain data. No `vscode` here.
 */
import { parentPort } from 'worker_threads';
import { answer, type WorkerRequest } from './engineProtocol';

export type { WorkerReply, WorkerRequest } from './engineProtocol';

parentPort?.on('message', (m: WorkerRequest) => parentPort?.postMessage(answer(m)));
