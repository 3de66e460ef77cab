/**
 * Where the engine runs. One interface, two implementations: a worker (a Node `worker_threads` worker
 * in desktop and remote extension hosts, a Web Worker on vscode.dev: analysis never blocks the
 * extension host), and the engine in-process where no worker can be created (VS Code Server and
 * code-server refuse `new Worker` to the web extensions they serve; the browser's extension host is
 * itself a worker, off the UI thread). The worker's results come back as plain data (structured
 * clone); nothing but text and options goes in. The worker itself comes from the bundle's platform
 * seam (platform/nodeWorker.ts or platform/webWorker.ts).
 */
import { extract, type ExtractOptions, type Extraction } from '../../engine';
import type { Log } from '../platform/log';
import type { WorkerLink } from '../platform/workerLink';
import type { WorkerReply, WorkerRequest } from './engineProtocol';

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

export type EngineWorkerLink = WorkerLink<WorkerRequest, WorkerReply>;

/**
 * The engine in a worker thread. Requests are answered in order; if the worker dies, what was asked
 * of it (and everything after) runs in-process instead, and the log says why.
 */
export class WorkerAnalyzer implements Analyzer {
  readonly kind = 'worker';
  private readonly worker: EngineWorkerLink;
  private readonly pending = new Map<number, { text: string; options: ExtractOptions; resolve(r: Extraction): void; reject(e: Error): void }>();
  private next = 1;
  private fallback: InProcessAnalyzer | undefined;
  private disposed = false;

  constructor(worker: EngineWorkerLink, private readonly log: Log) {
    this.worker = worker;
    this.worker.onMessage((m) => this.answer(m));
    this.worker.onEnd((why) => { if (!this.disposed) this.fail(`the analysis worker ${why}`); });
  }

  analyse(text: string, options: ExtractOptions): Promise<Extraction> {
    if (this.fallback) return this.fallback.analyse(text, options);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { text, options, resolve, reject });
      this.worker.post({ id, text, options });
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
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('chitieu is shutting down'));
    this.pending.clear();
  }
}

/** A worker when one can be created (`start` runs the bundled engine worker), else the in-process engine. */
export function createAnalyzer(start: (() => EngineWorkerLink) | undefined, log: Log): Analyzer {
  if (start) {
    try {
      const a = new WorkerAnalyzer(start(), log);
      log.info('analysis runs in a worker');
      return a;
    } catch (e) {
      log.warn(`no worker for analysis (${(e as Error).message}); analysing on the extension host`);
    }
  }
  return new InProcessAnalyzer();
}
