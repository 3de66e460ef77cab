/**
 * Where the engine runs. One interface, two implementations: a Node `worker_threads` worker (desktop
 * and remote extension hosts: analysis never blocks the extension host), and the engine in-process
 * where no worker can be created (a web extension host refuses `new Worker` for Node workers). The
 * worker's results come back as plain data (structured clone); nothing but text and options goes in.
 */
import { extract, type ExtractOptions, type Extraction } from '../../engine';
import type { Log } from '../platform/log';
import type { WorkerReply, WorkerRequest } from './engineWorker';

export interface Analyzer {
  readonly kind: 'worker' | 'in-process';
  /** The engine's result for a text; rejects when the engine throws. */
  analyse(text: string, options: ExtractOptions): Promise<Extraction>;
  dispose(): void;
}

/** The engine on the extension host's own thread (it blocks while it runs). */
export class InProcessAnalyzer implements Analyzer {
  readonly kind = 'in-process';
  analyse(text: string, options: ExtractOptions): Promise<Extraction> {
    try { return Promise.resolve(extract(text, options)); } catch (e) { return Promise.reject(e); }
  }
  dispose(): void { /* nothing held */ }
}

interface NodeWorker {
  postMessage(m: WorkerRequest): void;
  on(event: 'message', f: (m: WorkerReply) => void): void;
  on(event: 'error', f: (e: Error) => void): void;
  on(event: 'exit', f: (code: number) => void): void;
  terminate(): Promise<number>;
}

/**
 * The engine in a worker thread. Requests are answered in order; if the worker dies, what was asked
 * of it (and everything after) runs in-process instead, and the log says why.
 */
export class WorkerAnalyzer implements Analyzer {
  readonly kind = 'worker';
  private readonly worker: NodeWorker;
  private readonly pending = new Map<number, { text: string; options: ExtractOptions; resolve(r: Extraction): void; reject(e: Error): void }>();
  private next = 1;
  private fallback: InProcessAnalyzer | undefined;
  private disposed = false;

  constructor(file: string, private readonly log: Log) {
    // Required at run time: absent (and never loaded) where the host has no Node.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker } = require('worker_threads') as { Worker: new (file: string) => NodeWorker };
    this.worker = new Worker(file);
    this.worker.on('message', (m) => this.answer(m));
    this.worker.on('error', (e) => this.fail(`the analysis worker failed (${e.message})`));
    this.worker.on('exit', (code) => { if (!this.disposed) this.fail(`the analysis worker stopped (exit code ${code})`); });
  }

  analyse(text: string, options: ExtractOptions): Promise<Extraction> {
    if (this.fallback) return this.fallback.analyse(text, options);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { text, options, resolve, reject });
      this.worker.postMessage({ id, text, options });
    });
  }

  private answer(m: WorkerReply): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if ('result' in m) p.resolve(m.result); else p.reject(new Error(m.error));
  }

  private fail(why: string): void {
    if (this.fallback) return;
    this.log.error(`${why}; analysing on the extension host from now on`);
    this.fallback = new InProcessAnalyzer();
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const p of left) this.fallback.analyse(p.text, p.options).then(p.resolve, p.reject);
  }

  dispose(): void {
    this.disposed = true;
    void this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('chitieu is shutting down'));
    this.pending.clear();
  }
}

/** A worker when one can be created (the bundled dist/engineWorker.js), else the in-process engine. */
export function createAnalyzer(workerFile: string | undefined, log: Log): Analyzer {
  if (workerFile) {
    try {
      const a = new WorkerAnalyzer(workerFile, log);
      log.info('analysis runs in a worker thread');
      return a;
    } catch (e) {
      log.warn(`no worker thread for analysis (${(e as Error).message}); analysing on the extension host`);
    }
  }
  return new InProcessAnalyzer();
}
