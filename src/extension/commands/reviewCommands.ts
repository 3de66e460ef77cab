/**
 * Annotation commands: confirm, reject, edit, clear; add on a selection; annotate all occurrences of
 * a phrase (previewed); go to the next unreviewed item; undo the last annotation change.
 *
 * Each command takes its subject from its arguments (hover links, tree context menus, tests), else
 * from the cursor of the active editor. Interactive steps (quick picks, input boxes that check what
 * is typed) are skipped when the arguments already say everything.
 */
import * as vscode from 'vscode';
import { LABELS, type Annotation, type Attributes, type Label, type ReviewedEntity, type Status } from '../../annotations/model';
import { makeAnchor } from '../../annotations/anchor';
import { editChanges, targetContext, widenToWords } from '../../annotations/selection';
import { newAnnotationId } from '../../annotations/storeFormat';
import { COMMANDS, CONTEXT_KEYS, type Category } from '../platform/ids';
import type { ChitieuConfig } from '../platform/config';
import type { Log } from '../platform/log';
import type { DocumentModel } from '../model/documentModel';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import { CannotSave } from '../model/annotationStore';
import { isItemRef, refAt, refOfGoal, subjectOf, type ItemRef, type Subject } from '../model/itemRefs';
import type { GoalNode, GoalsTreeProvider } from '../views/goalsTree';
import { describe, editDialog, firstReading, LABEL_TEXT, pickLabel, type EditPatch } from './dialogs';

export type { EditPatch } from './dialogs';

export interface AnnotationCommandContext {
  model: DocumentModel;
  tree: GoalsTreeProvider;
  index: WorkspaceIndex;
  config: () => ChitieuConfig;
  log: Log;
  updateView(): void;
}

const family = (l: Label) => (l === 'target' || l === 'amount' ? 'amount' : l);

async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? vscode.workspace.openTextDocument(uri);
}

export function say(e: unknown, log: Log): void {
  if (e instanceof CannotSave) {
    log.warn(e.message);
    const actions = e.file ? ['Open annotation file'] : [];
    void vscode.window.showErrorMessage(`chitieu: ${e.message}`, ...actions).then((pick) => { if (pick && e.file) void vscode.window.showTextDocument(e.file); });
    return;
  }
  log.error(`annotation command failed: ${(e as Error).stack ?? e}`);
  void vscode.window.showErrorMessage(`chitieu: ${(e as Error).message}`);
}

