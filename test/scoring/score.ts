/**
 * Scores extractions against gold annotations (fixtures/SCHEMA.md), with the same matching rules as
 * the shared scorer: spans match when they overlap; values within 0.5 % relative error; units after
 * normalisation (a counted noun may be written shorter: `cụm` ~ `cụm công nghiệp`); time bounds on
 * their common prefix (`2025` ~ `2025-12`); goals by province and value+unit (quantitative) or
 * overlapping evidence (qualitative); provinces by name without prefix, either tone placement.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type Extraction, type Span } from '../../src/engine';

interface GoldSpan { text: string; occurrence?: number }
interface GoldAmount extends GoldSpan { value: number; max?: number; unit: string; qualifier?: string; role: string }
interface GoldTime extends GoldSpan { kind: string; start?: string; end?: string }
interface GoldGoal { province: string | null; indicator: string; value?: number; unit?: string; deadline?: string; quantitative?: boolean; evidence?: string }
interface GoldDoc { doc: string; provinces: string[]; amounts: GoldAmount[]; times: GoldTime[]; goals: GoldGoal[] }

export interface Prf { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number; [accuracy: string]: number }
export interface ScoreReport { amount: Prf; time: Prf; goal: Prf; province: Prf; misses: string[] }

const fold = (s: unknown) => String(s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const UNIT_ALIASES: Record<string, string> = { 'đồng': 'vnd', 'vnđ': 'vnd', 'vnd': 'vnd', 'đ': 'vnd', 'usd': 'usd', 'đô la mỹ': 'usd', 'usd/người': 'usd/người', 'percent': '%', '%': '%', 'héc-ta': 'ha', 'hecta': 'ha', 'ha': 'ha', 'km2': 'km²', 'km²': 'km²', 'm2': 'm²', 'm²': 'm²' };
const unitKey = (u: unknown) => { const f = fold(u); return UNIT_ALIASES[f] ?? f; };
const CANONICAL = new Set(Object.values(UNIT_ALIASES));
export function sameUnit(a: unknown, b: unknown): boolean {
  const x = unitKey(a), y = unitKey(b);
  if (x === y) return true;
  if (!x || !y || CANONICAL.has(x) || CANONICAL.has(y)) return false;
  return x.startsWith(y + ' ') || y.startsWith(x + ' ');
}
export const sameValue = (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number'
  && (a === b || Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b)));
const sameTime = (g: unknown, p: unknown) => g === undefined || (p !== undefined && (String(p).startsWith(String(g)) || String(g).startsWith(String(p))));
/** An indicator agrees when it shares most of its syllables with the gold one (syllable F1 ≥ 0.6). */
const syllables = (s: unknown) => String(s ?? '').normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
export function sameIndicator(g: unknown, p: unknown): boolean {
  const A = syllables(g), B = syllables(p);
  if (!A.length || !B.length) return false;
  const left = [...B];
  let hit = 0;
  for (const x of A) { const k = left.indexOf(x); if (k >= 0) { hit++; left.splice(k, 1); } }
  const pr = hit / B.length, rc = hit / A.length;
  return pr + rc > 0 && (2 * pr * rc) / (pr + rc) >= 0.6;
}
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const TONE: Record<string, string> = { 'oá': 'óa', 'oà': 'òa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa', 'oé': 'óe', 'oè': 'òe', 'uý': 'úy', 'uỳ': 'ùy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy' };
const provinceName = (p: unknown) => fold(p).replace(/^(tỉnh|thành phố|tp\.?)\s*/, '').replace(/o[áàảãạéè]|u[ýỳỷỹỵ]/g, (m) => TONE[m] ?? m);

function locate(doc: string, g: GoldSpan, where: string): Span {
  let at = -1;
  for (let k = 0; k < (g.occurrence ?? 1); k++) {
    at = doc.indexOf(g.text, at + 1);
    if (at < 0) throw new Error(`${where}: "${g.text}" occurrence ${g.occurrence ?? 1} not found`);
  }
  return [at, at + g.text.length];
}

function match<G, P>(gold: G[], pred: P[], ok: (g: G, p: P) => boolean): { pairs: Array<[G, P | undefined]>; unmatched: P[] } {
  const used = new Set<number>();
  const pairs: Array<[G, P | undefined]> = [];
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && ok(g, p));
    if (i >= 0) { used.add(i); pairs.push([g, pred[i]]); } else pairs.push([g, undefined]);
  }
  return { pairs, unmatched: pred.filter((_, k) => !used.has(k)) };
}

type Counts = Record<string, number>;
const add = (c: Counts, k: string, n = 1) => { c[k] = (c[k] ?? 0) + n; };

