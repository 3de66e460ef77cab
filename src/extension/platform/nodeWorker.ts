/** A `worker_threads` worker as a WorkerLink (the Node bundle only: desktop and remote extension hosts). */
import { Worker } from 'worker_threads';
import type { WorkerLink } from './workerLink';

/** `workerData`: handed to the worker (`worker_threads.workerData`). */
export function startNodeWorker<In, Out>(file: string, workerData?: unknown): WorkerLink<In, Out> {
  const w = new Worker(file, workerData === undefined ? undefined : { workerData });
  return {
    post: (m, transfer) => w.postMessage(m, transfer),
    onMessage: (f) => { w.on('message', f); },
    onEnd: (f) => {
      w.on('error', (e) => f(`failed (${e.message})`));
      w.on('exit', (code) => f(`stopped (exit code ${code})`));
    },
    terminate: () => { void w.terminate(); },
  };
}
