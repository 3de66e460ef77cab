/**
 * The charts' data, from the goal rows (goalTable.ts): which indicator groups can be charted, targets by
 * province for one indicator group and deadline year (bars, sorted; one unit: values in different units
 * are never summed or compared), and the target changes of one province and indicator group across
 * documents (x: the document's date, y: the target, one series per deadline year). Only accepted
 * (not rejected), quantitative goals with a value count. Pure TypeScript (the webview draws it).
 */
import type { GoalRow } from './goalTable';
import { isDocumentDate } from '../annotations/storeFormat';

/** National goals (no province) are charted under this key in target changes. */
export const NATIONAL_KEY = '';

/** A goal a chart can use: not rejected, quantitative, with a value. */
export function chartable(r: GoalRow): boolean {
  return r.state !== 'rejected' && r.quantitative && typeof r.value === 'number' && Number.isFinite(r.value);
}

/** The year a goal is due: its deadline's year, else the end of its period (`2021-2025` → 2025). */
export function targetYear(r: Pick<GoalRow, 'deadline' | 'period'>): string | undefined {
  const d = r.deadline && /^(\d{4})/.exec(r.deadline)?.[1];
  if (d) return d;
  const p = r.period && /(\d{4})\D*$/.exec(r.period)?.[1];
  return p || undefined;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export interface IndicatorGroupInfo {
  key: string;
  /** The phrase written most often in the group (ties: the shortest, then alphabetical). */
  label: string;
  /** Every phrase of the group as written, most frequent first, with how often. */
  phrases: Array<{ text: string; count: number }>;
  /** Chartable goals in the group, and how many provinces (national goals not counted) they name. */
  count: number;
  provinces: number;
}

/** The indicator groups with chartable goals: most provinces first, then most goals, then by label. */
export function indicatorGroups(rows: readonly GoalRow[]): IndicatorGroupInfo[] {
  const by = new Map<string, { phrases: Map<string, number>; count: number; provinces: Set<string> }>();
  for (const r of rows) {
    if (!chartable(r)) continue;
    let g = by.get(r.indicatorGroup);
    if (!g) { g = { phrases: new Map(), count: 0, provinces: new Set() }; by.set(r.indicatorGroup, g); }
    const text = r.indicator.replace(/\s+/g, ' ').trim();
    g.phrases.set(text, (g.phrases.get(text) ?? 0) + 1);
    g.count++;
    if (r.province !== null) g.provinces.add(r.province);
  }
  return [...by].map(([key, g]) => {
    const phrases = [...g.phrases].map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || a.text.length - b.text.length || collator.compare(a.text, b.text));
    return { key, label: phrases[0]?.text ?? key, phrases, count: g.count, provinces: g.provinces.size };
  }).sort((a, b) => b.provinces - a.provinces || b.count - a.count || collator.compare(a.label, b.label));
}

/** Units of some rows, most used first (`''`: no unit). */
function unitsOf(rows: readonly GoalRow[]): Array<{ unit: string; count: number }> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.unit ?? '', (m.get(r.unit ?? '') ?? 0) + 1);
  return [...m].map(([unit, count]) => ({ unit, count })).sort((a, b) => b.count - a.count || collator.compare(a.unit, b.unit));
}

const dateOrder = (a?: string, b?: string) => (a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1);

// ------------------------------------------------------------------------------------------------------
// View 1: targets by province

export interface Bar {
  province: string;
  value: number;
  max?: number;
  unit: string;
  /** The goal shown (the latest document's); `others`: how many more goals of the province matched (older documents). */
  rowId: string;
  document: string;
  documentDate?: string;
  evidence: string;
  others: number;
}

export interface ProvinceChart {
  group: string;
  /** Deadline years with goals in the group (ascending) and the one shown. */
  years: string[];
  year: string | undefined;
  /** Units of the group's goals that year (most used first) and the one shown. */
  units: Array<{ unit: string; count: number }>;
  unit: string | undefined;
  /** One bar per province, largest value first. */
  bars: Bar[];
}

/**
 * Targets by province for an indicator group and deadline year, in one unit: the year defaults to
 * the one with most provinces, the unit to the most used. A province with several goals shows the
 * latest document's (the same document: its first goal).
 */
export function targetsByProvince(rows: readonly GoalRow[], group: string, year?: string, unit?: string): ProvinceChart {
  const inGroup = rows.filter((r) => chartable(r) && r.indicatorGroup === group && r.province !== null && targetYear(r) !== undefined);
  const perYear = new Map<string, Set<string>>();
  for (const r of inGroup) {
    const y = targetYear(r)!;
    if (!perYear.has(y)) perYear.set(y, new Set());
    perYear.get(y)!.add(r.province!);
  }
  const years = [...perYear.keys()].sort();
  const chosenYear = year !== undefined && perYear.has(year) ? year
    : [...perYear].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? 1 : -1))[0]?.[0];
  const ofYear = inGroup.filter((r) => targetYear(r) === chosenYear);
  const units = unitsOf(ofYear);
  const chosenUnit = unit !== undefined && units.some((u) => u.unit === unit) ? unit : units[0]?.unit;
  const byProvince = new Map<string, GoalRow[]>();
  for (const r of ofYear) {
    if ((r.unit ?? '') !== chosenUnit) continue;
    const list = byProvince.get(r.province!);
    if (list) list.push(r); else byProvince.set(r.province!, [r]);
  }
  const bars: Bar[] = [];
  for (const [province, list] of byProvince) {
    // The latest document wins; within a document, its first goal (rows come in document order).
    let pick = list[0];
    for (const r of list) if (dateOrder(r.documentDate, pick.documentDate) > 0) pick = r;
    const bar: Bar = { province, value: pick.value!, unit: chosenUnit ?? '', rowId: pick.id, document: pick.document, evidence: pick.evidence, others: list.length - 1 };
    if (pick.max !== undefined) bar.max = pick.max;
    if (pick.documentDate) bar.documentDate = pick.documentDate;
    bars.push(bar);
  }
  bars.sort((a, b) => b.value - a.value || collator.compare(a.province, b.province));
  return { group, years, year: chosenYear, units, unit: chosenUnit, bars };
}

