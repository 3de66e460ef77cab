/**
 * The provinces a document is about. Mentions that do not make a document about a province are left
 * out: a former unit named as a predecessor (`tỉnh Bạc Liêu cũ`), a name inside a facility name
 * (`Tây Ninh 1`), names chained into a route or region (`Hà Nội – Lào Cai`, `Gia Lai - Đắk Lắk -
 * Đắk Nông`). Of the rest, a province counts when it is named at least a third as often as the most
 * named one: a site banner or menu names its province once, the article names its subject often.
 */
import type { DocumentProvince, ProvinceEntity } from '../types';
import type { ProvinceCandidate } from '../recognizers/provinces';
import { syllablesAfter } from '../text/scan';

export function isIncidentalMention(hits: readonly ProvinceCandidate[], i: number, lower: string): boolean {
  const h = hits[i];
  const next = syllablesAfter(lower, h.end, 1)[0];
  if (next && next.word === 'cũ' && next.start <= h.end + 2) return true; // tỉnh Bạc Liêu cũ
  if (/^ ?\d/.test(lower.slice(h.end, h.end + 2)) && !/^ ?\d+ ?%/.test(lower.slice(h.end, h.end + 6))) return true; // Tây Ninh 1
  const dash = /^ ?[-–—] ?$/;
  const prev = hits[i - 1];
  const nxt = hits[i + 1];
  if (prev && prev.end <= h.start && dash.test(lower.slice(prev.end, h.start))) return true;
  if (nxt && nxt.start >= h.end && dash.test(lower.slice(h.end, nxt.start))) return true;
  return false;
}

export function documentProvinces(hits: readonly ProvinceCandidate[], entities: readonly ProvinceEntity[], lower: string): DocumentProvince[] {
  const counts = new Map<string, DocumentProvince & { first: number }>();
  entities.forEach((e, i) => {
    if (isIncidentalMention(hits, i, lower)) return;
    const c = counts.get(e.name);
    if (c) c.mentions++;
    else counts.set(e.name, { name: e.name, id: e.id, unit2025: e.unit2025, mentions: 1, first: i });
  });
  const list = [...counts.values()].sort((a, b) => b.mentions - a.mentions || a.first - b.first);
  if (list.length === 0) return [];
  const top = list[0].mentions;
  return list.filter((p) => p.mentions * 3 >= top).map(({ name, id, unit2025, mentions }) => ({ name, id, unit2025, mentions }));
}
