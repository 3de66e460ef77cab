/**
 * The engine's worker thread (bundled as dist/engineWorker.js): text and options in, the engine's
 * result out as plain data. No `vscode` here.
 */
import { parentPort } from 'worker_threads';
import { extract, type ExtractOptions, type Extraction } from '../../engine';

export interface WorkerRequest { id: number; text: string; options: ExtractOptions }
export type WorkerReply = { id: number; result: Extraction } | { id: number; error: string };

parentPort?.on('message', (m: WorkerRequest) => {
  let reply: WorkerReply;
  try { reply = { id: m.id, result: extract(m.text, m.options) }; } catch (e) { reply = { id: m.id, error: (e as Error).message }; }
  parentPort?.postMessage(reply);
});
