/**
 * Resolves relative time expressions against the document's year: `6 tháng đầu năm` → 2024-01..06,
 * `năm nay`, `tháng 12 năm ngoái`, `từ năm 2016 đến nay`, and `cùng kỳ năm 2023` → the same months
 * as the reporting span last named before it.
 */
import type { TimeCandidate } from '../recognizers/times';
import type { DocumentTime } from './documentTime';

const pad = (n: number) => String(n).padStart(2, '0');

export function resolveRelativeTimes(times: readonly TimeCandidate[], doc: DocumentTime | undefined): TimeCandidate[] {
  let lastSpan: { from: number; to: number } | undefined;
  return times.map((t) => {
    let r = t;
    const rel = t.relative;
    if (rel && doc) {
      if (rel.type === 'year') {
        const y = doc.year + rel.offset;
        r = rel.fromMonth
          ? { ...t, startIso: `${y}-${pad(rel.fromMonth)}`, endIso: `${y}-${pad(rel.toMonth ?? rel.fromMonth)}` }
          : { ...t, startIso: String(y), endIso: String(y) };
      } else if (rel.type === 'sinceYear') {
        r = { ...t, startIso: String(rel.startYear), endIso: String(doc.year) };
      } else if (rel.type === 'date') {
        const iso = `${doc.year}-${pad(rel.month)}-${pad(rel.day)}`;
        r = { ...t, startIso: iso, endIso: iso };
      }
    }
    if (rel && rel.type === 'sameSpan') {
      const y = rel.year ?? (doc ? doc.year + (rel.offset ?? -1) : undefined);
      if (y !== undefined) {
        r = lastSpan
          ? { ...t, startIso: `${y}-${pad(lastSpan.from)}`, endIso: `${y}-${pad(lastSpan.to)}` }
          : { ...t, startIso: String(y), endIso: String(y) };
      }
    }
    // Remember reporting spans that run from the start of a year (`8 tháng`, `6 tháng đầu năm`).
    if (r.kind === 'point' && r.startIso && r.endIso && r.startIso.length === 7 && r.rule !== 'time.point.month') {
      lastSpan = { from: +r.startIso.slice(5, 7), to: +r.endIso.slice(5, 7) };
    }
    return r;
  });
}
