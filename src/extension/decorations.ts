/**
 * Highlights: targets (amounts to be reached), other amounts, time expressions and provinces, each
 * with its own decoration type and theme colour, marks in the overview ruler, re-drawn after a
 * debounce on edits. Very large documents are decorated around their visible ranges first.
 */
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis';
import type { ChitieuConfig } from './config';
import { COLORS, type Category, CATEGORIES } from './ids';

const VISIBLE_ONLY_ABOVE = 20_000; // entities; above this, decorate visible ranges (± a margin) only
const MARGIN_LINES = 200;

function makeTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(id);
  return {
    targets: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.target), border: '1px solid', borderColor: color(COLORS.targetBorder), borderRadius: '2px',
      fontWeight: 'bold', overviewRulerColor: color(COLORS.rulerTarget), overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
    amounts: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.amount), borderRadius: '2px',
      overviewRulerColor: color(COLORS.rulerAmount), overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
    deadlines: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.deadline), textDecoration: 'underline dotted',
      overviewRulerColor: color(COLORS.rulerDeadline), overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    provinces: vscode.window.createTextEditorDecorationType({ backgroundColor: color(COLORS.province), fontStyle: 'italic' }),
  };
}

export class DecorationController implements vscode.Disposable {
  private readonly types = makeTypes();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The ranges last applied, per editor document and category (read by tests and the bench). */
  readonly applied = new Map<string, Record<Category, vscode.Range[]>>();

  constructor(private readonly cache: AnalysisCache, private config: () => ChitieuConfig, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if ((this.cache.peek(e.textEditor.document)?.result.entities.length ?? 0) > VISIBLE_ONLY_ABOVE) this.schedule(e.textEditor.document, 50);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.schedule(e.document); }),
      vscode.workspace.onDidCloseTextDocument((d) => { this.applied.delete(d.uri.toString()); this.cache.forget(d.uri); }),
    );
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  schedule(doc: vscode.TextDocument, delay = this.config().debounceMs): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) this.apply(editor);
    }, delay));
  }

  /** Computes and applies the decorations of one editor now. */
  apply(editor: vscode.TextEditor): Record<Category, vscode.Range[]> {
    const doc = editor.document;
    const analysis = this.cache.get(doc);
    const enabled = this.config().highlight;
    const ranges: Record<Category, vscode.Range[]> = { targets: [], amounts: [], deadlines: [], provinces: [] };
    if (analysis.vietnamese) {
      const entities = analysis.result.entities;
      let window: [number, number] | undefined;
      if (entities.length > VISIBLE_ONLY_ABOVE && editor.visibleRanges.length) {
        const first = editor.visibleRanges[0].start.line, last = editor.visibleRanges[editor.visibleRanges.length - 1].end.line;
        window = [doc.offsetAt(new vscode.Position(Math.max(0, first - MARGIN_LINES), 0)), doc.offsetAt(new vscode.Position(last + MARGIN_LINES, 0))];
      }
      for (const e of entities) {
        if (window && (e.span[1] < window[0] || e.span[0] > window[1])) continue;
        const cat: Category = e.type === 'amount' ? (e.role === 'target' ? 'targets' : 'amounts') : e.type === 'time' ? 'deadlines' : 'provinces';
        if (!enabled[cat]) continue;
        ranges[cat].push(new vscode.Range(doc.positionAt(e.span[0]), doc.positionAt(e.span[1])));
      }
    }
    for (const c of CATEGORIES) editor.setDecorations(this.types[c], ranges[c]);
    this.applied.set(doc.uri.toString(), ranges);
    return ranges;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
    for (const c of CATEGORIES) this.types[c].dispose();
    this.log.trace('decorations disposed');
  }
}
