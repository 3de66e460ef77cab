/**
 * chitieu annotations: the researcher's review of what the engine found, and what it missed.
 * Pure TypeScript (no `vscode`, no Node built-ins): the extension, the CLI and the bench share it.
 *
 * An annotation never lives inside the text. It is stored beside the corpus (`.chitieu/<path>.json`)
 * and anchored by its quoted text, a little context before and after, and its offsets, so that it
 * can be found again after the document is edited (see `anchor.ts`).
 */
import type { DocumentProvince, Goal, Qualifier, Role, Span, TimeKind } from '../engine/types';
import type { SourcePlace } from '../sources/types';

export const ANNOTATION_FORMAT_VERSION = 1;
/** The folder, at a workspace root, that holds one annotation file per document. */
export const ANNOTATION_DIR = '.chitieu';
/** Characters of context kept before and after each quote. */
export const CONTEXT_CHARS = 32;

/**
 * What an annotation labels: `target` an amount to be reached; `amount` any other amount; `deadline`
 * any time expression (its `kind` says which); `province` a province name; `goal` a whole goal.
 */
export type Label = 'target' | 'amount' | 'deadline' | 'province' | 'goal';
export const LABELS: readonly Label[] = ['target', 'amount', 'deadline', 'province', 'goal'];

/**
 * `confirmed`: the engine's item is right; `rejected`: it is wrong; `edited`: the engine's item with
 * corrected attributes; `manual`: added by hand (the engine missed it).
 */
export type Status = 'confirmed' | 'rejected' | 'edited' | 'manual';
export const STATUSES: readonly Status[] = ['confirmed', 'rejected', 'edited', 'manual'];

/** A reviewed item's state: its annotation's status, or `unreviewed`. */
export type ReviewState = Status | 'unreviewed';

/** The attributes of an item. Which ones apply depends on the label (see `ATTRIBUTES_OF`). */
export interface Attributes {
  /** Amounts and targets (and quantitative goals). */
  value?: number;
  max?: number;
  unit?: string;
  qualifier?: Qualifier;
  role?: Role;
  /** Time expressions. */
  kind?: TimeKind;
  start?: string;
  end?: string;
  /** Province entities (the canonical name) and goals (whose province). */
  province?: string;
  /** Goals (and targets, which make goals). */
  indicator?: string;
  deadline?: string;
  period?: string;
}

/** Which attributes each label carries, in the order they are shown and edited. */
export const ATTRIBUTES_OF: Record<Label, ReadonlyArray<keyof Attributes>> = {
  target: ['value', 'max', 'unit', 'qualifier', 'indicator', 'province', 'deadline', 'period'],
  amount: ['value', 'max', 'unit', 'qualifier', 'role'],
  deadline: ['kind', 'start', 'end'],
  province: ['province'],
  goal: ['province', 'indicator', 'value', 'max', 'unit', 'qualifier', 'deadline', 'period'],
};

/** Where an annotation sits: UTF-16 offsets into the document text, and the text itself with context. */
export interface Anchor {
  start: number;
  end: number;
  /** The document text at [start, end) when the annotation was last anchored. */
  quote: string;
  /** Up to CONTEXT_CHARS characters before and after the quote. */
  prefix: string;
  suffix: string;
}

export interface Annotation extends Anchor {
  /** Stable, unique across writers (time + random). */
  id: string;
  label: Label;
  status: Status;
  /** The item's attributes after review: the engine's when confirmed, the corrected ones when edited. */
  attrs: Attributes;
  /** Id of the engine rule whose item was reviewed; absent for manual annotations. */
  rule?: string;
  note?: string;
  /** Who made the last change (a name or handle), when recorded: agreement between annotators compares by it. */
  annotator?: string;
  /**
   * Set when the annotation settles a disagreement between two annotators (Compare annotations…):
   * whose annotation it took (`chose`) and whose it did not (`over`), by name (or folder). Such an
   * annotation is the adjudicator's, not either side's: agreement leaves it out of both.
   */
  adjudication?: Adjudication;
  /** ISO time of the last change (decides between two writers that changed the same annotation). */
  updated: string;
  /** Set when the quote is no longer in the document: the annotation is kept and shown, never dropped. */
  orphaned?: boolean;
  /**
   * Set when several places of the document fit the annotation alike (see `reanchor`): it sits at the
   * likeliest, is shown as needing a look, and is never exported as if sure. Confirming, editing or
   * rejecting it again places it for good.
   */
  ambiguous?: boolean;
}

export interface Adjudication { chose: string; over: string }

/** One document's annotation file (`.chitieu/<document path>.json`). */
export interface AnnotationFile {
  version: typeof ANNOTATION_FORMAT_VERSION;
  /** Path of the document relative to the workspace root, with `/` separators. */
  document: string;
  /** The date the document speaks from, as the researcher set it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); absent when not set. */
  documentDate?: string;
  annotations: Annotation[];
  /** The fingerprint of the document text the annotations were anchored to (`textHash`): the same text is not re-anchored. */
  textHash?: string;
  /** Top-level keys added by hand (or by a newer chitieu), kept as they are and written back. */
  extra?: Record<string, unknown>;
}

// ------------------------------------------------------------------ the engine's output merged with annotations

/** An entity (amount, target, time expression or province) after review. */
export interface ReviewedEntity {
  label: Exclude<Label, 'goal'>;
  /** UTF-16 offsets into the document text. */
  span: Span;
  text: string;
  attrs: Attributes;
  state: ReviewState;
  /** The engine rule that found it, or `manual`. */
  rule: string;
  annotationId?: string;
  note?: string;
  /** PDF and Word documents: where its text is in the source (the PDF page, the Word paragraph). */
  source?: SourcePlace;
  /** Who made the annotation that reviews it (when it records one). */
  annotator?: string;
}

/** A goal after review: the engine's goal with corrections applied, or a goal made from a manual target. */
export interface ReviewedGoal extends Goal {
  state: ReviewState;
  annotationId?: string;
  note?: string;
  /** PDF and Word documents: where its text is in the source (the PDF page, the Word paragraph). */
  source?: SourcePlace;
  /** Who made the annotation that reviews it (when it records one). */
  annotator?: string;
}

export interface ReviewedDocument {
  /** How the document is named in exports (workspace- or cwd-relative path). */
  path: string;
  /** The document text exactly as analysed (offsets point into it). */
  text: string;
  documentYear?: number;
  provinces: DocumentProvince[];
  /** Sorted by span. Rejected items appear only when `ReviewOptions.rejected` is `mark`. */
  entities: ReviewedEntity[];
  goals: ReviewedGoal[];
  /**
   * Annotations not placed: orphaned (their text is gone) or ambiguous (several places fit alike).
   * Kept, listed, never exported as spans.
   */
  orphans: Annotation[];
}

export interface ReviewOptions {
  /** Leave rejected items out of the result (default), or keep them with `state: 'rejected'`. */
  rejected: 'omit' | 'mark';
}
