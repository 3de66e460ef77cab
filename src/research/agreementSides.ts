/**
 * What `chitieu agree` and the extension's *Compare annotations…* share around the comparison itself
 * (interAnnotator.ts): one side's documents from its annotation files, the annotators present in a
 * set of annotations and one annotator's side, where a disagreement is in the text, and adjudication
 * (an annotation that settles a disagreement by taking one side). Pure TypeScript.
 */
import type { Annotation, Label } from '../annotations/model';
import { parseAnnotationFile } from '../annotations/storeFormat';
import { reanchor } from '../annotations/anchor';
import { textHash } from '../annotations/textHash';
import type { AnnotatedDocument, Disagreement } from './interAnnotator';

/** An annotation file's text: the document it belongs to and a name for messages (its path). */
export interface AnnotationFileText { document: string; source: string; json: string }

/**
 * One side's documents, each anchored to the document's current text when it can be read (`textOf`).
 * A file that does not parse is left out, with a line in `problems`.
 */
export function annotatedDocuments(files: readonly AnnotationFileText[], textOf: (doc: string) => string | undefined, problems: string[]): AnnotatedDocument[] {
  const docs: AnnotatedDocument[] = [];
  for (const f of files) {
    let annotations: Annotation[];
    let hash: string | undefined;
    try {
      const parsed = parseAnnotationFile(f.json);
      annotations = parsed.annotations;
      hash = parsed.textHash;
    } catch (e) {
      problems.push(`${f.source}: ${(e as Error).message}; left out of the comparison`);
      continue;
    }
    const text = textOf(f.document);
    if (text !== undefined && hash !== textHash(text)) {
      annotations = reanchor(text, annotations, { oldLength: hash ? Number(hash.split(':')[2]) : undefined }).items;
    }
    docs.push({ path: f.document, annotations });
  }
  return docs;
}

/** Line and column (1-based) of an offset. */
export function lineColumn(text: string, offset: number): [number, number] {
  let line = 1, last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return [line, offset - last];
}

/** The documents without their adjudications: an adjudicator's settlement is neither side's judgement. */
export function withoutAdjudications(docs: readonly AnnotatedDocument[]): AnnotatedDocument[] {
  return docs.map((d) => (d.annotations.some((a) => a.adjudication) ? { ...d, annotations: d.annotations.filter((a) => !a.adjudication) } : d));
}

export interface AnnotatorCount { name: string; annotations: number; documents: number }

/** The annotators whose annotations these are (adjudications aside), most annotations first; '' names annotations that record none. */
export function annotatorsIn(docs: readonly AnnotatedDocument[]): AnnotatorCount[] {
  const m = new Map<string, AnnotatorCount>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const a of d.annotations) {
      if (a.adjudication) continue;
      const name = a.annotator ?? '';
      const c = m.get(name) ?? { name, annotations: 0, documents: 0 };
      c.annotations++;
      if (!seen.has(name)) { seen.add(name); c.documents++; }
      m.set(name, c);
    }
  }
  return [...m.values()].sort((x, y) => y.annotations - x.annotations || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/** One annotator's side: the documents that annotator annotated, with their annotations only ('' : those that record none), adjudications aside. */
export function annotatorSide(docs: readonly AnnotatedDocument[], name: string): AnnotatedDocument[] {
  return docs.map((d) => ({ path: d.path, annotations: d.annotations.filter((a) => !a.adjudication && (a.annotator ?? '') === name) })).filter((d) => d.annotations.length > 0);
}

type Family = 'amount' | 'time' | 'province' | 'goal';
const FAMILY: Record<Label, Family> = { target: 'amount', amount: 'amount', deadline: 'time', province: 'province', goal: 'goal' };
export const sameItem = (a: { label: Label; start: number; end: number }, b: { label: Label; start: number; end: number }) =>
  FAMILY[a.label] === FAMILY[b.label] && a.start === b.start && a.end === b.end;

/** The two sides' names, as adjudications record them. */
export interface SideNames { a: string; b: string }

/**
 * The annotation that settles a disagreement by taking side `choice`: the chosen side's label and
 * attributes, `confirmed` when that side accepted the item, `rejected` when it rejected it or did not
 * annotate it (then the other side's label); by `annotator`, marked as an adjudication. Without
 * its anchor (the caller anchors it to the document's text) and id.
 */
export function adjudicationOf(d: Disagreement, choice: 'a' | 'b', names: SideNames, sides: { a?: Annotation; b?: Annotation }, annotator: string, now: string): Omit<Annotation, 'id' | 'quote' | 'prefix' | 'suffix'> {
  const chosen = sides[choice], other = sides[choice === 'a' ? 'b' : 'a'];
  const base = chosen ?? other;
  const accepted = !!chosen && chosen.status !== 'rejected';
  const out: Omit<Annotation, 'id' | 'quote' | 'prefix' | 'suffix'> = {
    label: base?.label ?? d.label, status: accepted ? 'confirmed' : 'rejected', start: d.start, end: d.end,
    attrs: { ...(base?.attrs ?? {}) }, updated: now,
    adjudication: { chose: names[choice], over: names[choice === 'a' ? 'b' : 'a'] },
  };
  const rule = chosen?.rule ?? other?.rule;
  if (rule) out.rule = rule;
  if (chosen?.note) out.note = chosen.note;
  if (annotator) out.annotator = annotator;
  return out;
}

/**
 * Which side settled a disagreement, if any: the latest adjudication on the same item (same kind of
 * label, same span) naming one of these sides, made after both sides' annotations (`updated` of each).
 */
export function settlementOf(d: Disagreement, annotations: readonly Annotation[], names: SideNames, updated: { a?: string; b?: string }): { side: 'a' | 'b'; by?: string; at: string } | undefined {
  let best: Annotation | undefined;
  for (const x of annotations) {
    if (!x.adjudication || x.orphaned || !sameItem(x, d)) continue;
    const j = x.adjudication;
    const pair = (j.chose === names.a && j.over === names.b) || (j.chose === names.b && j.over === names.a);
    if (!pair) continue;
    if (!best || x.updated >= best.updated) best = x;
  }
  if (!best) return undefined;
  if ((updated.a && updated.a > best.updated) || (updated.b && updated.b > best.updated)) return undefined; // a side changed since: to settle again
  return { side: best.adjudication!.chose === names.a ? 'a' : 'b', ...(best.annotator ? { by: best.annotator } : {}), at: best.updated };
}

