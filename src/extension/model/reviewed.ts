/**
 * The engine's analysis of a document merged with its annotations (src/annotations/review.ts), per
 * document version and annotation change: what decorations, hovers, the goals tree and the
 * annotation commands show. Rejected items are kept and marked, so the editor can show them struck out.
 */
import * as vscode from 'vscode';
import type { ReviewedDocument, ReviewedGoal } from '../../annotations/model';
import { review } from '../../annotations/review';
import type { AnalysisCache } from '../analysis';
import type { IndexedDocument } from '../workspaceIndex';
import type { AnnotationStore } from './store';

interface Entry { doc: vscode.TextDocument; version: number; analysed: unknown; reviewed: ReviewedDocument }

export class ReviewService implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  /** The goals of documents nobody annotated, as reviewed goals (made once per analysis). */
  private readonly unreviewed = new WeakMap<object, ReviewedGoal[]>();
  private readonly disposable: vscode.Disposable;

  constructor(private readonly analyses: AnalysisCache, private readonly store: AnnotationStore) {
    this.disposable = vscode.Disposable.from(
      store.onDidChange((uri) => this.cache.delete(uri.toString())),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
    );
  }

  /** The reviewed items of an open document (its current version). */
  forDocument(doc: vscode.TextDocument): ReviewedDocument {
    const k = doc.uri.toString();
    const hit = this.cache.get(k);
    const analysis = this.analyses.get(doc);
    // The same document object at the same version, analysed the same way (an untitled URI is reused by new documents).
    if (hit && hit.doc === doc && hit.version === doc.version && hit.analysed === analysis.result) return hit.reviewed;
    const annotations = this.store.forDocument(doc);
    const reviewed = review({ path: vscode.workspace.asRelativePath(doc.uri), text: doc.getText(), extraction: analysis.result, annotations }, { rejected: 'mark' });
    this.cache.set(k, { doc, version: doc.version, analysed: analysis.result, reviewed });
    return reviewed;
  }

  /** The reviewed goals of an indexed document (open or not). */
  goalsOf(d: IndexedDocument): { goals: ReviewedGoal[]; orphans: ReviewedDocument['orphans'] } {
    const open = vscode.workspace.textDocuments.find((x) => x.uri.toString() === d.uri.toString());
    if (open && this.store.peek(d.uri)) { const r = this.forDocument(open); return { goals: r.goals, orphans: r.orphans }; }
    if (!this.store.has(d.uri) || d.text === undefined) {
      let goals = this.unreviewed.get(d.result);
      if (!goals) { goals = d.result.goals.map((g) => ({ ...g, state: 'unreviewed' })); this.unreviewed.set(d.result, goals); }
      return { goals, orphans: [] };
    }
    const annotations = this.store.forText(d.uri, d.text);
    const r = review({ path: vscode.workspace.asRelativePath(d.uri), text: d.text, extraction: d.result, annotations }, { rejected: 'mark' });
    return { goals: r.goals, orphans: r.orphans };
  }

  dispose(): void { this.disposable.dispose(); this.cache.clear(); }
}
