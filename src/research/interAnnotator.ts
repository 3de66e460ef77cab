/**
 * Agreement between two annotators of the same documents, from their annotations (each side's
 * `.chitieu` files, anchored to the same text). Per label and overall:
 *   - span F1: the items each annotator accepted (confirmed, edited or added; not rejected), matched on
 *     their exact span, and on overlapping spans (one to one);
 *   - Cohen's κ on the items both reviewed: what each made of it (rejected, or accepted with a label);
 *   - value agreement: among items both accepted with the same label, the share whose attributes
 *     (value, unit, deadline, province, indicator… as the label has them) are the same.
 * Every disagreement is listed, with both sides, so it can be looked at and settled. Pure TypeScript.
 */
import { ATTRIBUTES_OF, LABELS, type Annotation, type Attributes, type Label } from '../annotations/model';
import { cohensKappa } from './kappa';

/** One document as one annotator left it. */
export interface AnnotatedDocument {
  /** The document's path (the same on both sides). */
  path: string;
  annotations: readonly Annotation[];
}

export type DisagreementKind =
  /** Only one annotator accepted an item (the other did not review it, or rejected it: see `decision`). */
  | 'only-a' | 'only-b'
  /** Both reviewed the item: one accepted it, the other rejected it, or they gave it different labels. */
  | 'decision'
  /** Both accepted it with the same label, with different values. */
  | 'value';

export interface Side { label: Label; status: Annotation['status']; attrs: Attributes; annotator?: string; id: string }

export interface Disagreement {
  document: string;
  kind: DisagreementKind;
  label: Label;
  start: number;
  end: number;
  quote: string;
  a?: Side;
  b?: Side;
  /** The attributes that differ (kind `value`). */
  fields?: Array<keyof Attributes>;
}

export interface Scores {
  /** Items accepted by each annotator. */
  a: number;
  b: number;
  /** Span F1, exact spans and overlapping spans (undefined when neither accepted anything). */
  f1: number | undefined;
  f1Overlap: number | undefined;
  /** κ on the items both reviewed, and how many there were. */
  kappa: number | undefined;
  reviewedByBoth: number;
  /** Share of items both accepted (same label, same span) whose values agree; and how many such items. */
  valueAgreement: number | undefined;
  acceptedByBoth: number;
}

export interface AgreementReport {
  documents: number;
  overall: Scores;
  labels: Record<Label, Scores>;
  disagreements: Disagreement[];
  /** Annotations not compared because they are not placed for sure (orphaned or ambiguous), per side. */
  unplaced: { a: number; b: number };
}

type Family = 'amount' | 'time' | 'province' | 'goal';
const FAMILY: Record<Label, Family> = { target: 'amount', amount: 'amount', deadline: 'time', province: 'province', goal: 'goal' };
/** An item: one family, one span (a target and an amount are the same item labelled two ways). */
const itemKey = (a: Annotation) => `${FAMILY[a.label]}:${a.start}:${a.end}`;
const accepted = (a: Annotation) => a.status !== 'rejected';
/** What an annotator made of an item, for κ. */
const decision = (a: Annotation) => (accepted(a) ? a.label : 'rejected');

/** The latest annotation per item (as `review` merges them), and the count left out as unplaced. */
function itemsOf(annotations: readonly Annotation[]): { items: Map<string, Annotation>; unplaced: number } {
  const items = new Map<string, Annotation>();
  let unplaced = 0;
  for (const a of annotations) {
    if (a.orphaned || a.ambiguous) { unplaced++; continue; }
    const k = itemKey(a);
    const prev = items.get(k);
    if (!prev || a.updated >= prev.updated) items.set(k, a);
  }
  return { items, unplaced };
}

const normalise = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  if (typeof x === 'string' && typeof y === 'string') return normalise(x) === normalise(y);
  return false;
}
/** The attributes of its label on which two accepted annotations of one item differ. */
export function differingFields(a: Annotation, b: Annotation): Array<keyof Attributes> {
  return ATTRIBUTES_OF[a.label].filter((k) => !sameValue(a.attrs[k], b.attrs[k]));
}

const f1 = (matched: number, a: number, b: number) => (a + b === 0 ? undefined : (2 * matched) / (a + b));
const side = (a: Annotation): Side => ({ label: a.label, status: a.status, attrs: a.attrs, annotator: a.annotator, id: a.id });