function prf(c: Counts): Prf {
  const tp = c.tp ?? 0, fp = c.fp ?? 0, fn = c.fn ?? 0;
  const precision = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const r: Prf = { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  for (const [k, v] of Object.entries(c)) if (k.endsWith('_ok')) r[k.replace(/_ok$/, '_accuracy')] = tp ? v / tp : 0;
  return r;
}

/** Scores one folder of documents (`*.txt`) against its gold folder (`*.json`). */
export function scoreFolder(docsDir: string, goldDir: string, run: (text: string) => Extraction = (t) => extract(t)): ScoreReport {
  const totals: Record<'amount' | 'time' | 'goal' | 'province', Counts> = { amount: {}, time: {}, goal: {}, province: {} };
  const misses: string[] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldDoc;
    const name = gold.doc ?? file.replace(/\.json$/, '.txt');
    const text = readFileSync(join(docsDir, name), 'utf8');
    const p = run(text);

    const gA = gold.amounts.map((a) => ({ ...a, span: locate(text, a, name) }));
    const pA = p.entities.filter((e) => e.type === 'amount');
    const mA = match(gA, pA, (g, q) => overlaps(g.span, q.span));
    for (const [g, q] of mA.pairs) {
      if (!q || q.type !== 'amount') { add(totals.amount, 'fn'); misses.push(`${name}: missed amount "${g.text}"`); continue; }
      add(totals.amount, 'tp');
      if (sameValue(g.value, q.value)) add(totals.amount, 'value_ok'); else misses.push(`${name}: amount "${g.text}" value ${g.value} vs ${q.value}`);
      if (sameUnit(g.unit, q.unit)) add(totals.amount, 'unit_ok'); else misses.push(`${name}: amount "${g.text}" unit ${g.unit} vs ${q.unit}`);
      if ((g.qualifier ?? null) === (q.qualifier ?? null)) add(totals.amount, 'qualifier_ok'); else misses.push(`${name}: amount "${g.text}" qualifier ${g.qualifier} vs ${q.qualifier}`);
      if (g.role === q.role) add(totals.amount, 'role_ok'); else misses.push(`${name}: amount "${g.text}" role ${g.role} vs ${q.role}`);
    }
    add(totals.amount, 'fp', mA.unmatched.length);
    for (const q of mA.unmatched) misses.push(`${name}: spurious amount "${q.text}"`);

    const gT = gold.times.map((t) => ({ ...t, span: locate(text, t, name) }));
    const pT = p.entities.filter((e) => e.type === 'time');
    const mT = match(gT, pT, (g, q) => overlaps(g.span, q.span));
    for (const [g, q] of mT.pairs) {
      if (!q || q.type !== 'time') { add(totals.time, 'fn'); misses.push(`${name}: missed time "${g.text}"`); continue; }
      add(totals.time, 'tp');
      if (g.kind === q.kind) add(totals.time, 'kind_ok'); else misses.push(`${name}: time "${g.text}" kind ${g.kind} vs ${q.kind}`);
      if (sameTime(g.start, q.start) && sameTime(g.end, q.end)) add(totals.time, 'bounds_ok'); else misses.push(`${name}: time "${g.text}" ${g.start}..${g.end} vs ${q.start}..${q.end}`);
    }
    add(totals.time, 'fp', mT.unmatched.length);
    for (const q of mT.unmatched) misses.push(`${name}: spurious time "${q.text}"`);

    const gG = gold.goals.map((g) => ({ ...g, span: g.evidence ? locate(text, { text: g.evidence }, name) : undefined }));
    // A national goal (province null) is scored where the gold records national goals; elsewhere the
    // gold records provincial goals only, and predicted national goals are neither credited nor counted.
    const nationalInGold = gold.goals.some((g) => g.province === null);
    const pG = p.goals.filter((g) => nationalInGold || g.province !== null);
    const mG = match(gG, pG, (g, q) => {
      if (provinceName(g.province) !== provinceName(q.province)) return false;
      if (g.quantitative !== false && g.value !== undefined) return sameValue(g.value, q.value) && sameUnit(g.unit, q.unit);
      return !!(g.span && overlaps(g.span, q.span));
    });
    for (const [g, q] of mG.pairs) {
      if (!q) { add(totals.goal, 'fn'); misses.push(`${name}: missed goal ${g.province} / ${g.indicator} ${g.value ?? ''} ${g.unit ?? ''}`); continue; }
      add(totals.goal, 'tp');
      if (sameTime(g.deadline, q.deadline)) add(totals.goal, 'deadline_ok'); else misses.push(`${name}: goal ${g.indicator} deadline ${g.deadline} vs ${q.deadline}`);
      if (sameIndicator(g.indicator, q.indicator)) add(totals.goal, 'indicator_ok'); else misses.push(`${name}: goal indicator "${g.indicator}" vs "${q.indicator}"`);
    }
    add(totals.goal, 'fp', mG.unmatched.length);
    for (const q of mG.unmatched) misses.push(`${name}: spurious goal ${q.province} / ${q.indicator} ${q.value ?? ''} ${q.unit ?? ''}`);

    const gP = new Set(gold.provinces.map(provinceName));
    const pP = new Set(p.provinces.map((x) => provinceName(x.name)));
    for (const x of gP) { add(totals.province, pP.has(x) ? 'tp' : 'fn'); if (!pP.has(x)) misses.push(`${name}: missed province ${x}`); }
    for (const x of pP) if (!gP.has(x)) { add(totals.province, 'fp'); misses.push(`${name}: spurious province ${x}`); }
  }
  return { amount: prf(totals.amount), time: prf(totals.time), goal: prf(totals.goal), province: prf(totals.province), misses };
}

export function formatReport(r: ScoreReport): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  return (['amount', 'time', 'goal', 'province'] as const).map((k) => {
    const x = r[k];
    const extra = Object.entries(x).filter(([a]) => a.endsWith('_accuracy')).map(([a, v]) => `${a.replace('_accuracy', '')} ${pct(v)}%`).join('  ');
    return `${k.padEnd(9)} P ${pct(x.precision)}  R ${pct(x.recall)}  F1 ${pct(x.f1)}  (tp ${x.tp} fp ${x.fp} fn ${x.fn})  ${extra}`;
  }).join('\n');
}

// `npm run score`: prints both development sets' scores (and every miss with --verbose).
if (require.main === module) {
  const verbose = process.argv.includes('--verbose');
  for (const set of ['seeds', 'more', 'third']) {
    const dir = join(__dirname, '..', 'fixtures', set);
    const r = scoreFolder(dir, join(dir, 'gold'));
    console.log(`== ${set}\n${formatReport(r)}`);
    if (verbose) for (const m of r.misses) console.log('  ' + m);
  }
}
