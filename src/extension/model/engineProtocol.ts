/** What the engine's worker is asked and answers (engineWorker.ts in Node, engineWebWorker.ts in a browser). No `vscode` here. */
import { extract, type ExtractOptions, type Extraction } from '../../engine';

export interface WorkerRequest { id: number; text: string; options: ExtractOptions }
/** `ms`: how long the engine took, inside the worker. */
export type WorkerReply = { id: number; result: Extraction; ms: number } | { id: number; error: string; ms: number };

export function answer(m: WorkerRequest): WorkerReply {
  const t0 = performance.now();
  try {
    const result = extract(m.text, m.options);
    return { id: m.id, result, ms: performance.now() - t0 };
  } catch (e) { return { id: m.id, error: (e as Error).message, ms: performance.now() - t0 }; }
}
