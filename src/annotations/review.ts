/**
 * The engine's output merged with the researcher's annotations: what exports write and what the
 * editor shows. Confirmed, edited and manual annotations win over the engine; rejected items are left
 * out (or kept and marked, by option). A target and the goal made from it are reviewed together: the
 * goal follows its target's annotation unless the goal has one of its own.
 *
 * Annotations must already be anchored to `text` (see `anchor.ts`); orphaned and ambiguous ones are
 * listed apart, never merged (an ambiguous annotation's place is only its likeliest).
 */
import type { AmountEntity, Entity, Extraction, Goal, Span } from '../engine/types';
import type { Annotation, Attributes, Label, ReviewedDocument, ReviewedEntity, ReviewedGoal, ReviewOptions, ReviewState } from './model';

export interface ReviewInput {
  path: string;
  text: string;
  extraction: Extraction;
  annotations: readonly Annotation[];
}

type Family = 'amount' | 'time' | 'province' | 'goal';
const FAMILY: Record<Label, Family> = { target: 'amount', amount: 'amount', deadline: 'time', province: 'province', goal: 'goal' };
const key = (family: Family, span: readonly [number, number]) => `${family}:${span[0]}:${span[1]}`;

/** The label the engine's entity gets: an amount with role target is a `target`. */
export function entityLabel(e: Entity): Exclude<Label, 'goal'> {
  return e.type === 'amount' ? (e.role === 'target' ? 'target' : 'amount') : e.type === 'time' ? 'deadline' : 'province';
}

/** The engine's attributes of an entity, in annotation form. */
export function entityAttributes(e: Entity): Attributes {
  if (e.type === 'amount') return clean({ value: e.value, max: e.max, unit: e.unit, qualifier: e.qualifier, role: e.role });
  if (e.type === 'time') return clean({ kind: e.kind, start: e.start, end: e.end });
  return { province: e.name };
}

/** The engine's attributes of a goal, in annotation form. */
export function goalAttributes(g: Goal): Attributes {
  return clean({ province: g.province ?? undefined, indicator: g.indicator, value: g.value, max: g.max, unit: g.unit, qualifier: g.qualifier, deadline: g.deadline, period: g.period });
}

/** The span an annotation of this goal anchors on: its value for a quantitative goal, else its evidence. */
export function goalKeySpan(g: Goal): Span {
  return g.valueSpan ?? g.span;
}

function clean(a: Attributes): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== '') (out as Record<string, unknown>)[k] = v;
  return out;
}

/** An amount's label follows its role: `target` ⇔ role target. */
function amountLabel(label: Label, attrs: Attributes): Exclude<Label, 'goal'> {
  if (label === 'target') return 'target';
  if (label === 'amount') return attrs.role === 'target' ? 'target' : 'amount';
  return label as Exclude<Label, 'goal'>;
}

/** The last-changed annotation per key (two annotations on one item: the newer decides). */
function byKey(annotations: readonly Annotation[]): Map<string, Annotation> {
  const m = new Map<string, Annotation>();
  for (const a of annotations) {
    if (a.orphaned || a.ambiguous) continue; // not placed for sure: listed apart, never merged
    const k = key(FAMILY[a.label], [a.start, a.end]);
    const prev = m.get(k);
    if (!prev || a.updated >= prev.updated) m.set(k, a);
  }
  return m;
}

/** The line (at most 300 characters) around a span: the evidence of a goal made from a manual target. */
function lineAround(text: string, s: number, e: number): Span {
  let a = s, b = e;
  while (a > 0 && s - a < 150 && text[a - 1] !== '\n') a--;
  while (b < text.length && b - e < 150 && text[b] !== '\n' && text[b] !== '\r') b++;
  return [a, b];
}

