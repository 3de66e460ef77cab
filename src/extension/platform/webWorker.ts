/**
 * A Web Worker as a WorkerLink (the browser bundle: VS Code for the Web's extension host, itself a
 * worker). vscode.dev allows it for extensions it serves from https:; VS Code Server and code-server
 * throw "Creating workers from remote extensions is currently not supported", and the caller then
 * works without one.
 */
import type { WorkerLink } from './workerLink';

interface WebWorker {
  postMessage(m: unknown, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', f: (e: { data: unknown }) => void): void;
  addEventListener(type: 'error' | 'messageerror', f: (e: { message?: string }) => void): void;
  terminate(): void;
}

export function startWebWorker<In, Out>(url: string): WorkerLink<In, Out> {
  const Ctor = (globalThis as { Worker?: new (url: string, options?: { name?: string }) => WebWorker }).Worker;
  if (!Ctor) throw new Error('this host has no Worker');
  const w = new Ctor(url, { name: 'chitieu' });
  const ended: ((why: string) => void)[] = [];
  let terminated = false;
  const end = (why: string) => { for (const f of ended) f(why); };
  w.addEventListener('error', (e) => end(`failed (${e.message ?? 'error'})`));
  w.addEventListener('messageerror', () => end('failed (a message could not be read)'));
  return {
    post: (m, transfer) => w.postMessage(m, transfer),
    onMessage: (f) => w.addEventListener('message', (e) => f(e.data as Out)),
    onEnd: (f) => { ended.push(f); },
    terminate: () => { if (terminated) return; terminated = true; w.terminate(); end('stopped (terminated)'); },
  };
}
