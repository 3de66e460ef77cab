/**
 * doccano export of reviewed documents: JSON Lines in doccano's sequence-labeling import format, one
 * document a line:
 *
 *   {"text": "...", "label": [[start, end, "TARGET"], ...], "path": "...", "chitieu": {...}}
 *
 * What doccano does with it (doccano's backend, `backend/data_import/pipeline`): the JSONL parser reads
 * each line as a JSON object; the `text` column (default name) is the example's text, each entry of the
 * `label` column (default name) is parsed as `[start_offset, end_offset, label]` (extra list elements
 * are dropped), `start < end` is required, and every other key is kept as the example's metadata
 * (`Record(..., meta=row)`), shown in the annotation view and exported again. So `path` and `chitieu`
 * (per-span review state, rule, annotation id, note and normalised attributes, and the goals) travel
 * as metadata and take no part in labelling. doccano's `label` entries have room for nothing but the
 * offsets and the label, so where a PDF's or Word file's item is in it (`source`: `{"page": 3, ...}`,
 * `{"paragraph": 14}`, 0-based as in the chitieu JSON) is in the metadata too, on each of
 * `chitieu.spans` (in the order of `label`) and `chitieu.goals`; text files' items have none.
 *
 * Offsets: code points of `text` by default (Python `str` indices: what doccano's backend stores and
 * what `text[start:end]` reads in a script). Note doccano's annotation UI in projects without
 * "Count grapheme clusters as one character" indexes UTF-16 code units (doccano issue #2290): the two
 * agree unless the text holds characters outside the BMP (emoji, rare Hán characters); pass
 * `offsets: 'utf16'` for that UI. The text is exported exactly as analysed (CRLF kept, no Unicode
 * normalisation).
 *
 * Labels: TARGET, AMOUNT, DEADLINE (every time expression; its kind is in the metadata), PROVINCE, and
 * GOAL when `goals` is set. Goal spans (whole sentences) contain entity spans: doccano accepts them only
 * in a project with "Allow overlapping spans", hence off by default (the goals are in the metadata
 * either way). Rejected items (present only when the documents were reviewed with `rejected: 'mark'`)
 * get a label of their own, REJECTED_TARGET ... (doccano spans carry no attributes, and a rejected
 * amount must not read as a target), or are left out with `rejected: 'omit'`.
 *
 * Pure TypeScript: no `vscode`, no Node built-ins.
 */
import type { Attributes, ReviewedDocument, ReviewedEntity, ReviewedGoal, ReviewState } from '../annotations/model';
import type { SourcePlace } from '../sources/types';
import { toCodePointOffsets } from './codepoints';

export interface DoccanoOptions {
  /** Also label goal spans (GOAL). Default false: they overlap entity spans (see above). */
  goals?: boolean;
  /** Rejected items: under REJECTED_<LABEL> (default) or left out. */
  rejected?: 'label' | 'omit';
  /** Offset unit: `codepoint` (default, Python `str`) or `utf16` (JavaScript, doccano's UI without grapheme mode). */
  offsets?: 'codepoint' | 'utf16';
}

export type DoccanoLabel = 'TARGET' | 'AMOUNT' | 'DEADLINE' | 'PROVINCE' | 'GOAL';
export const DOCCANO_LABELS: readonly DoccanoLabel[] = ['TARGET', 'AMOUNT', 'DEADLINE', 'PROVINCE', 'GOAL'];

/** Per-span metadata, in the order of `label`. */
export interface DoccanoSpanMeta {
  start: number;
  end: number;
  label: string;
  state: ReviewState;
  rule: string;
  annotationId?: string;
  note?: string;
  annotator?: string;
  attrs: Attributes;
  /** PDF and Word documents: where the span is in the source (`{"page": 3, "x": …, "y": …}`, `{"paragraph": 14}`), as in the chitieu JSON. */
  source?: SourcePlace;
}

/** A goal: `span` as `start`/`end`, `valueSpan` as `valueStart`/`valueEnd`, in the unit of the export's offsets. */
export interface DoccanoGoalMeta extends Omit<ReviewedGoal, 'span' | 'valueSpan'> {
  start: number;
  end: number;
  valueStart?: number;
  valueEnd?: number;
}

export interface DoccanoLine {
  text: string;
  label: Array<[number, number, string]>;
  path: string;
  chitieu: {
    version: 1;
    offsets: 'codepoint' | 'utf16';
    documentYear?: number;
    provinces: string[];
    spans: DoccanoSpanMeta[];
    goals: DoccanoGoalMeta[];
    /** Annotations whose text is gone from the document: listed, never labelled. */
    orphans: number;
  };
}

