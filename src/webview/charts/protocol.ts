/**
 * The messages between the charts' webview and the extension, and their validation: each side checks
 * what it receives (the page shows text from documents; the extension writes files the page asks for).
 * Pure TypeScript (no `vscode`, no DOM): imported by both sides and tested in Node.
 */
import type { GoalRow } from '../../research/goalTable';
import type { IndicatorGroups } from '../../research/indicatorKey';
import type { GroupEdit } from '../../annotations/indicatorGroupsFile';
import { isGoalRow } from '../goalsTable/protocol';

export type ChartView = 'provinces' | 'changes';
export const CHART_VIEWS: readonly ChartView[] = ['provinces', 'changes'];

/** What the page shows: the view and its choices (each optional: the page picks what has most data). */
export interface ChartSelection { view: ChartView; group?: string; year?: string; province?: string; unit?: string }

/** The words of the page, in the language chosen (the extension translates them, the page fills `{0}`). */
export type ChartWords = Record<string, string>;

/** The extension → the page. */
export type HostMessage =
  | { type: 'data'; rows: GoalRow[]; groups: IndicatorGroups; lang: 'vi' | 'en'; words: ChartWords; canEdit: boolean }
  | { type: 'show'; selection: ChartSelection };

/** The page → the extension. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'open'; id: string }
  | { type: 'export'; format: 'svg' | 'png'; name: string; data: string }
  | { type: 'editGroups'; edit: GroupEdit };

const MAX_ID = 4096;
const MAX_KEY = 500;
/** An exported chart: an SVG text or a PNG as a data URL, at most 40 MB. */
const MAX_EXPORT = 40 * 1024 * 1024;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;
const optionalText = (x: unknown, max: number) => x === undefined || (typeof x === 'string' && x.length <= max);

/** A file name for an export: letters, digits, `-` and `_` only (the extension adds the folder and extension). */
export function safeFileName(name: string): string {
  const s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return s || 'chart';
}

export function parseSelection(x: unknown): ChartSelection | undefined {
  if (!isObject(x) || !CHART_VIEWS.includes(x.view as ChartView)) return undefined;
  for (const k of ['group', 'year', 'province', 'unit']) if (!optionalText(x[k], MAX_KEY)) return undefined;
  const s: ChartSelection = { view: x.view as ChartView };
  for (const k of ['group', 'year', 'province', 'unit'] as const) if (typeof x[k] === 'string') s[k] = x[k] as string;
  return s;
}

export function parseGroupEdit(x: unknown): GroupEdit | undefined {
  if (!isObject(x)) return undefined;
  switch (x.kind) {
    case 'merge': return isText(x.from, MAX_KEY) && isText(x.into, MAX_KEY) && x.from !== x.into ? { kind: 'merge', from: x.from, into: x.into } : undefined;
    case 'separate': return isText(x.phrase, MAX_KEY) ? { kind: 'separate', phrase: x.phrase } : undefined;
    case 'unmerge': return isText(x.key, MAX_KEY) ? { kind: 'unmerge', key: x.key } : undefined;
    case 'rejoin': return isText(x.phrase, MAX_KEY) ? { kind: 'rejoin', phrase: x.phrase } : undefined;
    default: return undefined;
  }
}

/** A message from the page, or undefined when it is not one the extension knows (then it is ignored). */
export function parseWebviewMessage(x: unknown): WebviewMessage | undefined {
  if (!isObject(x)) return undefined;
  switch (x.type) {
    case 'ready': return { type: 'ready' };
    case 'open': return isText(x.id, MAX_ID) ? { type: 'open', id: x.id } : undefined;
    case 'export': {
      if ((x.format !== 'svg' && x.format !== 'png') || !isText(x.name, 200) || !isText(x.data, MAX_EXPORT)) return undefined;
      if (x.format === 'svg' && !/^<svg[\s>]/.test(x.data)) return undefined;
      if (x.format === 'png' && !/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/.test(x.data)) return undefined;
      return { type: 'export', format: x.format, name: safeFileName(x.name), data: x.data };
    }
    case 'editGroups': {
      const edit = parseGroupEdit(x.edit);
      return edit ? { type: 'editGroups', edit } : undefined;
    }
    default: return undefined;
  }
}

function isGroups(x: unknown): x is IndicatorGroups {
  if (!isObject(x)) return false;
  if (x.merge !== undefined && (!isObject(x.merge) || !Object.values(x.merge).every((v) => typeof v === 'string'))) return false;
  return x.split === undefined || (Array.isArray(x.split) && x.split.every((v) => typeof v === 'string'));
}

/** A message from the extension, or undefined when it is malformed (rows that are not goal rows reject the whole message). */
export function parseHostMessage(x: unknown): HostMessage | undefined {
  if (!isObject(x)) return undefined;
  if (x.type === 'show') {
    const selection = parseSelection(x.selection);
    return selection ? { type: 'show', selection } : undefined;
  }
  if (x.type !== 'data' || !Array.isArray(x.rows) || !x.rows.every(isGoalRow)) return undefined;
  if (!isGroups(x.groups) || (x.lang !== 'vi' && x.lang !== 'en') || typeof x.canEdit !== 'boolean') return undefined;
  if (!isObject(x.words) || !Object.values(x.words).every((v) => typeof v === 'string')) return undefined;
  return { type: 'data', rows: x.rows, groups: x.groups, lang: x.lang, words: x.words as ChartWords, canEdit: x.canEdit };
}
