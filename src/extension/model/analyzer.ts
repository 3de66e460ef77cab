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
import { fromWire, type FileOutcome, type FileRequest, type WireReply, type WorkerReply, type WorkerRequest } from './engineProtocol';

/** A file for the engine to read from the disk where it runs, and analyse. */
export type FileAsk = Omit<FileRequest, 'id'>;
const READ_ON_HOST: FileOutcome = { kind: 'readOnHost' };

export interface Analyzer {
  readonly kind: 'worker' | 'in-process';
  /**
   * The engine's result for a text; rejects when the engine throws. `onEntities`: told the result
   * before its goals are assembled, where the engine runs elsewhere (a worker answers in two steps);
   * the promise then resolves with that same object, its goals put in.
   */
  analyse(text: string, options: ExtractOptions, onEntities?: (partial: Extraction) => void): Promise<Extraction>;
  /**
   * A file read, decoded and analysed where the engine runs (a Node worker), so the extension host
   * does none of it; `readOnHost` when this analyzer reads no files (in-process, the browser's
   * worker) or the file needs the source layer. Rejects when the engine throws.
   */
  analyseFile(file: FileAsk): Promise<FileOutcome>;
  /** The time the engine has spent so far, in ms (in the worker, or here): the bench tells it from the waiting around it. */
  readonly engineMs: number;
  dispose(): void;
}

/** The engine on the extension host's own thread (it blocks while it runs). */
export class InProcessAnalyzer implements Analyzer {
  readonly kind = 'in-process';
  engineMs = 0;
  analyse(text: string, options: ExtractOptions): Promise<Extraction> {
    const t0 = performance.now();
    try { return Promise.resolve(extract(text, options)); } catch (e) { return Promise.reject(e); } finally { this.engineMs += performance.now() - t0; }
  }
  analyseFile(): Promise<FileOutcome> { return Promise.resolve(READ_ON_HOST); }
  dispose(): void { /* nothing held */ }
}

export type EngineWorkerLink = WorkerLink<WorkerRequest, WireReply>;

/**
 * The engine in a worker thread. Requests are answered in order; if the worker dies, what was asked
 * of it (and everything after) runs in-process instead, and the log says why.
 */
export class WorkerAnalyzer implements Analyzer {
  readonly kind = 'worker';
  private readonly worker: EngineWorkerLink;
  /**
   * Requests sent and not answered: how to settle each from the worker's reply, and how to ask the
   * in-process engine instead; `partial`, of a request in steps (kept until its goals come).
   */
  private readonly pending = new Map<number, { settle(m: WorkerReply): void; instead(engine: InProcessAnalyzer): void; reject(e: Error): void; partial?(m: Extraction): void; stepped?: boolean }>();
  private next = 1;
  private workerMs = 0;
  private fallback: InProcessAnalyzer | undefined;
  private disposed = false;

  /** `readsFiles`: the worker can read the extension host's disk (a Node worker). */
  constructor(worker: EngineWorkerLink, private readonly log: Log, private readonly readsFiles = false) {
    this.worker = worker;
    this.worker.onMessage((m) => this.answer(fromWire(m)));
    this.worker.onEnd((why) => { if (!this.disposed) this.fail(`the analysis worker ${why}`); });
  }

