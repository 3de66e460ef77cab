/**
 * The engine's analysis of a document merged with its annotations (src/annotations/review.ts): what
 * decorations, hovers, the Outline, the status bar, the goals tree and the annotation commands show.
 * Made once per analysis and annotation change. Rejected items are kept and marked, so the editor can
 * show them struck out (and the views that count leave them out).
 */
import * as vscode from 'vscode';
import type { Extraction } from '../../engine';
import type { Annotation, ReviewedDocument, ReviewedGoal } from '../../annotations/model';
import { review } from '../../annotations/review';
import { sourceFileUri } from '../platform/sourceUri';
import type { AnnotationStore } from './annotationStore';
import type { DocumentAnalysis } from './documentAnalysis';

export interface ReviewedGoals { goals: ReviewedGoal[]; orphans: ReviewedDocument['orphans'] }

export class Reviewer {
  private readonly cache = new Map<string, { analysis: DocumentAnalysis; reviewed: ReviewedDocument }>();
  /** The goals of documents nobody annotated, as reviewed goals (made once per analysis). */
  private readonly unreviewed = new WeakMap<object, ReviewedGoal[]>();

  constructor(private readonly store: AnnotationStore) {}

  forget(uri: vscode.Uri): void { this.cache.delete(uri.toString()); }

  /** The reviewed items of an open document's analysis. */
  of(doc: vscode.TextDocument, analysis: DocumentAnalysis): ReviewedDocument {
    const k = doc.uri.toString();
    const hit = this.cache.get(k);
    if (hit && hit.analysis === analysis) return hit.reviewed;
    // Anchored to the document's text now: the analysis's own text when it is the current version.
    const annotations = analysis.version === doc.version ? this.store.forDocument(doc) : this.store.forText(doc.uri, analysis.text);
    const reviewed = review({ path: vscode.workspace.asRelativePath(sourceFileUri(doc.uri)), text: analysis.text, extraction: analysis.result, annotations }, { rejected: 'mark' });
    this.cache.set(k, { analysis, reviewed });
    return reviewed;
  }

  /** The reviewed goals of a document known by its analysis (and its text, kept when it has annotations). */
  goalsOf(d: { uri: vscode.Uri; result: Extraction; text?: string }, open?: { doc: vscode.TextDocument; analysis: DocumentAnalysis }): ReviewedGoals {
    if (open && this.store.has(d.uri)) { const r = this.of(open.doc, open.analysis); return { goals: r.goals, orphans: r.orphans }; }
    if (!this.store.has(d.uri) || d.text === undefined) {
      let goals = this.unreviewed.get(d.result);
      if (!goals) { goals = d.result.goals.map((g) => ({ ...g, state: 'unreviewed' })); this.unreviewed.set(d.result, goals); }
      return { goals, orphans: [] };
    }
    const annotations = this.store.forText(d.uri, d.text);
    const r = review({ path: vscode.workspace.asRelativePath(d.uri), text: d.text, extraction: d.result, annotations }, { rejected: 'mark' });
    return { goals: r.goals, orphans: r.orphans };
  }

  /** A document reviewed for an export: rejected items left out or kept and marked. */
  forExport(uri: vscode.Uri, text: string, extraction: Extraction, annotations: Annotation[], rejected: 'omit' | 'mark'): ReviewedDocument {
    return review({ path: vscode.workspace.asRelativePath(uri), text, extraction, annotations }, { rejected });
  }
}
