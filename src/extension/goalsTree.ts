/**
 * The goals tree: group (province, deadline year or document) → goal → where it is stated. Filtered
 * by text, counted in the view's description and badge, regrouped by command. Provinces are shown as
 * written or grouped by their 2025 unit (setting `chitieu.tree.provinceGrouping`).
 */
import * as vscode from 'vscode';
import type { Goal } from '../engine';
import type { WorkspaceIndex } from './workspaceIndex';
import type { ChitieuConfig } from './config';
import { COMMANDS } from './ids';
import { goalSummary } from './present';
import { PROVINCES } from '../engine';

export type Grouping = 'province' | 'year' | 'document';

const EXPAND_UP_TO = 300;

export type GoalNode =
  | { kind: 'group'; label: string; goals: Array<{ uri: vscode.Uri; goal: Goal; index: number }> }
  | { kind: 'goal'; uri: vscode.Uri; goal: Goal; index: number; group: string }
  | { kind: 'evidence'; uri: vscode.Uri; goal: Goal; index: number };

const UNIT_2025 = new Map<string, string>();
for (const r of PROVINCES) {
  if (r.era === 'old') UNIT_2025.set(r.name, PROVINCES.find((n) => n.id === r.successor)?.name ?? r.name);
}

export class GoalsTreeProvider implements vscode.TreeDataProvider<GoalNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GoalNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  grouping: Grouping = 'province';
  filter = '';
  private roots: GoalNode[] = [];
  private readonly disposable: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex, private config: () => ChitieuConfig) {
    this.disposable = index.onDidChange(() => this.rebuild());
  }

  rebuild(): void {
    const groups = new Map<string, Extract<GoalNode, { kind: 'group' }>>();
    const needle = this.filter.toLocaleLowerCase('vi');
    const byUnit = this.config().provinceGrouping === 'unit2025';
    for (const d of this.index.documents) {
      d.result.goals.forEach((goal, index) => {
        if (needle && !`${goal.indicator} ${goal.evidence} ${goal.province ?? ''}`.toLocaleLowerCase('vi').includes(needle)) return;
        const label = this.grouping === 'province' ? (byUnit ? UNIT_2025.get(goal.province ?? '') ?? goal.province : goal.province) ?? '(no province)'
          : this.grouping === 'year' ? goal.deadline?.slice(0, 4) ?? '(no deadline)'
            : vscode.workspace.asRelativePath(d.uri);
        let g = groups.get(label);
        if (!g) { g = { kind: 'group', label, goals: [] }; groups.set(label, g); }
        g.goals.push({ uri: d.uri, goal, index });
      });
    }
    this.roots = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    this.count = this.roots.reduce((n, g) => n + (g.kind === 'group' ? g.goals.length : 0), 0);
    this.changed.fire(undefined);
  }

  private count = 0;
  get goalCount(): number { return this.count; }
  get groupCount(): number { return this.roots.length; }

  getChildren(node?: GoalNode): GoalNode[] {
    if (!node) return this.roots;
    if (node.kind === 'group') {
      const group = node.label;
      return node.goals.map((x) => ({ kind: 'goal', uri: x.uri, goal: x.goal, index: x.index, group }));
    }
    if (node.kind === 'goal') return [{ kind: 'evidence', uri: node.uri, goal: node.goal, index: node.index }];
    return [];
  }

  getParent(node: GoalNode): GoalNode | undefined {
    if (node.kind === 'group') return undefined;
    const uri = node.uri.toString(), index = node.index;
    const root = this.roots.find((r): r is Extract<GoalNode, { kind: 'group' }> => r.kind === 'group' && r.goals.some((x) => x.uri.toString() === uri && x.index === index));
    if (!root) return undefined;
    if (node.kind === 'goal') return root;
    return { kind: 'goal', uri: node.uri, goal: node.goal, index: node.index, group: root.label };
  }

  /** The tree node of a goal, for `reveal`. */
  findGoal(uri: string, index: number): GoalNode | undefined {
    for (const r of this.roots) {
      if (r.kind !== 'group') continue;
      const x = r.goals.find((g) => g.uri.toString() === uri && g.index === index);
      if (x) return { kind: 'goal', uri: x.uri, goal: x.goal, index: x.index, group: r.label };
    }
    return undefined;
  }

  getTreeItem(node: GoalNode): vscode.TreeItem {
    if (node.kind === 'group') {
      // Expanded while the tree is small; a large corpus opens collapsed so the view renders at once.
      const state = this.goalCount <= EXPAND_UP_TO ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(node.label, state);
      item.id = `group:${this.grouping}:${node.label}`;
      item.description = `${node.goals.length} goal${node.goals.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'province' ? 'location' : this.grouping === 'year' ? 'calendar' : 'file');
      item.contextValue = 'chitieu.group';
      return item;
    }
    const g = node.goal;
    if (node.kind === 'goal') {
      const item = new vscode.TreeItem(goalSummary(g), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `goal:${this.grouping}:${node.uri.toString()}#${node.index}`;
      item.description = this.grouping === 'document' ? g.province ?? '' : vscode.workspace.asRelativePath(node.uri);
      item.tooltip = new vscode.MarkdownString().appendText(`${goalSummary(g)}\n\n“${g.evidence.replace(/\s+/g, ' ')}”`);
      item.iconPath = new vscode.ThemeIcon(g.quantitative ? 'target' : 'milestone');
      item.command = { command: COMMANDS.openGoal, title: 'Open goal', arguments: [node.uri.toString(), g.span] };
      item.contextValue = 'chitieu.goal';
      return item;
    }
    const item = new vscode.TreeItem(`“${g.evidence.replace(/\s+/g, ' ').slice(0, 120)}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `evidence:${this.grouping}:${node.uri.toString()}#${node.index}`;
    item.description = `${vscode.workspace.asRelativePath(node.uri)} @ ${g.span[0]}`;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = { command: COMMANDS.openGoal, title: 'Open goal', arguments: [node.uri.toString(), g.span] };
    return item;
  }

  dispose(): void { this.disposable.dispose(); this.changed.dispose(); }
}
