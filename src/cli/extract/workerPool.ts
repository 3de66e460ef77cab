/**
 * Worker threads that run documents (`processDocument`): each task goes to the worker with the
 * fewest outstanding; a worker that dies fails its outstanding documents (they are reported, the
 * others go on) and is replaced.
 */
import type { Worker } from 'node:worker_threads';
import type { DocumentOutcome, DocumentTask } from './document';
import { startWorker } from './workerScript';

interface Slot { worker: Worker; pending: Map<number, { task: DocumentTask; resolve: (o: DocumentOutcome) => void }> }

export interface DocumentRunner {
  run(task: DocumentTask): Promise<DocumentOutcome>;
  close(): Promise<void>;
}

export class WorkerPool implements DocumentRunner {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(size: number, private readonly start: () => Worker = startWorker) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: this.start(), pending: new Map() };
    slot.worker.on('message', (m: { id: number; outcome: DocumentOutcome }) => {
      const p = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      p?.resolve(m.outcome);
    });
    const fail = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots[i] = this.spawn();
      for (const { task, resolve } of slot.pending.values()) resolve({ ok: false, problem: `${task.file ?? task.shown}: its worker thread stopped (${why}); try it with --jobs 1`, problems: [] });
      slot.pending.clear();
    };
    slot.worker.on('error', (e) => fail(e.message));
    slot.worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  }

  run(task: DocumentTask): Promise<DocumentOutcome> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, { task, resolve });
      slot.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
