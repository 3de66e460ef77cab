/**
 * What the document model keeps of one version of a document: the engine's result, as plain data,
 * and how it was made. No `vscode` here.
 */
import type { Entity, Extraction } from '../../engine';
import type { TextChange } from './editedParagraphs';

/** The engine's result for one version of a document, as plain data. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  /** Whether chitieu analyses this document (`chitieu.enable`, the language, the text). */
  vietnamese: boolean;
  result: Extraction;
  /** The text analysed (the document's text at `version`). */
  text: string;
  ms: number;
  /** The engine's options (the document's date, the reference date), as a key. */
  options: string;
  /**
   * A provisional analysis after an edit of a large document: the last whole analysis (`from`)
   * carried through the edits (`changes`), with the entities read again in the edited paragraphs
   * (`fresh`, offsets from `at.contextStart`; those in [`at.start`, `at.end`) are taken). Its
   * `result.entities` are that splice, made when first read; the highlights splice their own items.
   */
  carried?: { from: Extraction; changes: readonly TextChange[]; fresh: readonly Entity[]; at: { start: number; end: number; contextStart: number } };
}
