/**
 * Undo of annotation changes: each change records, per document, the annotations it added (ids) and
 * the prior versions of those it changed or removed (or the prior document date). Undoing puts them
 * back through the store, so annotations another window saved meanwhile stay.
 */
import type * as vscode from 'vscode';
import type { Annotation } from '../../annotations/model';

export interface UndoEntry { doc: vscode.Uri; added: string[]; previous: Annotation[]; previousDate?: { date: string | undefined } }
interface UndoRecord { label: string; entries: UndoEntry[] }

/** What undo needs of the store: to change annotations and dates without recording the change again. */
export interface UndoTarget {
  update(doc: vscode.Uri, change: (current: Annotation[]) => Annotation[], label: string, options: { undoable: false }): Promise<unknown>;
  setDocumentDate(doc: vscode.Uri, date: string | undefined, label: string, undoable: false): Promise<void>;
}

const DEPTH = 100;

export class UndoStack {
  private readonly records: UndoRecord[] = [];

  /** Records an annotation change (before → after) of one document. */
  recordChange(doc: vscode.Uri, label: string, before: readonly Annotation[], after: readonly Annotation[]): void {
    const was = new Map(before.map((a) => [a.id, a]));
    const now = new Map(after.map((a) => [a.id, a]));
    const added = after.filter((a) => !was.has(a.id)).map((a) => a.id);
    const previous = before.filter((a) => !now.has(a.id) || JSON.stringify(now.get(a.id)) !== JSON.stringify(a));
    if (added.length || previous.length) this.push({ label, entries: [{ doc, added, previous }] });
  }

  recordDate(doc: vscode.Uri, label: string, before: string | undefined): void {
    this.push({ label, entries: [{ doc, added: [], previous: [], previousDate: { date: before } }] });
  }

  /** Groups the records pushed since `mark` into one (annotating many documents at once). */
  mark(): number { return this.records.length; }
  squash(mark: number, label: string): void {
    const parts = this.records.splice(mark);
    if (parts.length) this.records.push({ label, entries: parts.flatMap((p) => p.entries) });
  }

  /** Undoes the last change in every document it touched; its label, or undefined when there is none. */
  async undo(target: UndoTarget): Promise<string | undefined> {
    const rec = this.records.pop();
    if (!rec) return undefined;
    try {
      for (const { doc, added, previous, previousDate } of rec.entries) {
        if (previousDate) { await target.setDocumentDate(doc, previousDate.date, `undo ${rec.label}`, false); continue; }
        await target.update(doc, (current) => {
          const drop = new Set([...added, ...previous.map((a) => a.id)]);
          return [...current.filter((a) => !drop.has(a.id)), ...previous];
        }, `undo ${rec.label}`, { undoable: false });
      }
    } catch (e) {
      this.records.push(rec);
      throw e;
    }
    return rec.label;
  }

  private push(r: UndoRecord): void {
    this.records.push(r);
    if (this.records.length > DEPTH) this.records.shift();
  }
}
