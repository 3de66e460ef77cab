/**
 * The extension's side of the source layer's worker thread (sourceReader.ts, `dist/sourceReader.js`):
 * started on the first PDF or Word file read, stopped after a while with nothing to read (pdf.js
 * holds tens of MB) and started again when needed. A conversion error comes back as an Error with the
 * source layer's name (`SourceError`) and message; a worker that dies fails what it was reading.
 */
import { SourceError, type SourceText } from '../../sources/types';
import type { Log } from '../platform/log';
import type { WorkerLink } from '../platform/workerLink';
import type { SourceReply, SourceRequest } from './sourceReader';

type ReaderWorker = WorkerLink<SourceRequest, SourceReply>;

const IDLE_MS = 120_000;

export class SourceReaderClient {
  private worker: ReaderWorker | undefined;
  private readonly pending = new Map<number, { resolve(t: SourceText): void; reject(e: Error): void }>();
  private next = 1;
  private idle: ReturnType<typeof setTimeout> | undefined;

  /** `startWorker` starts the bundled reader (platform/nodeWorker.ts with dist/sourceReader.js). */
  constructor(private readonly startWorker: () => ReaderWorker, private readonly log: Log) {}

  read = (bytes: Uint8Array, name: string): Promise<SourceText> => {
    clearTimeout(this.idle);
    const worker = this.worker ??= this.start();
    const id = this.next++;
    const copy = bytes.slice(); // its own buffer, handed over to the worker
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.post({ id, bytes: copy, name }, [copy.buffer as ArrayBuffer]);
    });
  };

  private start(): ReaderWorker {
    const w = this.startWorker();
    this.log.info('PDF and Word reader started (worker thread)');
    w.onMessage((m) => this.answer(m));
    w.onEnd((why) => this.fail(w, `the PDF and Word reader ${why}`));
    return w;
  }

  private answer(m: SourceReply): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if ('text' in m) p.resolve(m.text);
    else p.reject(m.error.name === 'SourceError' ? new SourceError(m.error.message, m.error.candidates, m.error.problem as SourceError['problem']) : Object.assign(new Error(m.error.message), { name: m.error.name }));
    if (!this.pending.size) { clearTimeout(this.idle); this.idle = setTimeout(() => this.stop(), IDLE_MS); }
  }

  private fail(w: ReaderWorker, why: string): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    if (this.pending.size) this.log.error(why);
    for (const p of this.pending.values()) p.reject(new Error(why));
    this.pending.clear();
  }

  private stop(): void {
    const w = this.worker;
    if (!w || this.pending.size) return;
    this.worker = undefined;
    w.terminate();
    this.log.info('PDF and Word reader stopped (idle)');
  }

  dispose(): void {
    clearTimeout(this.idle);
    const w = this.worker;
    this.worker = undefined;
    w?.terminate();
    for (const p of this.pending.values()) p.reject(new Error('chitieu is shutting down'));
    this.pending.clear();
  }
}
