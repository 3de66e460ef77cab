/**
 * Target changes across documents: for one province and one indicator group, the values stated by
 * each document over time (x: the document's date, y: the target), one series per deadline, so a
 * target raised or cut from one plan to the next shows. Pure TypeScript.
 */
import type { GoalRow } from './goalTable';

export interface ChangePoint { documentDate: string; value: number; max?: number; document: string; rowId: string }
export interface ChangeSeries { deadline: string; unit: string; points: ChangePoint[] }

/**
 * The series for `province` and `indicatorGroup`: accepted quantitative goals with a dated document,
 * one series per deadline and unit (a share and an amount are not one line), points by date.
 */
export function targetChanges(rows: readonly GoalRow[], province: string | null, indicatorGroup: string): ChangeSeries[] {
  const series = new Map<string, ChangeSeries>();
  for (const r of rows) {
    if (r.province !== province || r.indicatorGroup !== indicatorGroup || r.state === 'rejected') continue;
    if (!r.quantitative || r.value === undefined || !r.documentDate) continue;
    const deadline = r.deadline ?? '';
    const unit = r.unit ?? '';
    const k = `${deadline}\u0000${unit}`;
    let s = series.get(k);
    if (!s) { s = { deadline, unit, points: [] }; series.set(k, s); }
    const p: ChangePoint = { documentDate: r.documentDate, value: r.value, document: r.document, rowId: r.id };
    if (r.max !== undefined) p.max = r.max;
    s.points.push(p);
  }
  const out = [...series.values()];
  for (const s of out) s.points.sort((a, b) => (a.documentDate < b.documentDate ? -1 : a.documentDate > b.documentDate ? 1 : 0));
  return out.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.unit < b.unit ? -1 : 1));
}

/** How each point differs from the one before it in its series: raised, cut or kept. */
export function changesOf(s: ChangeSeries): Array<{ from: ChangePoint; to: ChangePoint; change: 'raised' | 'cut' | 'kept' }> {
  const out: Array<{ from: ChangePoint; to: ChangePoint; change: 'raised' | 'cut' | 'kept' }> = [];
  for (let i = 1; i < s.points.length; i++) {
    const from = s.points[i - 1], to = s.points[i];
    out.push({ from, to, change: to.value > from.value ? 'raised' : to.value < from.value ? 'cut' : 'kept' });
  }
  return out;
}