// ------------------------------------------------------------------------------------------------------
// View 2: target changes across documents

export interface ChangePoint {
  /** The document's date as written (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and as a time (ms, UTC, the first day it names). */
  documentDate: string;
  time: number;
  value: number;
  max?: number;
  rowId: string;
  document: string;
  evidence: string;
}

export interface ChangeSeries {
  /** The deadline year (`''`: none stated). */
  year: string;
  points: ChangePoint[];
  /** Per point after the first: raised, cut or kept from the point before. */
  changes: Array<'raised' | 'cut' | 'kept'>;
}

export interface ChangesChart {
  province: string;
  group: string;
  units: Array<{ unit: string; count: number }>;
  unit: string | undefined;
  series: ChangeSeries[];
  /** Goals left out for want of a document date (set one with *chitieu: Set Document Date*). */
  undated: number;
}

/** A document date as a time (UTC ms of the first day it names), or undefined when it is not one. */
export function dateTime(date: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m || !isDocumentDate(date)) return undefined;
  return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
}

/** The provinces with chartable goals in a group (national: NATIONAL_KEY), most goals first. */
export function provincesOf(rows: readonly GoalRow[], group?: string): Array<{ province: string; count: number; documents: number }> {
  const m = new Map<string, { count: number; documents: Set<string> }>();
  for (const r of rows) {
    if (!chartable(r) || (group !== undefined && r.indicatorGroup !== group)) continue;
    const k = r.province ?? NATIONAL_KEY;
    let e = m.get(k);
    if (!e) { e = { count: 0, documents: new Set() }; m.set(k, e); }
    e.count++;
    e.documents.add(r.document);
  }
  return [...m].map(([province, e]) => ({ province, count: e.count, documents: e.documents.size }))
    .sort((a, b) => b.documents - a.documents || b.count - a.count || collator.compare(a.province, b.province));
}

/**
 * The values stated for a province (NATIONAL_KEY: national goals) and indicator group across
 * documents, in one unit (default: the most used): one series per deadline year, points by document date.
 */
export function targetChangesChart(rows: readonly GoalRow[], province: string, group: string, unit?: string): ChangesChart {
  const mine = rows.filter((r) => chartable(r) && r.indicatorGroup === group && (r.province ?? NATIONAL_KEY) === province);
  const dated = mine.filter((r) => r.documentDate !== undefined && dateTime(r.documentDate) !== undefined);
  const units = unitsOf(dated);
  const chosenUnit = unit !== undefined && units.some((u) => u.unit === unit) ? unit : units[0]?.unit;
  const by = new Map<string, ChangePoint[]>();
  for (const r of dated) {
    if ((r.unit ?? '') !== chosenUnit) continue;
    const year = targetYear(r) ?? '';
    const p: ChangePoint = { documentDate: r.documentDate!, time: dateTime(r.documentDate!)!, value: r.value!, rowId: r.id, document: r.document, evidence: r.evidence };
    if (r.max !== undefined) p.max = r.max;
    const list = by.get(year);
    if (list) list.push(p); else by.set(year, [p]);
  }
  const series: ChangeSeries[] = [...by].map(([year, points]) => {
    points.sort((a, b) => a.time - b.time || collator.compare(a.document, b.document));
    const changes = points.slice(1).map((p, i) => (p.value > points[i].value ? 'raised' : p.value < points[i].value ? 'cut' : 'kept') as ChangeSeries['changes'][number]);
    return { year, points, changes };
  }).sort((a, b) => (a.year === b.year ? 0 : a.year === '' ? 1 : b.year === '' ? -1 : a.year < b.year ? -1 : 1));
  return { province, group, units, unit: chosenUnit, series, undated: mine.length - dated.length };
}

/** What the changes view opens on: the province and group with most dated documents (then most points). */
export function defaultChange(rows: readonly GoalRow[]): { province: string; group: string } | undefined {
  const m = new Map<string, { province: string; group: string; documents: Set<string>; count: number }>();
  for (const r of rows) {
    if (!chartable(r) || !r.documentDate) continue;
    const province = r.province ?? NATIONAL_KEY;
    const k = `${province}\u0000${r.indicatorGroup}`;
    let e = m.get(k);
    if (!e) { e = { province, group: r.indicatorGroup, documents: new Set(), count: 0 }; m.set(k, e); }
    e.documents.add(r.document);
    e.count++;
  }
  const best = [...m.values()].sort((a, b) => b.documents.size - a.documents.size || b.count - a.count || collator.compare(a.group, b.group))[0];
  return best && { province: best.province, group: best.group };
}