  analyse(text: string, options: ExtractOptions, onEntities?: (partial: Extraction) => void): Promise<Extraction> {
    if (this.fallback) return this.fallback.analyse(text, options);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      let first: Extraction | undefined;
      this.pending.set(id, {
        settle: (m) => {
          if ('result' in m) resolve(m.result);
          else if ('goals' in m && first) { first.goals = m.goals; resolve(first); }
          else reject(new Error('error' in m ? m.error : 'the worker answered a text with a file'));
        },
        instead: (engine) => engine.analyse(text, options).then(resolve, reject),
        reject,
        partial: onEntities && ((r) => { first = r; onEntities(r); }),
      });
      this.worker.post(onEntities ? { id, text, options, inSteps: true } : { id, text, options });
    });
  }

  analyseFile(file: FileAsk): Promise<FileOutcome> {
    if (this.fallback || !this.readsFiles) return Promise.resolve(READ_ON_HOST);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        settle: (m) => { if ('file' in m) resolve(m.file); else if ('error' in m) reject(new Error(m.error)); else resolve(READ_ON_HOST); },
        instead: () => resolve(READ_ON_HOST), // the worker is gone: the extension host reads the file and analyses its text
        reject,
      });
      this.worker.post({ id, ...file });
    });
  }

  get engineMs(): number { return this.workerMs + (this.fallback?.engineMs ?? 0); }

  /** Requests sent and not answered yet. */
  get waiting(): number { return this.pending.size; }

  private answer(m: WorkerReply): void {
    this.workerMs += m.ms;
    const p = this.pending.get(m.id);
    if (!p) return;
    // A large document's entities are told in a turn of their own (its reply read and its first
    // highlights made in one were 46 ms for 1 MB); its goals after them, in the order they came.
    if ('partial' in m) { p.stepped = true; setTimeout(() => p.partial?.(m.partial), 0); return; } // its goals come next
    this.pending.delete(m.id);
    if (p.stepped) setTimeout(() => p.settle(m), 0); else p.settle(m);
  }

  private fail(why: string): void {
    if (this.fallback) return;
    this.log.error(`${why}; analysing on the extension host from now on`);
    const fallback = this.fallback = new InProcessAnalyzer();
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const p of left) p.instead(fallback);
  }

  dispose(): void {
    this.disposed = true;
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('chitieu is shutting down'));
    this.pending.clear();
  }
}

/**
 * Several workers, started as the work needs them (up to `max`): a request goes to the worker with
 * the fewest waiting, and another is started when every one has some waiting, so indexing a
 * workspace uses every core while a single document costs one worker.
 */
export class WorkerPool implements Analyzer {
  readonly kind = 'worker';
  private readonly members: WorkerAnalyzer[];

  constructor(private readonly start: () => EngineWorkerLink, first: WorkerAnalyzer, private max: number, private readonly log: Log, private readonly readsFiles = false) {
    this.members = [first];
  }

  get size(): number { return this.members.length; }
  get engineMs(): number { return this.members.reduce((n, m) => n + m.engineMs, 0); }

  analyse(text: string, options: ExtractOptions, onEntities?: (partial: Extraction) => void): Promise<Extraction> { return this.member().analyse(text, options, onEntities); }

  analyseFile(file: FileAsk): Promise<FileOutcome> { return this.member().analyseFile(file); }

  /** The worker with the fewest requests waiting, or a new one when every one has some (up to `max`). */
  private member(): WorkerAnalyzer {
    let best = this.members[0];
    for (const m of this.members) if (m.waiting < best.waiting) best = m;
    if (best.waiting > 0 && this.members.length < this.max) {
      try {
        best = new WorkerAnalyzer(this.start(), this.log, this.readsFiles);
        this.members.push(best);
      } catch (e) {
        this.log.warn(`no further analysis worker (${(e as Error).message})`);
        this.max = this.members.length;
      }
    }
    return best;
  }

  dispose(): void { for (const m of this.members) m.dispose(); }
}

/**
 * Workers when they can be created (`start` runs the bundled engine worker; up to `workers` of
 * them; `readsFiles`: they can read the extension host's disk), else the in-process engine.
 */
export function createAnalyzer(start: (() => EngineWorkerLink) | undefined, log: Log, workers = 1, readsFiles = false): Analyzer {
  if (start) {
    try {
      const first = new WorkerAnalyzer(start(), log, readsFiles);
      log.info(workers > 1 ? `analysis runs in up to ${workers} workers` : 'analysis runs in a worker');
      return workers > 1 ? new WorkerPool(start, first, workers, log, readsFiles) : first;
    } catch (e) {
      log.warn(`no worker for analysis (${(e as Error).message}); analysing on the extension host`);
    }
  }
  return new InProcessAnalyzer();
}
