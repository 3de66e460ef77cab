/**
 * Review commands: confirm, reject, edit, clear an item; go to the next unreviewed item; undo the
 * last annotation change; show only unreviewed goals. Each takes its subject from its arguments
 * (hover links, tree context menus, tests), else from the cursor of the active editor. Interactive
 * steps are skipped when the arguments already say everything.
 */
import * as vscode from 'vscode';
import type { Annotation, Label, Status } from '../../annotations/model';
import { makeAnchor } from '../../annotations/anchor';
import { editChanges } from '../../annotations/selection';
import { newAnnotationId } from '../../annotations/storeFormat';
import { COMMANDS, CONTEXT_KEYS, type Category } from '../platform/ids';
import { documentKey } from '../platform/sourceUri';
import { t } from '../platform/l10n';
import { isItemRef, refAt, refOfGoal, subjectOf, type ItemRef, type Subject } from '../model/itemRefs';
import type { GoalNode } from '../views/goalsTree';
import { Annotator } from './annotate';
import { family, openDocument, registerAll, type AnnotationCommandContext, type ChitieuCommand } from './commandKit';
import { editDialog, LABEL_TEXT, type EditPatch } from './dialogs';

export type { EditPatch } from './dialogs';
export type { AnnotationCommandContext } from './commandKit';
export { say } from './commandKit';

export class ReviewActions {
  private readonly store;

  constructor(private readonly ctx: AnnotationCommandContext) { this.store = ctx.model.store; }

  /** The subject of a command: from an ItemRef or a tree node, else the cursor. */
  async resolve(arg: unknown): Promise<{ subject: Subject; doc: vscode.TextDocument } | undefined> {
    let ref: ItemRef | undefined;
    if (isItemRef(arg)) ref = arg;
    else if (arg && typeof arg === 'object' && (arg as GoalNode).kind === 'goal') ref = refOfGoal((arg as Extract<GoalNode, { kind: 'goal' }>).uri, (arg as Extract<GoalNode, { kind: 'goal' }>).goal);
    let doc: vscode.TextDocument;
    if (ref) doc = await openDocument(vscode.Uri.parse(ref.uri));
    else {
      const editor = vscode.window.activeTextEditor;
      if (!editor) { void vscode.window.showInformationMessage(t('chitieu: put the cursor on a highlighted amount, time or province (or pick a goal in the Goals view) to annotate it.')); return undefined; }
      doc = editor.document;
      await this.store.load(doc.uri);
      ref = refAt(doc.uri, (await this.ctx.model.reviewed(doc)), doc.offsetAt(editor.selection.active));
      if (!ref) { void vscode.window.showInformationMessage(t('chitieu: there is no extracted item at the cursor. Select the text and use “Annotate selection…” to add one.')); return undefined; }
    }
    await this.store.load(doc.uri);
    const subject = subjectOf(ref, (await this.ctx.model.reviewed(doc)), this.store.forDocument(doc));
    if (!subject) { void vscode.window.showWarningMessage(t('chitieu: that item is no longer in the document (it was edited); hover the text again.')); return undefined; }
    return { subject, doc };
  }

  /**
   * Writes one annotation for a subject, by the current annotator (`chitieu.annotator`): it replaces
   * the one that reviews the item when that one is the same annotator's (or names none); another
   * annotator's is kept beside it (the newer decides what is shown; Compare annotations… compares them).
   */
  async put(s: Subject, doc: vscode.TextDocument, status: Status | 'clear', patch: EditPatch = {}, label: string = status): Promise<Annotation | undefined> {
    let result: Annotation | undefined;
    const annotator = this.ctx.config().annotator;
    const theirs = status !== 'clear' && !!s.existing?.annotator && !!annotator && s.existing.annotator !== annotator;
    await this.store.update(s.uri, (current) => {
      const rest = theirs ? current : current.filter((a) => a.id !== s.existing?.id);
      if (status === 'clear') return rest;
      // An empty string stays: it says “cleared” (the goal's deadline, say); undefined keys are not written.
      const attrs = { ...s.attrs, ...(patch.attrs ?? {}) };
      const a: Annotation = {
        ...(s.existing && !theirs ? s.existing : { id: newAnnotationId() }),
        ...makeAnchor(doc.getText(), s.span[0], s.span[1]),
        label: patch.label ?? s.label, status, attrs, updated: new Date().toISOString(),
      };
      if (annotator) a.annotator = annotator; else delete a.annotator;
      delete a.adjudication; // a review of one's own, not an adjudication any more
      delete a.orphaned;
      delete a.ambiguous; // reviewed again where it now is: placed for good
      if (s.rule && s.rule !== 'manual') a.rule = s.rule; else delete a.rule;
      if (patch.note !== undefined) { if (patch.note) a.note = patch.note; else delete a.note; }
      result = a;
      return [...rest, a];
    }, `${label} “${s.text.slice(0, 40)}”`, { text: doc });
    return result;
  }

  async confirm(arg?: unknown) {
    const r = await this.resolve(arg);
    if (!r) return undefined;
    const { subject: s, doc } = r;
    const status: Status = s.existing && s.existing.status !== 'rejected' ? s.existing.status : s.fromEngine ? 'confirmed' : 'manual';
    return this.put(s, doc, status);
  }

  async reject(arg?: unknown) {
    const r = await this.resolve(arg);
    if (!r) return undefined;
    const { subject: s, doc } = r;
    // Rejecting what you added by hand removes it.
    if (!s.fromEngine) { await this.put(s, doc, 'clear', {}, 'remove'); return undefined; }
    return this.put(s, doc, 'rejected');
  }

