/**
 * The charts' commands: *chitieu: Show Charts* (also a button in the goals view's title), and from a
 * goal in the goals tree or a row of the goals table (its context menu, buttons and keys)
 * *Chart This Indicator* (targets by province for its indicator group and deadline year) and
 * *Target Changes for This Province* (its province and indicator group across documents).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../platform/ids';
import type { GoalNode } from '../views/goalsTree';
import type { ChartsPanel } from '../views/chartsPanel';
import { GOALS_TABLE_VIEW_TYPE, type GoalsTablePanel } from '../views/goalsTablePanel';
import { parseRowContext } from '../../webview/goalsTable/protocol';
import type { ChitieuCommand } from './commandKit';

type GoalItem = Extract<GoalNode, { kind: 'goal' | 'evidence' }>;
const isGoalItem = (x: unknown): x is GoalItem => typeof x === 'object' && x !== null && ((x as GoalNode).kind === 'goal' || (x as GoalNode).kind === 'evidence')
  && (x as GoalItem).uri instanceof vscode.Uri && Array.isArray((x as GoalItem).goal?.span);

export function chartCommands(charts: ChartsPanel, table?: GoalsTablePanel): ChitieuCommand[] {
  const forGoal = (view: 'provinces' | 'changes') => (arg?: unknown) => {
    // A goals table row's context menu gives its row id: only a row the table sent is charted.
    const row = table && parseRowContext(arg, GOALS_TABLE_VIEW_TYPE);
    const node = row ? table.goalNode(row.rowId) : arg;
    if (row && !node) return false;
    const selection = isGoalItem(node) ? charts.selectionFor(node.uri, node.goal.span, node.goal.province, view) : undefined;
    charts.show(selection ?? { view });
    return true;
  };
  return [
    { id: COMMANDS.showCharts, execute: () => { charts.show(); return true; } },
    { id: COMMANDS.chartIndicator, execute: forGoal('provinces') },
    { id: COMMANDS.chartTargetChanges, execute: forGoal('changes') },
  ];
}
