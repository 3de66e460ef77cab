/**
 * Annotation commands: confirm, reject, edit, clear; add on a selection; annotate all occurrences of
 * a phrase (previewed); go to the next unreviewed item; undo the last annotation change.
 *
 * Each command takes its subject from its arguments (hover links, tree context menus, tests), else
 * from the cursor of the active editor. Interactive steps (quick picks, input boxes that check what
 * is typed) are skipped when the arguments already say everything.
 */
import * as vscode from 'vscode';
import { ATTRIBUTES_OF, LABELS, type Annotation, type Attributes, type Label, type ReviewedEntity, type Status } from '../../annotations/model';
import { makeAnchor } from '../../annotations/anchor';
import { editChanges, targetContext, widenToWords } from '../../annotations/selection';
import { newAnnotationId } from '../../annotations/storeFormat';
import { entityAttributes, entityLabel } from '../../annotations/review';
import { normaliseUnitInput, parseAmountInput, parseDateInput, parsePeriodInput, parseProvinceInput, type Parsed } from '../../annotations/parseInput';
import { extract } from '../../engine';
import { groupDigits } from '../../export/formats';
import { COMMANDS, CONTEXT_KEYS, type Category } from '../ids';
import type { ChitieuConfig } from '../config';
import type { GoalNode, GoalsTreeProvider } from '../goalsTree';
import type { WorkspaceIndex } from '../workspaceIndex';
import { CannotSave, type AnnotationStore } from './store';
import type { ReviewService } from './reviewService';
import { isItemRef, refAt, refOfGoal, subjectOf, type ItemRef, type Subject } from './subjects';

export interface AnnotationCommandContext {
  store: AnnotationStore;
  review: ReviewService;
  tree: GoalsTreeProvider;
  index: WorkspaceIndex;
  config: () => ChitieuConfig;
  log: vscode.LogOutputChannel;
  updateView(): void;
}

/** A change asked for without dialogs (from tests and other extensions). */
export interface EditPatch { label?: Label; attrs?: Attributes; note?: string }

const LABEL_TEXT: Record<Label, string> = { target: 'target', amount: 'amount', deadline: 'time expression / deadline', province: 'province', goal: 'goal' };
const family = (l: Label) => (l === 'target' || l === 'amount' ? 'amount' : l);

async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? vscode.workspace.openTextDocument(uri);
}