  async clear(arg?: unknown) {
    const r = await this.resolve(arg);
    if (!r || !r.subject.existing) return undefined;
    await this.put(r.subject, r.doc, 'clear', {}, 'clear review of');
    return true;
  }

  async edit(arg?: unknown, patch?: EditPatch) {
    const r = await this.resolve(arg);
    if (!r) return undefined;
    const { subject: s, doc } = r;
    const change = isPatch(patch) ? patch : await editDialog(s);
    if (!change) return undefined;
    // An edit that changes nothing is no edit: nothing is saved (the item keeps its state).
    if (!editChanges({ label: s.label, attrs: s.attrs, note: s.existing?.note }, change)) {
      void vscode.window.setStatusBarMessage(t('chitieu: nothing changed, nothing saved'), 3000);
      return undefined;
    }
    if (change.label && change.label !== s.label && family(change.label) !== family(s.label) && s.fromEngine) {
      void vscode.window.showWarningMessage(t('chitieu: a {0} cannot become a {1}; reject it and annotate the selection instead.', LABEL_TEXT[s.label](), LABEL_TEXT[change.label]()));
      return undefined;
    }
    return this.put(s, doc, s.fromEngine ? 'edited' : 'manual', change);
  }

  async nextUnreviewed() {
    const editor = vscode.window.activeTextEditor;
    const enabled = this.ctx.config().highlight;
    const cat = (l: Label): Category => (l === 'target' ? 'targets' : l === 'amount' ? 'amounts' : l === 'deadline' ? 'deadlines' : 'provinces');
    if (editor) {
      await this.store.load(editor.document.uri);
      const rd = (await this.ctx.model.reviewed(editor.document));
      const from = editor.document.offsetAt(editor.selection.end);
      const open = rd.entities.filter((e) => e.state === 'unreviewed' && enabled[cat(e.label)]);
      const next = open.find((e) => e.span[0] >= from && !(editor.selection.start.isEqual(editor.document.positionAt(e.span[0])))) ?? open[0];
      if (next) {
        const sel = new vscode.Selection(editor.document.positionAt(next.span[0]), editor.document.positionAt(next.span[1]));
        editor.selection = sel;
        editor.revealRange(sel, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return { uri: editor.document.uri.toString(), span: next.span };
      }
    }
    // Nothing left here: the next document with an unreviewed goal.
    await this.ctx.index.whenIdle();
    const here = editor && documentKey(editor.document.uri);
    const goal = this.ctx.tree.goalNodes().find((g) => g.goal.state === 'unreviewed' && g.uri.toString() !== here);
    if (!goal) { void vscode.window.showInformationMessage(t('chitieu: every item is reviewed.')); return undefined; }
    const doc = await openDocument(goal.uri);
    const ed = await vscode.window.showTextDocument(doc);
    const span = goal.goal.valueSpan ?? goal.goal.span;
    ed.selection = new vscode.Selection(doc.positionAt(span[0]), doc.positionAt(span[1]));
    ed.revealRange(ed.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { uri: goal.uri.toString(), span };
  }

  async undo() {
    const label = await this.store.undo();
    if (!label) { void vscode.window.showInformationMessage(t('chitieu: no annotation change to undo.')); return undefined; }
    vscode.window.setStatusBarMessage(t('chitieu: undid {0}', label), 4000);
    return label;
  }

  setUnreviewedOnly(on: boolean): void {
    this.ctx.tree.unreviewedOnly = on;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.unreviewedOnly, on);
    this.ctx.tree.rebuild();
    this.ctx.updateView();
  }
}

/** A change passed as an argument (tests, other extensions), not the context object a menu passes. */
function isPatch(x: unknown): x is EditPatch {
  if (!x || typeof x !== 'object' || x instanceof vscode.Uri) return false;
  const keys = Object.keys(x);
  return keys.length > 0 && keys.every((k) => k === 'label' || k === 'attrs' || k === 'note');
}

export function registerAnnotationCommands(ctx: AnnotationCommandContext): vscode.Disposable[] {
  const r = new ReviewActions(ctx);
  const a = new Annotator(ctx, r);
  const guarded: ChitieuCommand[] = [
    { id: COMMANDS.confirm, execute: (arg?: unknown) => r.confirm(arg) },
    { id: COMMANDS.reject, execute: (arg?: unknown) => r.reject(arg) },
    { id: COMMANDS.edit, execute: (arg?: unknown, patch?: EditPatch) => r.edit(arg, patch) },
    { id: COMMANDS.clearReview, execute: (arg?: unknown) => r.clear(arg) },
    { id: COMMANDS.addAnnotation, execute: (label?: Label, attrs?: Parameters<Annotator['add']>[1]) => a.add(label, attrs) },
    { id: COMMANDS.annotateAll, execute: (opts?: Parameters<Annotator['annotateAll']>[0]) => a.annotateAll(opts) },
    { id: COMMANDS.nextUnreviewed, execute: () => r.nextUnreviewed() },
    { id: COMMANDS.undoAnnotation, execute: () => r.undo() },
  ];
  const plain: ChitieuCommand[] = [
    { id: COMMANDS.showUnreviewedOnly, execute: () => r.setUnreviewedOnly(true) },
    { id: COMMANDS.showAllGoals, execute: () => r.setUnreviewedOnly(false) },
  ];
  return [...registerAll(guarded, ctx.log), ...registerAll(plain, ctx.log, false)];
}
