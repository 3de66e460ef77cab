/** What the engine's worker is asked and answers (engineWorker.ts in Node, engineWebWorker.ts in a browser). No `vscode` here. */
import { extract, type ExtractOptions, type Extraction } from '../../engine';

export interface WorkerRequest { id: number; text: string; options: ExtractOptions }
export type WorkerReply = { id: number; result: Extraction } | { id: number; error: string };

export function answer(m: WorkerRequest): WorkerReply {
  try { return { id: m.id, result: extract(m.text, m.options) }; } catch (e) { return { id: m.id, error: (e as Error).message }; }
}
