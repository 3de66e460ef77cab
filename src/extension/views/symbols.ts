/**
 * Goals and time expressions as document symbols, so the Outline view and breadcrumbs show them:
 * the reviewed ones (a rejected goal or time is not listed; an edited one shows its corrected values).
 * A document with very many time expressions lists its goals alone (see MAX_OUTLINED_TIMES).
 */
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../model/documentAnalysis';
import type { DocumentModel } from '../model/documentModel';
import type { Goal, TimeKind } from '../../engine';
import { DOCUMENT_SELECTOR } from '../platform/documents';
import { amountText, deadlineText, timeKindWord, timeText, type Lang } from '../../format';

/**
 * Above this many time expressions the Outline lists the goals alone (each with its deadline in its
 * detail). VS Code asks for a document's symbols as it opens and after each edit, and serialises
 * every one to the window: a 1 MB plan's 2,000+ time expressions held the extension host for
 * 300–400 ms each time, and a list that long is not one a reader scrolls through.
 */
export const MAX_OUTLINED_TIMES = 1000;

export class ChitieuSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly model: DocumentModel, private readonly lang: () => Lang) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const lang = this.lang();
    const analysis = await this.model.analyse(doc);
    if (!analysis.vietnamese || doc.version !== analysis.version) return [];
    const { goals, deadlines } = this.listed(doc, analysis);
    const range = (s: number, e: number) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const out: vscode.DocumentSymbol[] = [];
    for (const g of goals) {
      const value = g.value !== undefined ? amountText({ value: g.value, max: g.max, unit: g.unit ?? '', qualifier: g.qualifier }, lang) : '';
      const name = `${g.indicator || (lang === 'vi' ? 'mục tiêu' : 'goal')}${value ? `: ${value}` : ''}`;
      const detail = [g.province ?? '', g.deadline ? deadlineText(g.deadline, lang) : ''].filter(Boolean).join(' · ');
      const r = range(g.span[0], g.span[1]);
      out.push(new vscode.DocumentSymbol(name, detail, g.quantitative ? vscode.SymbolKind.Number : vscode.SymbolKind.Event, r, r));
    }
    for (const d of deadlines.length > MAX_OUTLINED_TIMES ? [] : deadlines) {
      const r = range(d.span[0], d.span[1]);
      const t = { kind: d.kind ?? 'point', start: d.start, end: d.end };
      out.push(new vscode.DocumentSymbol(d.text.replace(/\s+/g, ' '), `${timeKindWord(t.kind, lang)} · ${timeText(t, lang)}`, vscode.SymbolKind.Constant, r, r));
    }
    return out.sort((a, b) => a.range.start.compareTo(b.range.start));
  }

  /**
   * The goals and deadlines to list: the reviewed ones a reviewer has not rejected. A document with
   * no annotations lists the engine's own (the review would change nothing, and VS Code asks for
   * symbols as soon as a document opens: reviewing a large one's thousands of items held the
   * extension host).
   */
  private listed(doc: vscode.TextDocument, analysis: DocumentAnalysis): { goals: readonly Goal[]; deadlines: Deadline[] } {
    if (!this.model.annotated(doc)) {
      const deadlines: Deadline[] = [];
      const entities = analysis.result.entities; // (an index loop: no iterator per step before V8 optimises this)
      for (let i = 0; i < entities.length; i++) { const e = entities[i]; if (e.type === 'time') deadlines.push({ text: e.text, span: e.span, kind: e.kind, start: e.start, end: e.end }); }
      return { goals: analysis.result.goals, deadlines };
    }
    const reviewed = this.model.reviewedOf(doc, analysis);
    return {
      goals: reviewed.goals.filter((g) => g.state !== 'rejected'),
      deadlines: reviewed.entities.filter((e) => e.label === 'deadline' && e.state !== 'rejected')
        .map((e) => ({ text: e.text, span: e.span, kind: e.attrs.kind, start: e.attrs.start, end: e.attrs.end })),
    };
  }
}

/** A deadline as the Outline lists it. */
interface Deadline { text: string; span: readonly [number, number]; kind?: TimeKind; start?: string; end?: string }

/**
 * Registers the symbol provider. VS Code keeps a document's Outline until its text changes or the
 * providers change; a review changes what the Outline lists without changing the text, so the
 * provider is registered again after an annotation change (which makes VS Code ask again).
 */
export class OutlineRegistration implements vscode.Disposable {
  private registration: vscode.Disposable;
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly model: DocumentModel, private readonly lang: () => Lang) {
    this.registration = this.register();
    this.subscription = model.store.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => { this.registration.dispose(); this.registration = this.register(); }, 50);
    });
  }

  private register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(DOCUMENT_SELECTOR, new ChitieuSymbolProvider(this.model, this.lang), { label: 'chitieu goals' });
  }

  dispose(): void { clearTimeout(this.timer); this.subscription.dispose(); this.registration.dispose(); }
}