/** The doccano label of an item: TARGET ..., REJECTED_TARGET ... for rejected ones. */
export function doccanoLabel(label: ReviewedEntity['label'] | 'goal', state: ReviewState): string {
  const base = label.toUpperCase();
  return state === 'rejected' ? `REJECTED_${base}` : base;
}

export function toDoccanoLines(docs: readonly ReviewedDocument[], opts: DoccanoOptions = {}): DoccanoLine[] {
  return docs.map((d) => doccanoLine(d, opts));
}

/** One JSON object a line, LF line ends, a final LF (empty string for no documents). */
export function toDoccanoJsonl(docs: readonly ReviewedDocument[], opts: DoccanoOptions = {}): string {
  return docs.map((d) => jsonLine(doccanoLine(d, opts))).join('\n') + (docs.length ? '\n' : '');
}

/**
 * JSON.stringify escapes CR and LF inside strings; NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR it
 * leaves as they are, and `str.splitlines()` would break a line at them: escape them too (valid JSON).
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface Item {
  span: [number, number];
  label: string;
  meta: Omit<DoccanoSpanMeta, 'start' | 'end'>;
}

function doccanoLine(d: ReviewedDocument, opts: DoccanoOptions): DoccanoLine {
  const keepRejected = (opts.rejected ?? 'label') === 'label';
  const unit = opts.offsets ?? 'codepoint';
  const items: Item[] = [];
  for (const e of d.entities) {
    if (e.state === 'rejected' && !keepRejected) continue;
    const meta: Item['meta'] = { label: doccanoLabel(e.label, e.state), state: e.state, rule: e.rule, attrs: e.attrs };
    if (e.annotationId) meta.annotationId = e.annotationId;
    if (e.note) meta.note = e.note;
    if (e.annotator) meta.annotator = e.annotator;
    if (e.source) meta.source = e.source;
    items.push({ span: e.span, label: meta.label, meta });
  }
  const goals = d.goals.filter((g) => g.state !== 'rejected' || keepRejected);
  if (opts.goals) {
    for (const g of goals) {
      const meta: Item['meta'] = { label: doccanoLabel('goal', g.state), state: g.state, rule: g.rule, attrs: goalAttrs(g) };
      if (g.annotationId) meta.annotationId = g.annotationId;
      if (g.note) meta.note = g.note;
      if (g.annotator) meta.annotator = g.annotator;
      if (g.source) meta.source = g.source;
      items.push({ span: g.span, label: meta.label, meta });
    }
  }
  // doccano requires start < end: an empty span cannot be labelled.
  const spans = items.filter((it) => it.span[0] < it.span[1]);
  spans.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1] || a.label.localeCompare(b.label));

  const raw = [...spans.flatMap((s) => s.span), ...goals.flatMap((g) => [...g.span, ...(g.valueSpan ?? [])])];
  const conv = unit === 'utf16' ? raw : toCodePointOffsets(d.text, raw);
  let k = 0;
  const label: Array<[number, number, string]> = [];
  const spanMeta: DoccanoSpanMeta[] = [];
  for (const s of spans) {
    const start = conv[k++];
    const end = conv[k++];
    label.push([start, end, s.label]);
    spanMeta.push({ start, end, ...s.meta });
  }
  const goalMeta: DoccanoGoalMeta[] = goals.map((g) => {
    const { span: _span, valueSpan, ...rest } = g;
    const out: DoccanoGoalMeta = { start: conv[k++], end: conv[k++], ...rest };
    if (valueSpan) {
      out.valueStart = conv[k++];
      out.valueEnd = conv[k++];
    }
    return out;
  });
  const chitieu: DoccanoLine['chitieu'] = {
    version: 1,
    offsets: unit,
    provinces: d.provinces.map((p) => p.name),
    spans: spanMeta,
    goals: goalMeta,
    orphans: d.orphans.length,
  };
  if (d.documentYear !== undefined) chitieu.documentYear = d.documentYear;
  return { text: d.text, label, path: d.path, chitieu };
}

/** A goal's attributes in the shape of an annotation's (`ATTRIBUTES_OF.goal`). */
function goalAttrs(g: ReviewedGoal): Attributes {
  const a: Attributes = {};
  if (g.province) a.province = g.province;
  a.indicator = g.indicator;
  if (g.value !== undefined) a.value = g.value;
  if (g.max !== undefined) a.max = g.max;
  if (g.unit !== undefined) a.unit = g.unit;
  if (g.qualifier) a.qualifier = g.qualifier;
  if (g.deadline) a.deadline = g.deadline;
  if (g.period) a.period = g.period;
  return a;
}