export function registerAnnotationCommands(ctx: AnnotationCommandContext): vscode.Disposable[] {
  const store = ctx.model.store;
  const readSnippet = (text: string) => ctx.model.readSnippet(text);
  const reg = vscode.commands.registerCommand;
  const guarded = <A extends unknown[], R>(f: (...args: A) => Promise<R>) => async (...args: A): Promise<R | undefined> => {
    try { return await f(...args); } catch (e) { say(e, ctx.log); return undefined; }
  };

  /** The subject of a command: from an ItemRef or a tree node, else the cursor. */
  async function resolve(arg: unknown): Promise<{ subject: Subject; doc: vscode.TextDocument } | undefined> {
    let ref: ItemRef | undefined;
    if (isItemRef(arg)) ref = arg;
    else if (arg && typeof arg === 'object' && (arg as GoalNode).kind === 'goal') ref = refOfGoal((arg as Extract<GoalNode, { kind: 'goal' }>).uri, (arg as Extract<GoalNode, { kind: 'goal' }>).goal);
    let doc: vscode.TextDocument;
    if (ref) doc = await openDocument(vscode.Uri.parse(ref.uri));
    else {
      const editor = vscode.window.activeTextEditor;
      if (!editor) { void vscode.window.showInformationMessage('chitieu: put the cursor on a highlighted amount, time or province (or pick a goal in the Goals view) to annotate it.'); return undefined; }
      doc = editor.document;
      await store.load(doc.uri);
      ref = refAt(doc.uri, (await ctx.model.reviewed(doc)), doc.offsetAt(editor.selection.active));
      if (!ref) { void vscode.window.showInformationMessage('chitieu: there is no extracted item at the cursor. Select the text and use “Annotate selection…” to add one.'); return undefined; }
    }
    await store.load(doc.uri);
    const subject = subjectOf(ref, (await ctx.model.reviewed(doc)), store.forDocument(doc));
    if (!subject) { void vscode.window.showWarningMessage('chitieu: that item is no longer in the document (it was edited); hover the text again.'); return undefined; }
    return { subject, doc };
  }

  /** Writes one annotation for a subject (replacing the one that reviews it, if any). */
  async function put(s: Subject, doc: vscode.TextDocument, status: Status | 'clear', patch: EditPatch = {}, label: string = status): Promise<Annotation | undefined> {
    let result: Annotation | undefined;
    await store.update(s.uri, (current) => {
      const rest = current.filter((a) => a.id !== s.existing?.id);
      if (status === 'clear') return rest;
      // An empty string stays: it says “cleared” (the goal's deadline, say); undefined keys are not written.
      const attrs = { ...s.attrs, ...(patch.attrs ?? {}) };
      const a: Annotation = {
        ...(s.existing ?? { id: newAnnotationId() }),
        ...makeAnchor(doc.getText(), s.span[0], s.span[1]),
        label: patch.label ?? s.label, status, attrs, updated: new Date().toISOString(),
      };
      delete a.orphaned;
      delete a.ambiguous; // reviewed again where it now is: placed for good
      if (s.rule && s.rule !== 'manual') a.rule = s.rule; else delete a.rule;
      if (patch.note !== undefined) { if (patch.note) a.note = patch.note; else delete a.note; }
      result = a;
      return [...rest, a];
    }, `${label} “${s.text.slice(0, 40)}”`, { text: doc });
    return result;
  }

  async function confirm(arg?: unknown) {
    const r = await resolve(arg);
    if (!r) return undefined;
    const { subject: s, doc } = r;
    const status: Status = s.existing && s.existing.status !== 'rejected' ? s.existing.status : s.fromEngine ? 'confirmed' : 'manual';
    return put(s, doc, status);
  }

  async function reject(arg?: unknown) {
    const r = await resolve(arg);
    if (!r) return undefined;
    const { subject: s, doc } = r;
    // Rejecting what you added by hand removes it.
    if (!s.fromEngine) { await put(s, doc, 'clear', {}, 'remove'); return undefined; }
    return put(s, doc, 'rejected');
  }

  async function clear(arg?: unknown) {
    const r = await resolve(arg);
    if (!r || !r.subject.existing) return undefined;
    await put(r.subject, r.doc, 'clear', {}, 'clear review of');
    return true;
  }

  async function edit(arg?: unknown, patch?: EditPatch) {
    const r = await resolve(arg);
    if (!r) return undefined;
    const { subject: s, doc } = r;
    const change = isPatch(patch) ? patch : await editDialog(s);
    if (!change) return undefined;
    // An edit that changes nothing is no edit: nothing is saved (the item keeps its state).
    if (!editChanges({ label: s.label, attrs: s.attrs, note: s.existing?.note }, change)) {
      void vscode.window.setStatusBarMessage('chitieu: nothing changed, nothing saved', 3000);
      return undefined;
    }
    if (change.label && change.label !== s.label && family(change.label) !== family(s.label) && s.fromEngine) {
      void vscode.window.showWarningMessage(`chitieu: a ${LABEL_TEXT[s.label]} cannot become a ${LABEL_TEXT[change.label]}; reject it and annotate the selection instead.`);
      return undefined;
    }
    return put(s, doc, s.fromEngine ? 'edited' : 'manual', change);
  }

  async function add(label?: Label, attrs?: Attributes) {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) { void vscode.window.showInformationMessage('chitieu: select the text to annotate first (an amount, a time, a province or a goal).'); return undefined; }
    const doc = editor.document;
    const why = store.cannotSave(await store.load(doc.uri), doc.uri);
    if (why) throw new CannotSave(why, store.peek(doc.uri)?.error ? store.peek(doc.uri)?.file : undefined);
    // Whole words only: a selection that starts or ends inside a word is widened to it.
    const [start, end] = widenToWords(doc.getText(), doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
    const text = doc.getText().slice(start, end);
    if (!text) return undefined;
    // From a menu the first argument is the document's URI: only a label given by name counts.
    const given = typeof label === 'string' && (LABELS as readonly string[]).includes(label) ? label : undefined;
    const chosen = given ?? await pickLabel(text, readSnippet);
    if (!chosen) return undefined;
    // A target starts from the goal the engine reads in its sentence (indicator, province, deadline), to correct.
    const around = chosen === 'target' ? targetContext(doc.getText(), [start, end], (await ctx.model.reviewed(doc))) : {};
    const read = given && attrs && typeof attrs === 'object' ? attrs : await firstReading(readSnippet, chosen, text, (await ctx.model.reviewed(doc)).provinces[0]?.name);
    if (!read) return undefined;
    const reading: Attributes = { ...around, ...read };
    if (chosen === 'target') for (const k of ['indicator', 'province', 'deadline', 'period'] as const) if (!read[k] && around[k]) reading[k] = around[k];
    // The engine found exactly this: annotating it is editing it.
    const rd = (await ctx.model.reviewed(doc));
    const same = rd.entities.find((e) => e.span[0] === start && e.span[1] === end && family(e.label) === family(chosen));
    if (same) return edit({ uri: doc.uri.toString(), kind: 'entity', span: [start, end] } satisfies ItemRef, { label: chosen, attrs: reading });
    const s: Subject = { uri: doc.uri, label: chosen, span: [start, end], text, attrs: {}, fromEngine: false };
    return put(s, doc, 'manual', { attrs: reading }, 'add');
  }

  /** Every whole-word occurrence of a phrase in a text. */
  function occurrences(text: string, phrase: string): number[] {
    const out: number[] = [];
    const word = /[\p{L}\p{N}\p{M}]/u;
    for (let at = text.indexOf(phrase); at >= 0 && out.length < 10_000; at = text.indexOf(phrase, at + phrase.length)) {
      if (word.test(text[at - 1] ?? '') && word.test(phrase[0])) continue;
      if (word.test(text[at + phrase.length] ?? '') && word.test(phrase[phrase.length - 1])) continue;
      out.push(at);
    }
    return out;
  }

  interface AllOptions { phrase?: string; scope?: 'document' | 'workspace'; label?: Label; attrs?: Attributes; pick?: 'all' }
  async function annotateAll(given?: AllOptions) {
    // From a menu the argument is the document's URI, not options.
    const opts: AllOptions = given && typeof given === 'object' && !(given instanceof vscode.Uri) ? given : {};
    const editor = vscode.window.activeTextEditor;
    const phrase = (opts.phrase ?? (editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '')).trim();
    if (!phrase) { void vscode.window.showInformationMessage('chitieu: select a phrase first; every occurrence of it can then be annotated at once.'); return undefined; }
    const label = opts.label ?? await pickLabel(phrase, readSnippet);
    if (!label) return undefined;
    const attrs = opts.attrs ?? await firstReading(readSnippet, label, phrase, editor ? (await ctx.model.reviewed(editor.document)).provinces[0]?.name : undefined);
    if (!attrs) return undefined;
    const scope = opts.scope ?? (await vscode.window.showQuickPick([
      { label: 'This document', value: 'document' as const },
      { label: 'Every document in the workspace', value: 'workspace' as const },
    ], { title: `Annotate “${phrase}” as ${LABEL_TEXT[label]} in…` }))?.value;
    if (!scope) return undefined;
    let uris: vscode.Uri[];
    if (scope === 'document' || !vscode.workspace.workspaceFolders) {
      if (!editor) return undefined;
      uris = [editor.document.uri];
    } else {
      uris = (await ctx.index.files()).sort((a, b) => a.toString().localeCompare(b.toString()));
    }
    // Find occurrences; leave out those already annotated with the same kind of label.
    interface Hit { doc: vscode.TextDocument; at: number; line: number; context: string; engine?: ReviewedEntity }
    const hits: Hit[] = [];
    for (const uri of uris) {
      const doc = await openDocument(uri);
      const text = doc.getText();
      const at = occurrences(text, phrase);
      if (!at.length) continue;
      await store.load(uri);
      const taken = new Set(store.forDocument(doc).filter((a) => family(a.label) === family(label)).map((a) => `${a.start}:${a.end}`));
      const engine = (await ctx.model.reviewed(doc)).entities;
      for (const s of at) {
        if (taken.has(`${s}:${s + phrase.length}`)) continue;
        const pos = doc.positionAt(s);
        const lineText = doc.lineAt(pos.line).text;
        const context = `${lineText.slice(Math.max(0, pos.character - 40), pos.character)}[${phrase}]${lineText.slice(pos.character + phrase.length, pos.character + phrase.length + 40)}`.trim();
        const e = engine.find((x) => x.span[0] === s && x.span[1] === s + phrase.length && family(x.label) === family(label));
        hits.push({ doc, at: s, line: pos.line, context, engine: e && e.rule !== 'manual' ? e : undefined });
      }
    }
    if (!hits.length) { void vscode.window.showInformationMessage(`chitieu: no unannotated occurrence of “${phrase}” ${scope === 'document' ? 'in this document' : 'in the workspace'}.`); return 0; }
    let chosen = hits;
    if (opts.pick !== 'all') {
      const items = hits.map((h) => ({ label: `${vscode.workspace.asRelativePath(h.doc.uri)}:${h.line + 1}`, description: h.context.replace(/\s+/g, ' '), picked: true, hit: h }));
      const picked = await vscode.window.showQuickPick(items, {
        canPickMany: true, matchOnDescription: true,
        title: `Annotate ${hits.length} occurrence${hits.length === 1 ? '' : 's'} of “${phrase}” as ${LABEL_TEXT[label]} (${describe(attrs)})`,
        placeHolder: 'Untick the occurrences to leave alone, then press Enter',
      });
      if (!picked || !picked.length) return 0;
      chosen = picked.map((p) => p.hit);
    }
    const mark = store.undoMark();
    const byDoc = new Map<vscode.TextDocument, Hit[]>();
    for (const h of chosen) byDoc.set(h.doc, [...(byDoc.get(h.doc) ?? []), h]);
    let n = 0;
    try {
      for (const [doc, list] of byDoc) {
        await store.update(doc.uri, (current) => {
          const now = new Date().toISOString();
          const added = list.map((h): Annotation => {
            const status: Status = h.engine ? 'edited' : 'manual';
            const a: Annotation = { id: newAnnotationId(), ...makeAnchor(doc.getText(), h.at, h.at + phrase.length), label, status, attrs: { ...attrs }, updated: now };
            if (h.engine) a.rule = h.engine.rule;
            return a;
          });
          n += added.length;
          return [...current, ...added];
        }, `annotate “${phrase}”`, { text: doc });
      }
    } finally {
      store.squashUndo(mark, `annotate ${n} × “${phrase}”`);
    }
    void vscode.window.showInformationMessage(`chitieu: annotated ${n} occurrence${n === 1 ? '' : 's'} of “${phrase}” as ${LABEL_TEXT[label]} in ${byDoc.size} document${byDoc.size === 1 ? '' : 's'}. (Undo: “chitieu: Undo last annotation change”.)`);
    return n;
  }

  async function nextUnreviewed() {
    const editor = vscode.window.activeTextEditor;
    const enabled = ctx.config().highlight;
    const cat = (l: Label): Category => (l === 'target' ? 'targets' : l === 'amount' ? 'amounts' : l === 'deadline' ? 'deadlines' : 'provinces');
    if (editor) {
      await store.load(editor.document.uri);
      const rd = (await ctx.model.reviewed(editor.document));
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
    await ctx.index.whenIdle();
    const here = editor?.document.uri.toString();
    const goal = ctx.tree.goalNodes().find((g) => g.goal.state === 'unreviewed' && g.uri.toString() !== here);
    if (!goal) { void vscode.window.showInformationMessage('chitieu: every item is reviewed.'); return undefined; }
    const doc = await vscode.workspace.openTextDocument(goal.uri);
    const ed = await vscode.window.showTextDocument(doc);
    const span = goal.goal.valueSpan ?? goal.goal.span;
    ed.selection = new vscode.Selection(doc.positionAt(span[0]), doc.positionAt(span[1]));
    ed.revealRange(ed.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { uri: goal.uri.toString(), span };
  }

  async function undo() {
    const label = await store.undo();
    if (!label) { void vscode.window.showInformationMessage('chitieu: no annotation change to undo.'); return undefined; }
    vscode.window.setStatusBarMessage(`chitieu: undid ${label}`, 4000);
    return label;
  }

  const setUnreviewedOnly = (on: boolean) => {
    ctx.tree.unreviewedOnly = on;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.unreviewedOnly, on);
    ctx.tree.rebuild();
    ctx.updateView();
  };

  return [
    reg(COMMANDS.confirm, guarded(confirm)),
    reg(COMMANDS.reject, guarded(reject)),
    reg(COMMANDS.edit, guarded(edit)),
    reg(COMMANDS.clearReview, guarded(clear)),
    reg(COMMANDS.addAnnotation, guarded(add)),
    reg(COMMANDS.annotateAll, guarded(annotateAll)),
    reg(COMMANDS.nextUnreviewed, guarded(nextUnreviewed)),
    reg(COMMANDS.undoAnnotation, guarded(undo)),
    reg(COMMANDS.showUnreviewedOnly, () => setUnreviewedOnly(true)),
    reg(COMMANDS.showAllGoals, () => setUnreviewedOnly(false)),
  ];
}

/** A change passed as an argument (tests, other extensions), not the context object a menu passes. */
function isPatch(x: unknown): x is EditPatch {
  if (!x || typeof x !== 'object' || x instanceof vscode.Uri) return false;
  const keys = Object.keys(x);
  return keys.length > 0 && keys.every((k) => k === 'label' || k === 'attrs' || k === 'note');
}