export function say(e: unknown, log: vscode.LogOutputChannel): void {
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
      await ctx.store.load(doc.uri);
      ref = refAt(doc.uri, ctx.review.forDocument(doc), doc.offsetAt(editor.selection.active));
      if (!ref) { void vscode.window.showInformationMessage('chitieu: there is no extracted item at the cursor. Select the text and use “Annotate selection…” to add one.'); return undefined; }
    }
    await ctx.store.load(doc.uri);
    const subject = subjectOf(ref, ctx.review.forDocument(doc), ctx.store.forDocument(doc));
    if (!subject) { void vscode.window.showWarningMessage('chitieu: that item is no longer in the document (it was edited); hover the text again.'); return undefined; }
    return { subject, doc };
  }

  /** Writes one annotation for a subject (replacing the one that reviews it, if any). */
  async function put(s: Subject, doc: vscode.TextDocument, status: Status | 'clear', patch: EditPatch = {}, label: string = status): Promise<Annotation | undefined> {
    let result: Annotation | undefined;
    await ctx.store.update(s.uri, (current) => {
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
    const why = ctx.store.cannotSave(await ctx.store.load(doc.uri), doc.uri);
    if (why) throw new CannotSave(why, ctx.store.peek(doc.uri)?.error ? ctx.store.peek(doc.uri)?.file : undefined);
    // Whole words only: a selection that starts or ends inside a word is widened to it.
    const [start, end] = widenToWords(doc.getText(), doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
    const text = doc.getText().slice(start, end);
    if (!text) return undefined;
    // From a menu the first argument is the document's URI: only a label given by name counts.
    const given = typeof label === 'string' && (LABELS as readonly string[]).includes(label) ? label : undefined;
    const chosen = given ?? await pickLabel(text);
    if (!chosen) return undefined;
    // A target starts from the goal the engine reads in its sentence (indicator, province, deadline), to correct.
    const around = chosen === 'target' ? targetContext(doc.getText(), [start, end], ctx.review.forDocument(doc)) : {};
    const read = given && attrs && typeof attrs === 'object' ? attrs : await firstReading(chosen, text, ctx.review.forDocument(doc).provinces[0]?.name);
    if (!read) return undefined;
    const reading: Attributes = { ...around, ...read };
    if (chosen === 'target') for (const k of ['indicator', 'province', 'deadline', 'period'] as const) if (!read[k] && around[k]) reading[k] = around[k];
    // The engine found exactly this: annotating it is editing it.
    const rd = ctx.review.forDocument(doc);
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
    const label = opts.label ?? await pickLabel(phrase);
    if (!label) return undefined;
    const attrs = opts.attrs ?? await firstReading(label, phrase, editor ? ctx.review.forDocument(editor.document).provinces[0]?.name : undefined);
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
      await ctx.store.load(uri);
      const taken = new Set(ctx.store.forDocument(doc).filter((a) => family(a.label) === family(label)).map((a) => `${a.start}:${a.end}`));
      const engine = ctx.review.forDocument(doc).entities;
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
    const mark = ctx.store.undoMark();
    const byDoc = new Map<vscode.TextDocument, Hit[]>();
    for (const h of chosen) byDoc.set(h.doc, [...(byDoc.get(h.doc) ?? []), h]);
    let n = 0;
    try {
      for (const [doc, list] of byDoc) {
        await ctx.store.update(doc.uri, (current) => {
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
      ctx.store.squashUndo(mark, `annotate ${n} × “${phrase}”`);
    }
    void vscode.window.showInformationMessage(`chitieu: annotated ${n} occurrence${n === 1 ? '' : 's'} of “${phrase}” as ${LABEL_TEXT[label]} in ${byDoc.size} document${byDoc.size === 1 ? '' : 's'}. (Undo: “chitieu: Undo last annotation change”.)`);
    return n;
  }

  async function nextUnreviewed() {
    const editor = vscode.window.activeTextEditor;
    const enabled = ctx.config().highlight;
    const cat = (l: Label): Category => (l === 'target' ? 'targets' : l === 'amount' ? 'amounts' : l === 'deadline' ? 'deadlines' : 'provinces');
    if (editor) {
      await ctx.store.load(editor.document.uri);
      const rd = ctx.review.forDocument(editor.document);
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
    const label = await ctx.store.undo();
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


// ------------------------------------------------------------------ dialogs

async function pickLabel(text: string): Promise<Label | undefined> {
  const guess = guessLabel(text);
  const items = (['target', 'amount', 'deadline', 'province', 'goal'] as Label[]).map((l) => ({ label: LABEL_TEXT[l], value: l, description: l === guess ? 'what chitieu reads here' : undefined }));
  items.sort((a, b) => (a.value === guess ? -1 : b.value === guess ? 1 : 0));
  return (await vscode.window.showQuickPick(items, { title: `Annotate “${text.slice(0, 60)}” as…` }))?.value;
}

function guessLabel(text: string): Label | undefined {
  const e = extract(text).entities[0];
  return e ? entityLabel(e) : undefined;
}

/** What the engine reads in the selected text, as attributes of the chosen label (a starting point to correct). */
export function readingOf(label: Label, text: string, province?: string): Attributes {
  const entities = extract(text).entities;
  const want = label === 'target' || label === 'amount' ? 'amount' : label === 'deadline' ? 'time' : label === 'province' ? 'province' : undefined;
  const e = entities.find((x) => x.type === want);
  const attrs: Attributes = e ? entityAttributes(e) : {};
  if (label === 'target') { delete attrs.role; if (province) attrs.province = province; }
  if (label === 'amount' && !attrs.role) attrs.role = 'other';
  if (label === 'goal') { attrs.indicator = text.replace(/\s+/g, ' ').slice(0, 120); if (province) attrs.province = province; }
  return attrs;
}

/** The engine's reading, then the one attribute that matters most, typed and checked. */
async function firstReading(label: Label, text: string, province?: string): Promise<Attributes | undefined> {
  const attrs = readingOf(label, text, province);
  const main: keyof Attributes = label === 'target' || label === 'amount' ? 'value' : label === 'deadline' ? 'end' : label === 'province' ? 'province' : 'indicator';
  const patch = await askAttribute(main, attrs, label === 'target' || label === 'amount' ? text : undefined);
  return patch && { ...attrs, ...patch };
}

function describe(a: Attributes): string {
  const parts: string[] = [];
  if (a.value !== undefined) parts.push(`${a.qualifier ? a.qualifier.replace('_', ' ') + ' ' : ''}${groupDigits(a.value)}${a.max !== undefined ? `–${groupDigits(a.max)}` : ''}${a.unit ? (a.unit === '%' ? '%' : ` ${a.unit}`) : ''}`);
  if (a.kind) parts.push(`${a.kind} ${a.start ?? ''}${a.end && a.end !== a.start ? `–${a.end}` : ''}`.trim());
  if (a.province) parts.push(a.province);
  if (a.indicator) parts.push(a.indicator.slice(0, 40));
  if (a.deadline) parts.push(`by ${a.deadline}`);
  return parts.join(', ') || 'no attributes';
}

const ENUMS: Partial<Record<keyof Attributes, readonly string[]>> = {
  qualifier: ['(none)', 'more_than', 'nearly', 'about', 'at_least', 'at_most'],
  role: ['target', 'actual', 'other'],
  kind: ['deadline', 'period', 'point', 'date', 'after'],
};

const show = (k: keyof Attributes, v: unknown) => (v === undefined || v === '' ? '—' : typeof v === 'number' && (k === 'value' || k === 'max') ? groupDigits(v) : String(v));

/** Asks for one attribute; returns the attributes to change, or undefined when cancelled. */
export async function askAttribute(k: keyof Attributes, current: Attributes, typed?: string): Promise<Attributes | undefined> {
  const enumValues = ENUMS[k];
  if (enumValues) {
    const pick = await vscode.window.showQuickPick(enumValues.map((v) => ({ label: v, picked: current[k] === v })), { title: `${k}: now ${show(k, current[k])}` });
    if (!pick) return undefined;
    return { [k]: pick.label === '(none)' ? undefined : pick.label } as Attributes;
  }
  const validators: Partial<Record<keyof Attributes, (s: string) => Parsed<unknown>>> = {
    value: parseAmountInput, max: parseAmountInput, start: parseDateInput, end: parseDateInput,
    deadline: (s) => (s.trim() ? parseDateInput(s) : { ok: true, value: '' }),
    period: (s) => (s.trim() ? parsePeriodInput(s) : { ok: true, value: '' }),
    province: (s) => (s.trim() ? parseProvinceInput(s) : { ok: true, value: '' }),
    indicator: (s) => (s.trim() ? { ok: true, value: s.trim().replace(/\s+/g, ' ') } : { ok: false, error: 'Type what is measured, e.g. giá trị sản xuất công nghiệp.' }),
    unit: (s) => ({ ok: true, value: normaliseUnitInput(s) }),
  };
  const check = validators[k] ?? ((s: string) => ({ ok: true, value: s }));
  const prompts: Partial<Record<keyof Attributes, string>> = {
    value: 'Value: a number as written in Vietnamese or plain (450 nghìn tỷ đồng, 2,5 triệu, 1.234,5, 25%)',
    max: 'Upper bound of a range (a number)',
    start: 'Start: a year or a date (2021, 6/2025, 31/12/2025)',
    end: 'End: a year or a date (2025, 12/2025, 31/12/2025)',
    deadline: 'Deadline: a year or a date (2025, 12/2030, 31/12/2025); empty for none',
    period: 'Period: two years (2021-2025); empty for none',
    province: 'Province (Thanh Hóa, Hải Phòng, TP. Hồ Chí Minh …); empty for none',
    indicator: 'Indicator: what is measured',
    unit: 'Unit (VND, USD, %, ha, MW, dự án …)',
  };
  const initial = typed ?? (k === 'value' && current.value !== undefined ? String(current.value).replace('.', ',') : current[k] !== undefined ? String(current[k]) : '');
  const input = await vscode.window.showInputBox({
    title: `chitieu: ${k}`, prompt: prompts[k] ?? k, value: initial, ignoreFocusOut: true,
    validateInput: (s) => { const r = check(s); return r.ok ? undefined : r.error; },
  });
  if (input === undefined) return undefined;
  const r = check(input);
  if (!r.ok) return undefined;
  if (k === 'value') {
    const v = r.value as { value: number; max?: number; unit?: string; qualifier?: Attributes['qualifier'] };
    return { value: v.value, max: v.max, unit: v.unit ?? current.unit, qualifier: v.qualifier ?? current.qualifier };
  }
  if (k === 'max') return { max: (r.value as { value: number }).value };
  return { [k]: r.value === '' ? '' : r.value } as Attributes;
}

/** The edit dialog: pick an attribute, type it (checked as typed), repeat; Save writes, Escape leaves all as it was. */
async function editDialog(s: Subject): Promise<EditPatch | undefined> {
  let attrs: Attributes = { ...s.attrs };
  let label = s.label;
  let note = s.existing?.note ?? '';
  for (;;) {
    type Item = vscode.QuickPickItem & { key: 'save' | 'label' | 'note' | keyof Attributes };
    const items: Item[] = [
      { label: '$(check) Save', key: 'save', description: describe(attrs) },
      ...(label === 'target' || label === 'amount' ? [{ label: 'label', description: LABEL_TEXT[label], key: 'label' as const }] : []),
      ...ATTRIBUTES_OF[label].filter((k) => !(label === 'amount' && k === 'role')).map((k): Item => ({ label: k, description: show(k, attrs[k]), key: k })),
      ...(label === 'amount' ? [{ label: 'role', description: show('role', attrs.role), key: 'role' as const }] : []),
      { label: 'note', description: note || '—', key: 'note' },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `Edit ${LABEL_TEXT[label]} “${s.text.slice(0, 50)}”`, placeHolder: 'Pick what to correct; Save when done (Escape discards)', ignoreFocusOut: true });
    if (!pick) return undefined;
    if (pick.key === 'save') return { label, attrs, note };
    if (pick.key === 'label') {
      const l = await vscode.window.showQuickPick([{ label: 'target', value: 'target' as const }, { label: 'amount', value: 'amount' as const }], { title: 'Is it a target (to be reached) or another amount?' });
      if (l) { label = l.value; if (label === 'target') delete attrs.role; else attrs.role = attrs.role ?? 'actual'; }
      continue;
    }
    if (pick.key === 'note') {
      const n = await vscode.window.showInputBox({ title: 'chitieu: note', prompt: 'A note for this annotation (kept in the annotation file and exports)', value: note });
      if (n !== undefined) note = n.trim();
      continue;
    }
    const patch = await askAttribute(pick.key, attrs);
    if (patch) attrs = { ...attrs, ...patch };
  }
}
