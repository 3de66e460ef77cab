/**
 * Goals and time expressions as document symbols, so the Outline view and breadcrumbs show them:
 * the reviewed ones (a rejected goal or time is not listed; an edited one shows its corrected values).
 */
import * as vscode from 'vscode';
import type { DocumentModel } from '../model/documentModel';
import { DOCUMENT_SELECTOR } from '../platform/documents';
import { amountText, deadlineText, timeKindWord, timeText, type Lang } from '../../format';

export class ChitieuSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly model: DocumentModel, private readonly lang: () => Lang) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const lang = this.lang();
    const analysis = await this.model.analyse(doc);
    if (!analysis.vietnamese || doc.version !== analysis.version) return [];
    const reviewed = this.model.reviewedOf(doc, analysis);
    const range = (s: number, e: number) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const out: vscode.DocumentSymbol[] = [];
    for (const g of reviewed.goals) {
      if (g.state === 'rejected') continue;
      const value = g.value !== undefined ? amountText({ value: g.value, max: g.max, unit: g.unit ?? '', qualifier: g.qualifier }, lang) : '';
      const name = `${g.indicator || (lang === 'vi' ? 'mục tiêu' : 'goal')}${value ? `: ${value}` : ''}`;
      const detail = [g.province ?? '', g.deadline ? deadlineText(g.deadline, lang) : ''].filter(Boolean).join(' · ');
      const r = range(g.span[0], g.span[1]);
      out.push(new vscode.DocumentSymbol(name, detail, g.quantitative ? vscode.SymbolKind.Number : vscode.SymbolKind.Event, r, r));
    }
    for (const e of reviewed.entities) {
      if (e.label !== 'deadline' || e.state === 'rejected') continue;
      const r = range(e.span[0], e.span[1]);
      const t = { kind: e.attrs.kind ?? 'point', start: e.attrs.start, end: e.attrs.end };
      out.push(new vscode.DocumentSymbol(e.text.replace(/\s+/g, ' '), `${timeKindWord(t.kind, lang)} · ${timeText(t, lang)}`, vscode.SymbolKind.Constant, r, r));
    }
    return out.sort((a, b) => a.range.start.compareTo(b.range.start));
  }
}

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
