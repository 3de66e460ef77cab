/**
 * Output formats shared by the CLI and the extension's export commands: chitieu JSON, JSON Lines,
 * CSV of goals (UTF-8 with BOM, formula-injection safe) and a readable goals-per-province tree.
 */
import type { Extraction, Goal } from '../engine/types';
import { formatNumber } from '../format';

export const FORMAT_VERSION = 1;

export interface DocumentResult extends Extraction {
  path: string;
}

/** The chitieu JSON document (`chitieu extract --format json`). */
export function toJson(docs: readonly DocumentResult[]): string {
  return JSON.stringify({ version: FORMAT_VERSION, documents: docs.map(documentJson) }, null, 2) + '\n';
}

export function toJsonLines(docs: readonly DocumentResult[]): string {
  return docs.map(jsonLine).join('');
}

/*
 * The formats written one document at a time (the CLI streams corpora): the pieces below, put
 * together, give byte for byte what toJson, toJsonLines and toCsv give for the whole list.
 */

/** One document of JSON Lines, with its newline. */
export function jsonLine(d: DocumentResult): string {
  return JSON.stringify(documentJson(d)) + '\n';
}

/** What the chitieu JSON document starts with, up to the `[` of its documents. */
export const JSON_HEAD = `{\n  "version": ${FORMAT_VERSION},\n  "documents": [`;
/** One document inside the JSON document's array, indented as toJson indents it (without separator). */
export function jsonArrayItem(d: DocumentResult): string {
  return '    ' + JSON.stringify(documentJson(d), null, 2).replace(/\n/g, '\n    ');
}
/** What goes before the nth (0-based) item of the array, and what ends the document after `count` items. */
export const jsonItemSeparator = (n: number) => (n === 0 ? '\n' : ',\n');
export const jsonTail = (count: number) => (count === 0 ? ']\n}\n' : '\n  ]\n}\n');

function documentJson(d: DocumentResult) {
  return { path: d.path, documentYear: d.documentYear, documentDate: d.documentDate, provinces: d.provinces, entities: d.entities, goals: d.goals };
}

const GOAL_COLUMNS = ['document', 'province', 'indicator', 'value', 'max', 'unit', 'qualifier', 'deadline', 'period', 'quantitative', 'start', 'end', 'evidence'] as const;

/**
 * A CSV cell: quoted when it holds `"`, `,`, `;` (the list separator of Vietnamese Excel), CR or LF;
 * a leading `= + - @`, tab, CR or NUL is neutralised with a `'` so spreadsheets do not run it.
 */
export function csvCell(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  if (/^[=+\-@\t\r\0]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV file's start: a BOM (Excel reads UTF-8 then) and the header row. */
export const CSV_HEAD = '\ufeff' + GOAL_COLUMNS.join(',') + '\r\n';

/** One document's goals as CSV records, each ended with CRLF. */
export function csvRows(d: Pick<DocumentResult, 'path' | 'goals'>): string {
  let out = '';
  for (const g of d.goals) out += goalRow(d.path, g).map(csvCell).join(',') + '\r\n';
  return out;
}

export function toCsv(docs: readonly DocumentResult[]): string {
  return CSV_HEAD + docs.map(csvRows).join('');
}

function goalRow(path: string, g: Goal): unknown[] {
  return [path, g.province ?? '', g.indicator, g.value, g.max, g.unit, g.qualifier, g.deadline, g.period, g.quantitative, g.span[0], g.span[1], g.evidence];
}

/** Formats a value with grouped digits, as a reader expects: 450000000000000 → 450,000,000,000,000. */
export function groupDigits(v: number): string {
  return formatNumber(v, 'en');
}

export function describeGoal(g: Goal): string {
  const q = g.qualifier ? { more_than: '> ', nearly: '≈< ', about: '≈ ', at_least: '≥ ', at_most: '≤ ' }[g.qualifier] : '';
  const value = g.value === undefined ? '' : `${q}${groupDigits(g.value)}${g.max !== undefined ? '–' + groupDigits(g.max) : ''}${g.unit === '%' ? '%' : ` ${g.unit ?? ''}`}`.trim();
  const when = [g.deadline ? `by ${g.deadline}` : '', g.period ? `(${g.period})` : ''].filter(Boolean).join(' ');
  return [g.indicator, value && `: ${value}`, when && ` — ${when}`].join('');
}

/** The group of goals of the whole country (province `null`): listed first, in the terminal and in the goals tree. */
export const NATIONAL = 'Cả nước (national)';

/** Goals per province (national goals first), for the terminal. */
export function toTree(docs: ReadonlyArray<Pick<DocumentResult, 'path' | 'goals'>>): string {
  const byProvince = new Map<string, Array<{ path: string; goal: Goal }>>();
  for (const d of docs) for (const g of d.goals) {
    const k = g.province ?? NATIONAL;
    if (!byProvince.has(k)) byProvince.set(k, []);
    byProvince.get(k)!.push({ path: d.path, goal: g });
  }
  const out: string[] = [];
  for (const [p, list] of [...byProvince].sort(([a], [b]) => (a === NATIONAL ? -1 : b === NATIONAL ? 1 : a.localeCompare(b, 'vi')))) {
    out.push(`${p} (${list.length} goal${list.length === 1 ? '' : 's'})`);
    list.forEach(({ path, goal }, i) => {
      const last = i === list.length - 1;
      out.push(`${last ? '└─' : '├─'} ${describeGoal(goal)}`);
      out.push(`${last ? '   ' : '│  '}   ${path}:${goal.span[0]}  “${goal.evidence.replace(/\s+/g, ' ').slice(0, 100)}”`);
    });
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
