/** What the engine's worker is asked and answers (engineWorker.ts in Node, engineWebWorker.ts in a browser). No `vscode` here. */
import { extract, extractStaged, type ExtractOptions, type Extraction, type Goal } from '../../engine';
import { shouldAnalyse, type Enable } from '../platform/language';
import { decodePlainText } from './fileText';
import type { FileStamp, StampedFileBytes } from '../platform/fileStamp';

/**
 * A text to analyse. `inSteps`: answered in two replies, everything but the goals first (`partial`),
 * then the goals (`goals`): a large document's highlights do not wait for goal assembly.
 */
export interface TextRequest { id: number; text: string; options: ExtractOptions; inSteps?: boolean }
/**
 * A file on the worker's disk to read and analyse (the Node worker only: the workspace index sends
 * paths, so the extension host neither reads nor decodes nor copies the text). `wantText`: the text
 * comes back too (the index keeps it for documents with annotations). `wantEntities`: the entities
 * come back too; without, the result's are left empty (`withoutEntities`): the index keeps only the
 * goals and provinces of a document without annotations. `unchangedIf`: the stamp the file had when it
 * was last analysed with these options (the index's cache): if it still has it, it is neither read nor
 * analysed (`unchanged`). `wholeAbove`: a text of at least this many characters comes back with its
 * text and its entities whatever `wantText` and `wantEntities` say (the model keeps the latest large
 * ones for an editor that opens the file: recentFileAnalyses.ts).
 */
export interface FileRequest { id: number; file: string; options: ExtractOptions; enable: Enable; maxBytes: number; wantText: boolean; wantEntities?: boolean; unchangedIf?: FileStamp; wholeAbove?: number }
export type WorkerRequest = TextRequest | FileRequest;

/** How the extension host starts a Node engine worker (its `workerData`): `background`, below normal priority (platform/nodeThreadPriority.ts). */
export interface EngineWorkerData { background?: boolean }

/** What became of a file sent to the worker. */
export type FileOutcome =
  /** `stamp`: the file's when it was read (where the reader tells it). */
  | { kind: 'analysed'; result: Extraction; text?: string; chars: number; withoutEntities?: boolean; stamp?: FileStamp }
  /** Not analysed by `chitieu.enable` (`never`, or `auto` and not Vietnamese). */
  | { kind: 'notAnalysed'; stamp?: FileStamp }
  /** It still has the stamp it was asked about (`unchangedIf`): not read. */
  | { kind: 'unchanged' }
  | { kind: 'tooLarge'; size: number }
  /** The extension host reads it itself: not UTF-8 nor UTF-16 with a BOM (the source layer detects its encoding), or a worker that reads no files (the browser's) was asked. */
  | { kind: 'readOnHost' }
  | { kind: 'unreadable'; message: string };

/** `ms`: how long the engine took, inside the worker (for that reply's part of the work). */
export type WorkerReply = { id: number; result: Extraction; ms: number } | { id: number; error: string; ms: number } | { id: number; file: FileOutcome; ms: number }
  /** The first of the two replies to a request in steps: the result with its goals still empty. */
  | { id: number; partial: Extraction; ms: number }
  /** The second: the goals. */
  | { id: number; goals: Goal[]; ms: number };

/**
 * A reply as it crosses from the worker: JSON text. The engine's result is thousands of small objects
 * and strings, most of them repeated (a 1 MB plan's: 56,000 strings, 74 distinct); the extension host
 * reads it with `JSON.parse` in less time and memory than a structured clone of the objects (that
 * result: 4.5 instead of 6 ms, 3.3 instead of 4.7 MB kept; a 5 KB document's: 23 instead of 42 µs).
 */
export type WireReply = string;
export const toWire = (reply: WorkerReply): WireReply => JSON.stringify(reply);
export const fromWire = (m: WireReply): WorkerReply => JSON.parse(m) as WorkerReply;

export function answer(m: TextRequest): WorkerReply {
  const t0 = performance.now();
  try {
    const result = extract(m.text, m.options);
    return { id: m.id, result, ms: performance.now() - t0 };
  } catch (e) { return { id: m.id, error: (e as Error).message, ms: performance.now() - t0 }; }
}

/** A text request answered through `post`: in one reply, or in two when it asks for steps (a failure ends it with an error reply). */
export function answerText(m: TextRequest, post: (reply: WorkerReply) => void): void {
  if (!m.inSteps || m.options.goals === false) { post(answer(m)); return; }
  let t0 = performance.now();
  try {
    const staged = extractStaged(m.text, m.options);
    post({ id: m.id, partial: staged.result, ms: performance.now() - t0 });
    t0 = performance.now();
    post({ id: m.id, goals: staged.goals(), ms: performance.now() - t0 });
  } catch (e) { post({ id: m.id, error: (e as Error).message, ms: performance.now() - t0 }); }
}

/**
 * Reads a file's bytes (with its stamp, where the reader tells it), or tells its size when it is
 * larger than `maxBytes`, or that it still has the stamp `unchangedIf` (neither read); throws when it
 * cannot be read.
 */
export type ReadBytes = (file: string, maxBytes: number, unchangedIf?: FileStamp) => StampedFileBytes;

/** A file request answered with a reader of the worker's disk (engineWorker.ts). */
export function answerFile(m: FileRequest, read: ReadBytes): WorkerReply {
  let got: StampedFileBytes;
  try { got = read(m.file, m.maxBytes, m.unchangedIf); } catch (e) { return { id: m.id, file: { kind: 'unreadable', message: (e as Error).message }, ms: 0 }; }
  if ('unchanged' in got) return { id: m.id, file: { kind: 'unchanged' }, ms: 0 };
  if ('tooLarge' in got) return { id: m.id, file: { kind: 'tooLarge', size: got.tooLarge }, ms: 0 };
  const text = decodePlainText(got.bytes);
  if (text === undefined) return { id: m.id, file: { kind: 'readOnHost' }, ms: 0 };
  if (!shouldAnalyse(m.enable, text)) return { id: m.id, file: got.stamp ? { kind: 'notAnalysed', stamp: got.stamp } : { kind: 'notAnalysed' }, ms: 0 };
  const reply = answer({ id: m.id, text, options: m.options });
  if (!('result' in reply)) return reply;
  const whole = m.wholeAbove !== undefined && text.length >= m.wholeAbove;
  const file: FileOutcome = { kind: 'analysed', result: reply.result, text: m.wantText || whole ? text : undefined, chars: text.length };
  if (got.stamp) file.stamp = got.stamp;
  if (m.wantEntities === false && !whole) { reply.result.entities = []; file.withoutEntities = true; }
  return { id: m.id, file, ms: reply.ms };
}