export function review(input: ReviewInput, options: ReviewOptions = { rejected: 'omit' }): ReviewedDocument {
  const { text, extraction } = input;
  const anns = byKey(input.annotations);
  const byId = new Map(input.annotations.map((a) => [a.id, a]));
  const used = new Set<string>();
  const keep = (state: ReviewState) => state !== 'rejected' || options.rejected === 'mark';

  // ---- entities
  const entities: ReviewedEntity[] = [];
  const amountsBySpan = new Map<string, ReviewedEntity>();
  for (const e of extraction.entities) {
    const k = key(e.type === 'amount' ? 'amount' : e.type, e.span);
    const a = anns.get(k);
    let item: ReviewedEntity;
    if (a) {
      used.add(a.id);
      const attrs = a.status === 'rejected' ? entityAttributes(e) : { ...a.attrs };
      const label = a.status === 'rejected' ? entityLabel(e) : amountLabel(a.label, attrs);
      if (e.type === 'amount' && a.status !== 'rejected') attrs.role = label === 'target' ? 'target' : attrs.role === 'target' ? undefined : attrs.role ?? (e as AmountEntity).role;
      item = { label, span: [e.span[0], e.span[1]], text: e.text, attrs: clean(attrs), state: a.status, rule: e.rule, annotationId: a.id };
      if (a.note) item.note = a.note;
      if (a.annotator) item.annotator = a.annotator;
    } else {
      item = { label: entityLabel(e), span: [e.span[0], e.span[1]], text: e.text, attrs: entityAttributes(e), state: 'unreviewed', rule: e.rule };
    }
    if (e.type === 'amount') amountsBySpan.set(key('amount', e.span), item);
    if (keep(item.state)) entities.push(item);
  }
  // Annotations on spans the engine did not find (manual ones, or items the engine no longer finds).
  for (const a of anns.values()) {
    if (used.has(a.id) || a.label === 'goal') continue;
    used.add(a.id);
    const attrs = { ...a.attrs };
    const label = amountLabel(a.label, attrs);
    if (FAMILY[label] === 'amount') attrs.role = label === 'target' ? 'target' : attrs.role === 'target' ? undefined : attrs.role;
    const item: ReviewedEntity = { label, span: [a.start, a.end], text: text.slice(a.start, a.end), attrs: clean(attrs), state: a.status, rule: a.rule ?? 'manual', annotationId: a.id };
    if (a.note) item.note = a.note;
    if (a.annotator) item.annotator = a.annotator;
    if (FAMILY[label] === 'amount') amountsBySpan.set(key('amount', item.span), item);
    if (keep(item.state)) entities.push(item);
  }
  entities.sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);

  // ---- goals
  const goals: ReviewedGoal[] = [];
  const goalValueSpans = new Set<string>();
  for (const g of extraction.goals) {
    const ks = goalKeySpan(g);
    goalValueSpans.add(key('amount', ks));
    const own = anns.get(key('goal', ks));
    const target = g.quantitative && g.valueSpan ? amountsBySpan.get(key('amount', g.valueSpan)) : undefined;
    let out: ReviewedGoal = { ...g, state: 'unreviewed' };
    if (own) {
      used.add(own.id);
      out.state = own.status;
      out.annotationId = own.id;
      if (own.note) out.note = own.note;
      if (own.annotator) out.annotator = own.annotator;
      if (own.status !== 'rejected') out = withAttributes(out, own.attrs);
    } else if (target && target.state !== 'unreviewed') {
      out.state = target.state === 'rejected' || target.label !== 'target' ? 'rejected' : target.state;
      if (target.annotationId) out.annotationId = target.annotationId;
      if (target.note) out.note = target.note;
      if (target.annotator) out.annotator = target.annotator;
      // The annotation's own attributes: an empty string there clears the goal's (its deadline, say).
      if (out.state !== 'rejected') out = withAttributes(out, byId.get(target.annotationId ?? '')?.attrs ?? target.attrs);
    }
    if (keep(out.state)) goals.push(out);
  }
  // Targets with no engine goal (manual, or amounts made targets by hand) make goals of their own.
  for (const e of entities) {
    if (e.label !== 'target' || e.state === 'unreviewed' || e.state === 'rejected' || goalValueSpans.has(key('amount', e.span))) continue;
    const ev = lineAround(text, e.span[0], e.span[1]);
    const g: ReviewedGoal = {
      province: e.attrs.province ?? extraction.provinces[0]?.name ?? null, indicator: e.attrs.indicator ?? '', quantitative: true,
      span: ev, evidence: text.slice(ev[0], ev[1]), valueSpan: [e.span[0], e.span[1]], rule: 'manual', state: e.state,
    };
    if (e.annotationId) g.annotationId = e.annotationId;
    if (e.note) g.note = e.note;
    if (e.annotator) g.annotator = e.annotator;
    goals.push(withAttributes(g, byId.get(e.annotationId ?? '')?.attrs ?? e.attrs));
  }
  // Goals added by hand (a `goal` annotation on a span where the engine has none).
  for (const a of anns.values()) {
    if (used.has(a.id) || a.label !== 'goal') continue;
    used.add(a.id);
    const g: ReviewedGoal = {
      province: a.attrs.province ?? extraction.provinces[0]?.name ?? null, indicator: a.attrs.indicator ?? '', quantitative: a.attrs.value !== undefined,
      span: [a.start, a.end], evidence: text.slice(a.start, a.end), rule: 'manual', state: a.status, annotationId: a.id,
    };
    if (a.note) g.note = a.note;
    if (a.annotator) g.annotator = a.annotator;
    const out = a.status === 'rejected' ? g : withAttributes(g, a.attrs);
    if (keep(out.state)) goals.push(out);
  }
  // The engine's goals keep their order (and indices); goals made by hand follow them.

  const doc: ReviewedDocument = {
    path: input.path, text, provinces: extraction.provinces, entities, goals,
    orphans: input.annotations.filter((a) => a.orphaned || a.ambiguous),
  };
  if (extraction.documentYear !== undefined) doc.documentYear = extraction.documentYear;
  return doc;
}

/**
 * A goal with an annotation's attributes applied. A stated value replaces the whole value (its max,
 * unit and qualifier too); other attributes apply when stated, and an empty string clears one.
 */
function withAttributes(g: ReviewedGoal, a: Attributes): ReviewedGoal {
  const out: ReviewedGoal = { ...g };
  const set = (k: 'indicator' | 'deadline' | 'period' | 'max' | 'unit' | 'qualifier', v: unknown) => {
    if (v === undefined || v === '') delete (out as unknown as Record<string, unknown>)[k];
    else (out as unknown as Record<string, unknown>)[k] = v;
  };
  if (a.province !== undefined) out.province = a.province === '' ? null : a.province;
  if (a.indicator !== undefined) out.indicator = a.indicator;
  if (a.value !== undefined) {
    out.value = a.value;
    out.quantitative = true;
    set('max', a.max); set('unit', a.unit); set('qualifier', a.qualifier);
  }
  if (a.deadline !== undefined) set('deadline', a.deadline);
  if (a.period !== undefined) set('period', a.period);
  return out;
}
