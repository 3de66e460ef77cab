/** Goals and time expressions as document symbols, so the Outline view and breadcrumbs show them. */
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis';
import { amountValue, timeInterval } from './present';

export class ChitieuSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    const analysis = this.cache.get(doc);
    if (!analysis.vietnamese) return [];
    const range = (s: number, e: number) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const out: vscode.DocumentSymbol[] = [];
    for (const g of analysis.result.goals) {
      const value = g.value !== undefined ? amountValue({ value: g.value, max: g.max, unit: g.unit ?? '', qualifier: g.qualifier }) : '';
      const name = `${g.indicator || 'goal'}${value ? `: ${value}` : ''}`;
      const detail = [g.province ?? '', g.deadline ? `by ${g.deadline}` : ''].filter(Boolean).join(' · ');
      const r = range(g.span[0], g.span[1]);
      out.push(new vscode.DocumentSymbol(name, detail, g.quantitative ? vscode.SymbolKind.Number : vscode.SymbolKind.Event, r, r));
    }
    for (const e of analysis.result.entities) {
      if (e.type !== 'time') continue;
      const r = range(e.span[0], e.span[1]);
      out.push(new vscode.DocumentSymbol(e.text.replace(/\s+/g, ' '), `${e.kind} · ${timeInterval(e)}`, vscode.SymbolKind.Constant, r, r));
    }
    return out.sort((a, b) => a.range.start.compareTo(b.range.start));
  }
}