/** Accepted items matched one to one on overlapping spans (exact matches first, then by position). */
function overlapMatches(as: Annotation[], bs: Annotation[]): number {
  const byStart = (x: Annotation, y: Annotation) => x.start - y.start || x.end - y.end;
  const left = [...as].sort(byStart), right = [...bs].sort(byStart);
  const used = new Set<Annotation>();
  const exact = new Map(right.map((b) => [`${b.start}:${b.end}`, b]));
  const rest: Annotation[] = [];
  let matched = 0;
  for (const a of left) {
    const b = exact.get(`${a.start}:${a.end}`);
    if (b && !used.has(b)) { used.add(b); matched++; } else rest.push(a);
  }
  const free = right.filter((b) => !used.has(b));
  let j = 0;
  for (const a of rest) {
    while (j < free.length && free[j].end <= a.start) j++; // ends before this `a` starts: before every later one too
    for (let k = j; k < free.length && free[k].start < a.end; k++) {
      const b = free[k];
      if (!used.has(b) && b.end > a.start) { used.add(b); matched++; break; }
    }
  }
  return matched;
}

interface Tally { a: number; b: number; exact: number; overlap: number; pairs: Array<[string, string]>; same: number; both: number }
const emptyTally = (): Tally => ({ a: 0, b: 0, exact: 0, overlap: 0, pairs: [], same: 0, both: 0 });
function scores(t: Tally): Scores {
  const k = cohensKappa(t.pairs);
  return {
    a: t.a, b: t.b, f1: f1(t.exact, t.a, t.b), f1Overlap: f1(t.overlap, t.a, t.b),
    kappa: k.kappa, reviewedByBoth: t.pairs.length,
    valueAgreement: t.both ? t.same / t.both : undefined, acceptedByBoth: t.both,
  };
}

/** Compares two annotators over the documents both annotated (matched by path). */
export function compareAnnotators(sideA: readonly AnnotatedDocument[], sideB: readonly AnnotatedDocument[]): AgreementReport {
  const bByPath = new Map(sideB.map((d) => [d.path, d]));
  const overall = emptyTally();
  const perLabel = Object.fromEntries(LABELS.map((l) => [l, emptyTally()])) as Record<Label, Tally>;
  const disagreements: Disagreement[] = [];
  const unplaced = { a: 0, b: 0 };
  let documents = 0;
  const paths = [...new Set([...sideA.map((d) => d.path), ...sideB.map((d) => d.path)])].sort();
  const aByPath = new Map(sideA.map((d) => [d.path, d]));
  for (const path of paths) {
    documents++;
    const A = itemsOf(aByPath.get(path)?.annotations ?? []), B = itemsOf(bByPath.get(path)?.annotations ?? []);
    unplaced.a += A.unplaced; unplaced.b += B.unplaced;
    const out: Disagreement[] = [];
    const note = (kind: DisagreementKind, x: Annotation, a?: Annotation, b?: Annotation, fields?: Array<keyof Attributes>) =>
      out.push({ document: path, kind, label: x.label, start: x.start, end: x.end, quote: x.quote, ...(a ? { a: side(a) } : {}), ...(b ? { b: side(b) } : {}), ...(fields ? { fields } : {}) });
    // F1 per label, on accepted items.
    for (const label of LABELS) {
      const as = [...A.items.values()].filter((x) => x.label === label && accepted(x));
      const bs = [...B.items.values()].filter((x) => x.label === label && accepted(x));
      const bSpans = new Set(bs.map((x) => `${x.start}:${x.end}`));
      const exact = as.filter((x) => bSpans.has(`${x.start}:${x.end}`)).length;
      const overlap = overlapMatches(as, bs);
      for (const t of [perLabel[label], overall]) { t.a += as.length; t.b += bs.length; t.exact += exact; t.overlap += overlap; }
    }
    // κ, values and disagreements, item by item.
    for (const k of new Set([...A.items.keys(), ...B.items.keys()])) {
      const a = A.items.get(k), b = B.items.get(k);
      if (a && b) {
        overall.pairs.push([decision(a), decision(b)]);
        for (const label of new Set([a.label, b.label])) {
          perLabel[label].pairs.push([accepted(a) && a.label === label ? 'yes' : 'no', accepted(b) && b.label === label ? 'yes' : 'no']);
        }
        if (decision(a) !== decision(b)) { note('decision', a, a, b); continue; }
        if (!accepted(a)) continue;
        const fields = differingFields(a, b);
        for (const t of [perLabel[a.label], overall]) { t.both++; if (!fields.length) t.same++; }
        if (fields.length) note('value', a, a, b, fields);
      } else if (a && accepted(a)) note('only-a', a, a);
      else if (b && accepted(b)) note('only-b', b, undefined, b);
    }
    out.sort((x, y) => x.start - y.start || x.end - y.end);
    disagreements.push(...out);
  }
  const labels = Object.fromEntries(LABELS.map((l) => [l, scores(perLabel[l])])) as Record<Label, Scores>;
  return { documents, overall: scores(overall), labels, disagreements, unplaced };
}
