/**
 * One document's whole job, the same on a worker thread and on the main one: read it (text in any
 * supported encoding, PDF, Word), look up the date set for it, run the engine, give each finding the
 * place in the source it came from (PDF page, Word paragraph), and render it in the output format
 * (the text and the engine's result never leave the thread; only the rendered piece does).
 */
import { extract } from '../../engine';
import type { Goal } from '../../engine/types';
import { csvRows, jsonArrayItem, jsonLine, type DocumentResult } from '../../export/formats';
import { documentDateOf } from '../documentDate';
import { readSourceFile, withSourcePositions } from '../readSourceFile';
import type { EncodingName, SourceText } from '../../sources/types';
import { keep, lookUp, type CacheDir } from './cache';

export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'tree';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'csv', 'tree'];

export interface DocumentTask {
  /** The file to read, or… */
  file?: string;
  /** …the text itself (the standard input). */
  text?: string;
  /** The path as the output names it. */
  shown: string;
  /** The folder holding `.chitieu/`, where a date may be set for the document. */
  root?: string;
  referenceDate?: string;
  format: OutputFormat;
  /** Text files: read in this encoding (`--encoding`), not the detected one. */
  encoding?: EncodingName;
  /** `--cache DIR`: a file unchanged since a run kept it there is not read again (cache.ts). */
  cache?: CacheDir;
}

/**
 * `problems` are counted (exit code 1); `warnings` are said on stderr and not counted: what the
 * reading lost (a scanned page, images) or which legacy encoding it read.
 */
export type DocumentOutcome =
  /**
   * `piece`: the document as the format writes it (for json the array item, without separator); `goals`
   * for the tree, written at the end; `cached`: taken from `--cache`, the file not read.
   */
  | { ok: true; path: string; piece: string; goals?: Goal[]; problems: string[]; warnings?: string[]; cached?: true }
  /** The document could not be read: `problem` says why; nothing is written for it. */
  | { ok: false; problem: string; problems: string[]; warnings?: string[] };

export async function processDocument(task: DocumentTask): Promise<DocumentOutcome> {
  const problems: string[] = [];
  const documentDate = task.root && task.file ? documentDateOf(task.root, task.file, problems) : undefined;
  if (!task.cache || task.file === undefined) return read(task, documentDate, problems);
  // What the piece depends on besides the file.
  const options = JSON.stringify([task.shown, task.referenceDate ?? null, documentDate ?? null, task.encoding ?? null, task.format]);
  const { hit, stamp } = lookUp(task.cache, task.file, options);
  if (hit) return { ok: true, path: task.shown, piece: hit.piece, goals: hit.goals, problems, warnings: hit.warnings, cached: true };
  const outcome = await read(task, documentDate, problems);
  if (stamp && outcome.ok) keep(task.cache, task.file, stamp, options, { piece: outcome.piece, goals: outcome.goals, warnings: outcome.warnings });
  return outcome;
}

/** The document read, analysed and rendered. */
async function read(task: DocumentTask, documentDate: string | undefined, problems: string[]): Promise<DocumentOutcome> {
  let text = task.text;
  let source: SourceText | undefined;
  let warnings: string[] = [];
  if (text === undefined) {
    const r = await readSourceFile(task.file!, { encoding: task.encoding });
    warnings = r.warnings.map((w) => `${task.file}: ${w}`);
    if ('error' in r) return { ok: false, problem: `${task.file}: ${r.error}`, problems, warnings };
    text = r.text;
    source = r.source;
  }
  let doc: DocumentResult;
  try {
    doc = { path: task.shown, ...withSourcePositions(extract(text, { referenceDate: task.referenceDate, documentDate }), source) };
  } catch (e) {
    return { ok: false, problem: `${task.file ?? task.shown}: the engine failed on it (${(e as Error).message}); please report this with the file`, problems, warnings };
  }
  return { ok: true, path: task.shown, ...render(doc, task.format), problems, warnings };
}

function render(doc: DocumentResult, format: OutputFormat): { piece: string; goals?: Goal[] } {
  switch (format) {
    case 'json': return { piece: jsonArrayItem(doc) };
    case 'jsonl': return { piece: jsonLine(doc) };
    case 'csv': return { piece: csvRows(doc) };
    case 'tree': return { piece: '', goals: doc.goals };
  }
}
