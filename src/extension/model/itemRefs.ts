/**
 * What an annotation command acts on: an item of a document (an entity, or a goal) named by a
 * reference that hovers, tree nodes and the cursor all produce the same way. A quantitative goal and
 * its target are one subject: reviewing either reviews both (the target's annotation carries the
 * goal's indicator, province and deadline).
 */
import * as vscode from 'vscode';
import type { Annotation, Attributes, Label, ReviewedDocument, ReviewedEntity, ReviewedGoal } from '../../annotations/model';
import { goalAttributes, goalKeySpan } from '../../annotations/review';
import type { Span } from '../../engine/types';

/** A reference to an item: the document, whether it is an entity or a goal, and its span (a goal's key span). */
export interface ItemRef { uri: string; kind: 'entity' | 'goal'; span: Span }

export interface Subject {
  uri: vscode.Uri;
  label: Label;
  span: Span;
  text: string;
  /** The item's current attributes (the annotation's when reviewed, else the engine's). */
  attrs: Attributes;
  rule?: string;
  /** The annotation that reviews it now, if any. */
  existing?: Annotation;
  /** Whether the engine found it (false: only an annotation says it is there). */
  fromEngine: boolean;
}

const sameSpan = (a: Span, b: Span) => a[0] === b[0] && a[1] === b[1];

export function isItemRef(x: unknown): x is ItemRef {
  const r = x as ItemRef;
  return !!r && typeof r.uri === 'string' && (r.kind === 'entity' || r.kind === 'goal') && Array.isArray(r.span) && r.span.length === 2 && r.span.every((n) => Number.isInteger(n));
}

export function refOfGoal(uri: vscode.Uri | string, g: ReviewedGoal): ItemRef {
  return { uri: uri.toString(), kind: 'goal', span: [...goalKeySpan(g)] as Span };
}

export function refOfEntity(uri: vscode.Uri | string, e: ReviewedEntity): ItemRef {
  return { uri: uri.toString(), kind: 'entity', span: [e.span[0], e.span[1]] };
}

/** The goal a target entity makes, if any. */
export function goalOfTarget(rd: ReviewedDocument, span: Span): ReviewedGoal | undefined {
  return rd.goals.find((g) => g.valueSpan && sameSpan(g.valueSpan, span));
}

/** Resolves a reference against a reviewed document and its annotations. */
export function subjectOf(ref: ItemRef, rd: ReviewedDocument, annotations: readonly Annotation[]): Subject | undefined {
  const uri = vscode.Uri.parse(ref.uri);
  const byId = (id?: string) => (id ? annotations.find((a) => a.id === id) : undefined);
  if (ref.kind === 'goal') {
    const g = rd.goals.find((x) => sameSpan(goalKeySpan(x), ref.span));
    if (!g) return undefined;
    const own = byId(g.annotationId);
    if (g.valueSpan && (!own || own.label !== 'goal')) {
      // Reviewed through its target.
      const target = rd.entities.find((e) => sameSpan(e.span, g.valueSpan!) && (e.label === 'target' || e.label === 'amount'));
      if (target) return entitySubject(uri, target, rd, annotations);
    }
    return {
      uri, label: 'goal', span: [...goalKeySpan(g)] as Span, text: rd.text.slice(goalKeySpan(g)[0], goalKeySpan(g)[1]),
      attrs: goalAttributes(g), rule: g.rule, existing: own?.label === 'goal' ? own : undefined, fromEngine: g.rule !== 'manual',
    };
  }
  const e = rd.entities.find((x) => sameSpan(x.span, ref.span));
  return e ? entitySubject(uri, e, rd, annotations) : undefined;
}

function entitySubject(uri: vscode.Uri, e: ReviewedEntity, rd: ReviewedDocument, annotations: readonly Annotation[]): Subject {
  const attrs: Attributes = { ...e.attrs };
  if (e.label === 'target') {
    const g = goalOfTarget(rd, e.span);
    // A target several provinces share makes one goal per province: its annotation names none, so each goal keeps its own.
    const shared = rd.goals.some((x) => x !== g && x.valueSpan && sameSpan(x.valueSpan, e.span) && x.province !== g?.province);
    if (g) for (const k of ['indicator', 'province', 'deadline', 'period'] as const) if (attrs[k] === undefined && g[k] && !(k === 'province' && shared)) attrs[k] = g[k] ?? undefined;
    delete attrs.role;
  }
  const existing = e.annotationId ? annotations.find((a) => a.id === e.annotationId) : undefined;
  return { uri, label: e.label, span: [e.span[0], e.span[1]], text: e.text, attrs, rule: e.rule, existing, fromEngine: e.rule !== 'manual' && existing?.status !== 'manual' };
}

/** The innermost reviewed entity at an offset (rejected ones included). */
export function entityAt(rd: ReviewedDocument, offset: number): ReviewedEntity | undefined {
  let best: ReviewedEntity | undefined;
  for (const e of rd.entities) {
    if (e.span[0] > offset) break;
    if (offset <= e.span[1] && (!best || e.span[1] - e.span[0] <= best.span[1] - best.span[0])) best = e;
  }
  return best;
}

/** The item at an offset: the innermost entity there, else the goal whose evidence holds it. */
export function refAt(uri: vscode.Uri, rd: ReviewedDocument, offset: number): ItemRef | undefined {
  const e = entityAt(rd, offset);
  if (e) return refOfEntity(uri, e);
  const g = rd.goals.find((x) => x.span[0] <= offset && offset <= x.span[1]);
  return g ? refOfGoal(uri, g) : undefined;
}
