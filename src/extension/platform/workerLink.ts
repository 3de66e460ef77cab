/**
 * A worker as the model sees it: messages in and out, one way to hear that it failed or stopped, and
 * a way to stop it. Two implementations, one per bundle: nodeWorker.ts (a `worker_threads` worker, the
 * Node bundle) and webWorker.ts (a Web Worker, the browser bundle). Types only: no Node, no DOM.
 */
export interface WorkerLink<In, Out> {
  post(message: In, transfer?: ArrayBuffer[]): void;
  onMessage(f: (message: Out) => void): void;
  /** The worker failed or stopped: `why` reads "failed (…)" or "stopped (exit code n)". Also fires after terminate(). */
  onEnd(f: (why: string) => void): void;
  terminate(): void;
}

/** Starts a worker from a bundled script (a file path in Node, a URL in the browser); throws when the host refuses workers. */
export type StartWorker = <In, Out>(script: string) => WorkerLink<In, Out>;
