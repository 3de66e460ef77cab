/** The number of targets in the active document; a click focuses the goals tree. */
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis';
import { COMMANDS } from './ids';

export class TargetStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('chitieu.targets', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly cache: AnalysisCache) {
    this.item.name = 'chitieu targets';
    this.item.command = COMMANDS.focusGoals;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      cache.onDidAnalyse(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const a = editor ? this.cache.get(editor.document) : undefined;
    if (!a || !a.vietnamese) { this.item.hide(); return; }
    const goals = a.result.goals.length;
    const targets = a.result.entities.filter((e) => e.type === 'amount' && e.role === 'target').length;
    this.item.text = `$(target) ${goals} goal${goals === 1 ? '' : 's'}`;
    this.item.tooltip = `chitieu: ${goals} goals, ${targets} target amounts in this document — click to show the goals tree`;
    this.item.show();
  }

  get text(): string { return this.item.text; }

  dispose(): void { this.item.dispose(); for (const d of this.disposables) d.dispose(); }
}
