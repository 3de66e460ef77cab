/**
 * The active document's status: the number of its goals after review (a rejected one is not
 * counted; a click focuses the goals tree) and the date it speaks from, with where that date comes
 * from (a click sets it). Read from the document model; updated when it changes.
 */
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../model/documentAnalysis';
import type { DocumentModel } from '../model/documentModel';
import { entityLabel } from '../../annotations/review';
import { isCandidate } from '../platform/documents';
import { COMMANDS } from '../platform/ids';
import { currentLang, t } from '../platform/l10n';
import { formatNumber } from '../../format';
import { datingText, documentDating } from './present';

export class TargetStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('chitieu.targets', vscode.StatusBarAlignment.Right, 100);
  private readonly dateItem = vscode.window.createStatusBarItem('chitieu.documentDate', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly model: DocumentModel, private readonly referenceDate: () => string) {
    this.item.name = t('chitieu targets');
    this.item.command = COMMANDS.focusGoals;
    this.dateItem.name = t('chitieu document date');
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      model.onDidChange((uri) => { if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update(); }),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const a = editor && this.model.current(editor.document);
    if (editor && !a && isCandidate(editor.document)) { void this.model.analyse(editor.document); return; } // its change event updates
    if (!editor || !a || !a.vietnamese) { this.item.hide(); this.dateItem.hide(); return; }
    const { goals, targets } = this.counts(editor.document, a);
    const lang = currentLang();
    const n = formatNumber(goals, lang);
    this.item.text = `$(target) ${goals === 1 ? t('1 goal') : t('{0} goals', n)}`;
    this.item.tooltip = t('chitieu: {0} goals, {1} target amounts in this document — click to show the goals tree', n, formatNumber(targets, lang));
    this.item.show();
    const dated = datingText(documentDating(a.result, this.model.store.documentDateOf(editor.document.uri), this.referenceDate()), lang);
    this.dateItem.text = `$(calendar) ${dated}`;
    this.dateItem.tooltip = t('chitieu: this document is {0}. Deadlines after this date are still ahead (targets); earlier ones are past. Click to set the document’s date.', dated);
    this.dateItem.command = { command: COMMANDS.setDocumentDate, title: t('Set document date…'), arguments: [editor.document.uri] };
    this.dateItem.show();
  }

  /**
   * The goals and target amounts a reviewer has not rejected. A document with no annotations is
   * counted from the engine's result (the review would change nothing, and reviewing a large
   * document's thousands of items held the extension host as its analysis arrived).
   */
  private counts(doc: vscode.TextDocument, a: DocumentAnalysis): { goals: number; targets: number } {
    if (!this.model.annotated(doc)) {
      let targets = 0;
      const entities = a.result.entities; // (an index loop: no iterator per step before V8 optimises this)
      for (let i = 0; i < entities.length; i++) if (entityLabel(entities[i]) === 'target') targets++;
      return { goals: a.result.goals.length, targets };
    }
    const reviewed = this.model.reviewedOf(doc, a);
    return {
      goals: reviewed.goals.filter((g) => g.state !== 'rejected').length,
      targets: reviewed.entities.filter((e) => e.label === 'target' && e.state !== 'rejected').length,
    };
  }

  get text(): string { return this.item.text; }
  /** The targets item's tooltip (it counts the target amounts). */
  get tooltip(): string { return String(this.item.tooltip ?? ''); }
  /** The document date as the status bar shows it (`$(calendar) dated 12/03/2024 (set by you)`). */
  get dateText(): string { return this.dateItem.text; }

  dispose(): void { this.item.dispose(); this.dateItem.dispose(); for (const d of this.disposables) d.dispose(); }
}
