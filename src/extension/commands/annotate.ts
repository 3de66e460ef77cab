/**
 * Annotating by hand: a selection as a new item (whole words; the engine's reading as a start), and
 * every occurrence of a phrase in the document or the workspace at once (previewed, one undo step).
 */
import * as vscode from 'vscode';
import { LABELS, type Annotation, type Attributes, type Label, type ReviewedEntity, type Status } from '../../annotations/model';
import { makeAnchor } from '../../annotations/anchor';
import { targetContext, widenToWords } from '../../annotations/selection';
import { newAnnotationId } from '../../annotations/storeFormat';
import { CannotSave } from '../model/annotationStore';
import type { ItemRef, Subject } from '../model/itemRefs';
import { family, openDocument, type AnnotationCommandContext } from './commandKit';
import { describe, firstReading, LABEL_TEXT, pickLabel } from './dialogs';
import type { ReviewActions } from './reviewCommands';
import { t } from '../platform/l10n';

export interface AllOptions { phrase?: string; scope?: 'document' | 'workspace'; label?: Label; attrs?: Attributes; pick?: 'all' }

export class Annotator {
  private readonly store;
  private readonly readSnippet = (text: string) => this.ctx.model.readSnippet(text);

  constructor(private readonly ctx: AnnotationCommandContext, private readonly review: ReviewActions) { this.store = ctx.model.store; }

  async add(label?: Label, attrs?: Attributes) {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) { void vscode.window.showInformationMessage(t('chitieu: select the text to annotate first (an amount, a time, a province or a goal).')); return undefined; }
    const doc = editor.document;
    const why = this.store.cannotSave(await this.store.load(doc.uri), doc.uri);
    if (why) throw new CannotSave(why, this.store.peek(doc.uri)?.error ? this.store.peek(doc.uri)?.file : undefined);
    // Whole words only: a selection that starts or ends inside a word is widened to it.
    const [start, end] = widenToWords(doc.getText(), doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
    const text = doc.getText().slice(start, end);
    if (!text) return undefined;
    // From a menu the first argument is the document's URI: only a label given by name counts.
    const given = typeof label === 'string' && (LABELS as readonly string[]).includes(label) ? label : undefined;
    const chosen = given ?? await pickLabel(text, this.readSnippet);
    if (!chosen) return undefined;
    // A target starts from the goal the engine reads in its sentence (indicator, province, deadline), to correct.
    const around = chosen === 'target' ? targetContext(doc.getText(), [start, end], (await this.ctx.model.reviewed(doc))) : {};
    const read = given && attrs && typeof attrs === 'object' ? attrs : await firstReading(this.readSnippet, chosen, text, (await this.ctx.model.reviewed(doc)).provinces[0]?.name);
    if (!read) return undefined;
    const reading: Attributes = { ...around, ...read };
    if (chosen === 'target') for (const k of ['indicator', 'province', 'deadline', 'period'] as const) if (!read[k] && around[k]) reading[k] = around[k];
    // The engine found exactly this: annotating it is editing it.
    const rd = (await this.ctx.model.reviewed(doc));
    const same = rd.entities.find((e) => e.span[0] === start && e.span[1] === end && family(e.label) === family(chosen));
    if (same) return this.review.edit({ uri: doc.uri.toString(), kind: 'entity', span: [start, end] } satisfies ItemRef, { label: chosen, attrs: reading });
    const s: Subject = { uri: doc.uri, label: chosen, span: [start, end], text, attrs: {}, fromEngine: false };
    return this.review.put(s, doc, 'manual', { attrs: reading }, 'add');
  }

  /** Every whole-word occurrence of a phrase in a text. */
  private occurrences(text: string, phrase: string): number[] {
    const out: number[] = [];
    const word = /[\p{L}\p{N}\p{M}]/u;
    for (let at = text.indexOf(phrase); at >= 0 && out.length < 10_000; at = text.indexOf(phrase, at + phrase.length)) {
      if (word.test(text[at - 1] ?? '') && word.test(phrase[0])) continue;
      if (word.test(text[at + phrase.length] ?? '') && word.test(phrase[phrase.length - 1])) continue;
      out.push(at);
    }
    return out;
  }

