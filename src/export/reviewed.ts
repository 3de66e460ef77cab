/**
 * Exports of reviewed documents in chitieu's own formats: a CSV of goals, a CSV of entities and the
 * chitieu JSON, each with the review state of every item.
 *
 * CSVs: UTF-8 with a BOM, CRLF records, RFC 4180 quoting (cells with `;` quoted too) and
 * spreadsheet-formula neutralisation (a cell starting with `= + - @`, tab, CR or NUL gets a leading
 * `'`, numbers excepted: `csvCell`). `start` and
 * `end` are UTF-16 offsets into the document text as analysed, like the goals CSV and the JSON of
 * `chitieu extract` (JavaScript string indices, VS Code's `offsetAt`; for Python `str` indices use the
 * doccano or brat export, which count code points).
 *
 * `source` (a `source` field in the JSON): where a PDF's or Word file's item is in it,
 * `page N` (1-based PDF page) or `paragraph N` (0-based Word paragraph, as in the JSON); empty for text.
 *
 * `indicator_group` (last column; an `indicatorGroup` field in the JSON): the indicator's group across
 * documents (research/indicatorKey.ts: normalised, synonyms and defined abbreviations met, with the
 * researcher's merges and splits from `.chitieu/indicator-groups.json` applied); empty without an indicator.
 *
 * Pure TypeScript: no `vscode`, no Node built-ins.
 */
import type { ReviewedDocument, ReviewedEntity, ReviewedGoal } from '../annotations/model';
import type { SourcePlace } from '../sources/types';
import { definedAbbreviations, indicatorGroup, type IndicatorGroups } from '../research/indicatorKey';
import { FORMAT_VERSION, csvCell } from './formats';

/** The goals CSV's columns (`toCsv` in formats.ts), then the review's. */
export const REVIEWED_GOAL_COLUMNS = [
  'document', 'province', 'indicator', 'value', 'max', 'unit', 'qualifier', 'deadline', 'period', 'quantitative', 'start', 'end', 'evidence',
  'state', 'note', 'annotation_id', 'source', 'annotator', 'indicator_group',
] as const;

export const REVIEWED_ENTITY_COLUMNS = [
  'document', 'label', 'state', 'start', 'end', 'text', 'value', 'max', 'unit', 'qualifier', 'role', 'kind', 'time_start', 'time_end',
  'province', 'indicator', 'deadline', 'period', 'rule', 'note', 'annotation_id', 'source', 'annotator', 'indicator_group',
] as const;

/**
 * A document's indicator groups: the group of an indicator phrase as written in it (the abbreviations
 * the document defines count), with the researcher's corrections. Memoised per phrase.
 */
export function indicatorGroupsOf(doc: Pick<ReviewedDocument, 'text'>, groups: IndicatorGroups = {}): (indicator: string | undefined) => string {
  let defined: Map<string, string> | undefined;
  const memo = new Map<string, string>();
  return (indicator) => {
    if (!indicator) return '';
    let k = memo.get(indicator);
    if (k === undefined) { k = indicatorGroup(indicator, defined ??= definedAbbreviations(doc.text), groups); memo.set(indicator, k); }
    return k;
  };
}

/** A `source` cell: `page 2`, `paragraph 14`, or empty. */
export function sourceCell(s: SourcePlace | undefined): string {
  return s?.page !== undefined ? `page ${s.page}` : s?.paragraph !== undefined ? `paragraph ${s.paragraph}` : '';
}

function csv(header: readonly string[], rows: unknown[][]): string {
  const lines = [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

function goalRow(path: string, g: ReviewedGoal, group: string): unknown[] {
  return [path, g.province ?? '', g.indicator, g.value, g.max, g.unit, g.qualifier, g.deadline, g.period, g.quantitative, g.span[0], g.span[1], g.evidence,
    g.state, g.note, g.annotationId, sourceCell(g.source), g.annotator, group];
}

function entityRow(path: string, e: ReviewedEntity, group: string): unknown[] {
  const a = e.attrs;
  return [path, e.label, e.state, e.span[0], e.span[1], e.text, a.value, a.max, a.unit, a.qualifier, a.role, a.kind, a.start, a.end,
    a.province, a.indicator, a.deadline, a.period, e.rule, e.note, e.annotationId, sourceCell(e.source), e.annotator, group];
}

/** The goal rows (REVIEWED_GOAL_COLUMNS), shared by the CSV and the workbook; `groups`: the researcher's indicator groups. */
export function reviewedGoalRows(docs: readonly ReviewedDocument[], groups: IndicatorGroups = {}): unknown[][] {
  return docs.flatMap((d) => { const group = indicatorGroupsOf(d, groups); return d.goals.map((g) => goalRow(d.path, g, group(g.indicator))); });
}

/** The entity rows (REVIEWED_ENTITY_COLUMNS), shared by the CSV and the workbook. */
export function reviewedEntityRows(docs: readonly ReviewedDocument[], groups: IndicatorGroups = {}): unknown[][] {
  return docs.flatMap((d) => { const group = indicatorGroupsOf(d, groups); return d.entities.map((e) => entityRow(d.path, e, group(e.attrs.indicator))); });
}

/** One row a goal (rejected goals only when the documents were reviewed with `rejected: 'mark'`). */
export function reviewedGoalsCsv(docs: readonly ReviewedDocument[], groups: IndicatorGroups = {}): string {
  return csv(REVIEWED_GOAL_COLUMNS, reviewedGoalRows(docs, groups));
}

/** One row an entity (amount, target, time expression, province), in document order. */
export function reviewedEntitiesCsv(docs: readonly ReviewedDocument[], groups: IndicatorGroups = {}): string {
  return csv(REVIEWED_ENTITY_COLUMNS, reviewedEntityRows(docs, groups));
}

export interface ReviewedJson {
  version: typeof FORMAT_VERSION;
  /** Marks the reviewed form: entities are `ReviewedEntity` (label, attrs, state), not the engine's. */
  reviewed: true;
  /** Unit of every `span`. */
  offsets: 'utf16';
  documents: Array<Pick<ReviewedDocument, 'path' | 'documentYear' | 'provinces' | 'orphans'> & {
    entities: Array<ReviewedEntity & { indicatorGroup?: string }>;
    goals: Array<ReviewedGoal & { indicatorGroup: string }>;
  }>;
}

/**
 * The chitieu JSON (as `chitieu extract --format json`) of reviewed documents: states, notes, orphans;
 * every goal, and every entity with an indicator, has its `indicatorGroup`.
 */
export function reviewedJson(docs: readonly ReviewedDocument[], groups: IndicatorGroups = {}): string {
  const out: ReviewedJson = {
    version: FORMAT_VERSION,
    reviewed: true,
    offsets: 'utf16',
    documents: docs.map((d) => {
      const group = indicatorGroupsOf(d, groups);
      return {
        path: d.path, documentYear: d.documentYear, provinces: d.provinces,
        entities: d.entities.map((e) => (e.attrs.indicator ? { ...e, indicatorGroup: group(e.attrs.indicator) } : e)),
        goals: d.goals.map((g) => ({ ...g, indicatorGroup: group(g.indicator) })),
        orphans: d.orphans,
      };
    }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
