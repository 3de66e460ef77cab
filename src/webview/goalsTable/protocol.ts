/**
 * The messages between the goals table's webview and the extension, and their validation. Each side
 * checks what it receives: the webview may run content from documents, the extension may be another
 * version after an update. Pure TypeScript (no `vscode`, no DOM): imported by both sides and tested in Node.
 */
import type { GoalRow } from '../../research/goalTable';
import type { ReviewState } from '../../annotations/model';

/** The extension → the webview: every goal of the workspace, reviewed (rejected ones marked). */
export interface RowsMessage { type: 'rows'; rows: GoalRow[] }
export type HostMessage = RowsMessage;

/** The webview → the extension. `ids` are row ids the extension sent, in the order shown. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'open'; id: string }
  | { type: 'copy'; ids: string[] }
  | { type: 'exportCsv'; ids: string[] }
  | { type: 'review'; action: ReviewAction; ids: string[] }
  /** Opens the charts on a row's indicator group: by province for its deadline year, or its province's target changes. */
  | { type: 'chart'; view: ChartRowView; id: string };

export type ChartRowView = 'provinces' | 'changes';
const CHART_VIEWS: readonly ChartRowView[] = ['provinces', 'changes'];

/** Review actions on rows: what the editor's and the tree's commands do (edit: one row at a time). */
export type ReviewAction = 'confirm' | 'reject' | 'edit';
const ACTIONS: readonly ReviewAction[] = ['confirm', 'reject', 'edit'];

const MAX_ID = 4096;
const MAX_IDS = 1_000_000;
const STATES: readonly ReviewState[] = ['unreviewed', 'confirmed', 'rejected', 'edited', 'manual'];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_ID;
const optional = (x: unknown, ok: (v: unknown) => boolean) => x === undefined || ok(x);
const isString = (x: unknown) => typeof x === 'string';
const isNumber = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

/** A message from the webview, or undefined when it is not one the extension knows (then it is ignored). */
export function parseWebviewMessage(x: unknown): WebviewMessage | undefined {
  if (!isObject(x)) return undefined;
  switch (x.type) {
    case 'ready': return { type: 'ready' };
    case 'open': return isId(x.id) ? { type: 'open', id: x.id } : undefined;
    case 'chart': return isId(x.id) && CHART_VIEWS.includes(x.view as ChartRowView) ? { type: 'chart', view: x.view as ChartRowView, id: x.id } : undefined;
    case 'copy':
    case 'exportCsv': {
      const ids = x.ids;
      if (!Array.isArray(ids) || ids.length > MAX_IDS || !ids.every(isId)) return undefined;
      return { type: x.type, ids: [...ids] };
    }
    case 'review': {
      const ids = x.ids;
      if (!ACTIONS.includes(x.action as ReviewAction) || !Array.isArray(ids) || ids.length === 0 || ids.length > 1000 || !ids.every(isId)) return undefined;
      if (x.action === 'edit' && ids.length !== 1) return undefined;
      return { type: 'review', action: x.action as ReviewAction, ids: [...ids] };
    }
    default: return undefined;
  }
}

/** The section a goal row's context menu names (`webview/context` menus, `webviewSection == 'goal'`). */
export const ROW_SECTION = 'goal';

/**
 * The argument VS Code gives a `webview/context` menu command: the row's `data-vscode-context`
 * (`{"webviewSection": "goal", "rowId": …}`) with the webview's id (`webview`). Undefined when it is not a goal row's
 * (the row must still be one the table sent: the extension checks).
 */
export function parseRowContext(x: unknown, viewType: string): { rowId: string } | undefined {
  if (!isObject(x) || (x.webview !== undefined && x.webview !== viewType) || x.webviewSection !== ROW_SECTION || !isId(x.rowId)) return undefined;
  return { rowId: x.rowId };
}

/** Whether a value is a goal row as the extension sends it (the webview shows nothing else). */
export function isGoalRow(x: unknown): x is GoalRow {
  if (!isObject(x)) return false;
  const span = x.span;
  return isId(x.id) && isString(x.document) && isString(x.indicator) && isString(x.indicatorGroup) && isString(x.evidence)
    && (x.province === null || isString(x.province)) && (x.unit2025 === null || isString(x.unit2025))
    && typeof x.quantitative === 'boolean' && STATES.includes(x.state as ReviewState)
    && Array.isArray(span) && span.length === 2 && span.every(isNumber)
    && optional(x.value, isNumber) && optional(x.max, isNumber)
    && ['unit', 'qualifier', 'deadline', 'period', 'documentDate'].every((k) => optional(x[k], isString));
}

/** A message from the extension, or undefined when it is malformed (rows that are not goal rows reject the whole message). */
export function parseHostMessage(x: unknown): HostMessage | undefined {
  if (!isObject(x) || x.type !== 'rows' || !Array.isArray(x.rows)) return undefined;
  return x.rows.every(isGoalRow) ? { type: 'rows', rows: x.rows } : undefined;
}