  async annotateAll(given?: AllOptions) {
    // From a menu the argument is the document's URI, not options.
    const opts: AllOptions = given && typeof given === 'object' && !(given instanceof vscode.Uri) ? given : {};
    const editor = vscode.window.activeTextEditor;
    const phrase = (opts.phrase ?? (editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '')).trim();
    if (!phrase) { void vscode.window.showInformationMessage(t('chitieu: select a phrase first; every occurrence of it can then be annotated at once.')); return undefined; }
    const label = opts.label ?? await pickLabel(phrase, this.readSnippet);
    if (!label) return undefined;
    const attrs = opts.attrs ?? await firstReading(this.readSnippet, label, phrase, editor ? (await this.ctx.model.reviewed(editor.document)).provinces[0]?.name : undefined);
    if (!attrs) return undefined;
    const scope = opts.scope ?? (await vscode.window.showQuickPick([
      { label: t('This document'), value: 'document' as const },
      { label: t('Every document in the workspace'), value: 'workspace' as const },
    ], { title: t('Annotate “{0}” as {1} in…', phrase, LABEL_TEXT[label]()) }))?.value;
    if (!scope) return undefined;
    let uris: vscode.Uri[];
    if (scope === 'document' || !vscode.workspace.workspaceFolders) {
      if (!editor) return undefined;
      uris = [editor.document.uri];
    } else {
      uris = (await this.ctx.index.files()).sort((a, b) => a.toString().localeCompare(b.toString()));
    }
    // Find occurrences; leave out those already annotated with the same kind of label.
    interface Hit { doc: vscode.TextDocument; at: number; line: number; context: string; engine?: ReviewedEntity }
    const hits: Hit[] = [];
    for (const uri of uris) {
      const doc = await openDocument(uri);
      const text = doc.getText();
      const at = this.occurrences(text, phrase);
      if (!at.length) continue;
      await this.store.load(uri);
      const taken = new Set(this.store.forDocument(doc).filter((a) => family(a.label) === family(label)).map((a) => `${a.start}:${a.end}`));
      const engine = (await this.ctx.model.reviewed(doc)).entities;
      for (const s of at) {
        if (taken.has(`${s}:${s + phrase.length}`)) continue;
        const pos = doc.positionAt(s);
        const lineText = doc.lineAt(pos.line).text;
        const context = `${lineText.slice(Math.max(0, pos.character - 40), pos.character)}[${phrase}]${lineText.slice(pos.character + phrase.length, pos.character + phrase.length + 40)}`.trim();
        const e = engine.find((x) => x.span[0] === s && x.span[1] === s + phrase.length && family(x.label) === family(label));
        hits.push({ doc, at: s, line: pos.line, context, engine: e && e.rule !== 'manual' ? e : undefined });
      }
    }
    if (!hits.length) { void vscode.window.showInformationMessage(scope === 'document' ? t('chitieu: no unannotated occurrence of “{0}” in this document.', phrase) : t('chitieu: no unannotated occurrence of “{0}” in the workspace.', phrase)); return 0; }
    let chosen = hits;
    if (opts.pick !== 'all') {
      const items = hits.map((h) => ({ label: `${vscode.workspace.asRelativePath(h.doc.uri)}:${h.line + 1}`, description: h.context.replace(/\s+/g, ' '), picked: true, hit: h }));
      const picked = await vscode.window.showQuickPick(items, {
        canPickMany: true, matchOnDescription: true,
        title: t('Annotate {0} occurrence(s) of “{1}” as {2} ({3})', hits.length, phrase, LABEL_TEXT[label](), describe(attrs)),
        placeHolder: t('Untick the occurrences to leave alone, then press Enter'),
      });
      if (!picked || !picked.length) return 0;
      chosen = picked.map((p) => p.hit);
    }
    const mark = this.store.undoMark();
    const byDoc = new Map<vscode.TextDocument, Hit[]>();
    for (const h of chosen) byDoc.set(h.doc, [...(byDoc.get(h.doc) ?? []), h]);
    let n = 0;
    try {
      for (const [doc, list] of byDoc) {
        await this.store.update(doc.uri, (current) => {
          const now = new Date().toISOString();
          const annotator = this.ctx.config().annotator;
          const added = list.map((h): Annotation => {
            const status: Status = h.engine ? 'edited' : 'manual';
            const a: Annotation = { id: newAnnotationId(), ...makeAnchor(doc.getText(), h.at, h.at + phrase.length), label, status, attrs: { ...attrs }, updated: now };
            if (h.engine) a.rule = h.engine.rule;
            if (annotator) a.annotator = annotator;
            return a;
          });
          n += added.length;
          return [...current, ...added];
        }, `annotate “${phrase}”`, { text: doc });
      }
    } finally {
      this.store.squashUndo(mark, `annotate ${n} × “${phrase}”`);
    }
    void vscode.window.showInformationMessage(t('chitieu: annotated {0} occurrence(s) of “{1}” as {2} in {3} document(s). (Undo: “chitieu: Undo last annotation change”.)', n, phrase, LABEL_TEXT[label](), byDoc.size));
    return n;
  }
}
