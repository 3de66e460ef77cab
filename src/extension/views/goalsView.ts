/**
 * The goals view around the tree: its description and badge (counts, grouping, filter, indexing
 * progress) and the context key `chitieu.treeState` that picks its empty-state text (package.json
 * `viewsWelcome`): indexing…, chitieu turned off, no Vietnamese files, or everything filtered out.
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import type { ChitieuConfig } from '../platform/config';
import { CONTEXT_KEYS, GOALS_VIEW, type TreeState } from '../platform/ids';
import { t } from '../platform/l10n';
import type { GoalNode, GoalsTreeProvider } from './goalsTree';

const GROUP_WORD = { province: (n: number) => t('{0} provinces', n), year: (n: number) => t('{0} years', n), document: (n: number) => t('{0} documents', n) } as const;

const GROUPED_BY = { province: () => t('Grouped by province'), year: () => t('Grouped by deadline year'), document: () => t('Grouped by document') } as const;

export class GoalsView implements vscode.Disposable {
  readonly view: vscode.TreeView<GoalNode>;
  /** The value last given to the context key `chitieu.treeState` (read by tests). */
  state: TreeState | undefined;
  /** The last states given to it, oldest first (read by tests: a short state is easily missed). */
  readonly history: TreeState[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly tree: GoalsTreeProvider, private readonly index: WorkspaceIndex, private readonly config: () => ChitieuConfig) {
    this.view = vscode.window.createTreeView(GOALS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
    // The state follows the tree (rebuilt shortly after each index change), so it never reads a tree not yet rebuilt.
    this.disposables.push(this.view, index.onDidChange(() => this.describe()), tree.onDidChangeTreeData(() => this.update()));
    this.update();
  }

  /** The state the empty tree explains. */
  private treeState(): TreeState {
    if (this.config().enable === 'never') return 'disabled';
    if (this.tree.goalCount > 0) return 'ready';
    if (this.index.indexing) return 'indexing';
    return this.tree.totalCount > 0 ? 'filtered' : 'noDocuments';
  }

  /** The description, the badge and the empty-state context key. */
  update(): void {
    this.describe();
    const state = this.treeState();
    if (state !== this.state) {
      this.state = state;
      this.history.push(state);
      if (this.history.length > 20) this.history.shift();
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.treeState, state);
    }
  }

  private describe(): void {
    const tree = this.tree, n = tree.goalCount;
    const progress = this.index.progress;
    const indexing = progress ? `${t('indexing {0} / {1} files', progress.done, progress.total || '…')} · ` : '';
    const goals = n === 1 ? t('1 goal') : t('{0} goals', n);
    const groups = GROUP_WORD[tree.grouping](tree.groupCount);
    const unreviewed = tree.unreviewedOnly ? t('unreviewed only') : t('{0} unreviewed', tree.unreviewedCount);
    // The filter first: the view's header cuts the description at the side bar's width.
    const filter = tree.filter ? `${t('filter “{0}”', tree.filter)} · ` : '';
    const description = `${indexing}${filter}${goals} · ${groups} · ${unreviewed}`;
    // Each setting is a message to the window: only what changed is set (a folder of 10,000 files deleted fires thousands of changes).
    if (description !== this.view.description) this.view.description = description;
    if ((this.view.badge?.value ?? 0) !== n) this.view.badge = n ? { value: n, tooltip: t('{0} goals', n) } : undefined;
    // What narrows or orders the tree, said above it whenever it is not the plain default (all goals by province).
    const shown = tree.filter || tree.unreviewedOnly ? t('{0} of {1} goals shown', n, tree.totalCount) : '';
    const parts = [
      tree.grouping !== 'province' || shown ? GROUPED_BY[tree.grouping]() : '',
      tree.filter ? t('filter: “{0}” (without diacritics or case)', tree.filter) : '',
      tree.unreviewedOnly ? t('unreviewed only') : '',
      shown,
    ].filter(Boolean);
    const message = parts.length ? parts.join(' · ') : undefined;
    if (message !== this.view.message) this.view.message = message;
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}
