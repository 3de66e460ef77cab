/**
 * brat standoff export of reviewed documents (format: brat.nlplab.org/standoff.html; brat's server,
 * `server/src/annotation.py`, is what checks it).
 *
 * For each document a `.txt` (the text) and a `.ann`:
 *
 *   T1	Target 10 25	450 nghìn tỷ đồng          text-bound: ID, type, start end, the text
 *   T2	Goal 0 40;41 80	câu một câu hai           a span across a line break: fragments
 *   A1	Status T1 confirmed                       attributes: Status, Role, Qualifier, Kind
 *   #1	AnnotatorNotes T1	value=450000000000000 unit=VND rule=amount.scaled
 *
 * Decisions, from what brat requires:
 * - Offsets count code points of the `.txt` (brat's server reads the text as a Python `str`).
 * - The `.txt` has LF line ends: CRLF and lone CR are written as LF and offsets are counted on that
 *   text, so brat (which opens files with universal newlines) and Python's `open().read()` read the
 *   same characters. No other change: no Unicode normalisation, NFD text stays NFD.
 * - brat checks that the text column equals the `.txt` at the offsets, fragments joined by one space;
 *   the `.ann` is line-oriented, so a span that crosses a line break is written as fragments
 *   `start end;start2 end2`, split at every line break, as brat's own editor does (whitespace at a
 *   fragment's edge next to a line break is left out, empty fragments dropped). "Line break" is every
 *   character Python's `str.splitlines()` breaks at (brat reads the `.ann` with `readlines()` of a
 *   codecs reader), not only LF.
 * - Types: Target, Amount, Deadline (every time expression, its kind in the Kind attribute), Province,
 *   and Goal (on the goal's evidence) unless `goals: false`. Rejected items (present only when the
 *   documents were reviewed with `rejected: 'mark'`) keep their type with `Status rejected`.
 * - Normalised values go in one AnnotatorNotes note per item, `key=value` pairs separated by spaces; a
 *   value that holds a space, `"`, `=`, `\` or nothing is written as a JSON string (`unit="tấn"`).
 *   Time attributes are `time_start`/`time_end`; a goal's note ends with `summary="..."`.
 * - A PDF's or Word file's item says where it is in the source first in its note: `page=3` (1-based PDF
 *   page) or `paragraph=14` (0-based Word paragraph, as in the chitieu JSON); text files' items have
 *   none. In the same note, not a note of its own: brat's visualiser shows every note of an annotation
 *   in its tooltip, but its editor takes only the last AnnotatorNotes for the note field and would lose
 *   the other on saving.
 * - No normalisation (N) lines: brat shows them only for databases declared in `tools.conf`; a
 *   province's id is in its note (`province_id=old:thanh-hoa`).
 * - `annotationConf` declares the types, the attributes with their values, and lets every span overlap
 *   any other (`<OVERLAP>`: goals contain entities, manual spans may cross the engine's), so brat opens
 *   the export as is: put it beside the files.
 * - `path`: the document path without a final `.txt` (`notes/a.txt` → `notes/a`, `notes/a.md` →
 *   `notes/a.md`), so that two documents never share a name; `\` is read as `/`, leading `/`, `.` and
 *   `..` segments are dropped, and a name that still repeats gets `-2`, `-3` ... The caller writes
 *   `path + '.txt'` and `path + '.ann'` (UTF-8, no BOM).
 *
 * Pure TypeScript: no `vscode`, no Node built-ins.
 */
import type { ReviewedDocument, ReviewedEntity, ReviewedGoal, ReviewState } from '../annotations/model';
import { STATUSES } from '../annotations/model';
import type { SourcePlace } from '../sources/types';
import { describeGoal } from './formats';
import { toCodePointOffsets, toLf } from './codepoints';

export interface BratOptions {
  /** Write goals as Goal annotations (default true). */
  goals?: boolean;
}

export interface BratFile {
  /** Document path without `.txt`; append `.txt` and `.ann`. */
  path: string;
  txt: string;
  ann: string;
}

export interface BratExport {
  files: BratFile[];
  /** brat's `annotation.conf` for the collection. */
  annotationConf: string;
}

export type BratType = 'Target' | 'Amount' | 'Deadline' | 'Province' | 'Goal';
const TYPE_OF: Record<ReviewedEntity['label'] | 'goal', BratType> = {
  target: 'Target', amount: 'Amount', deadline: 'Deadline', province: 'Province', goal: 'Goal',
};

export const BRAT_STATES: readonly ReviewState[] = [...STATUSES, 'unreviewed'];
export const BRAT_ATTRIBUTES = {
  Status: { args: ['<ENTITY>'], values: BRAT_STATES },
  Role: { args: ['Amount'], values: ['target', 'actual', 'other'] },
  Qualifier: { args: ['Target', 'Amount', 'Goal'], values: ['more_than', 'nearly', 'about', 'at_least', 'at_most'] },
  Kind: { args: ['Deadline'], values: ['deadline', 'period', 'point', 'date', 'after'] },
} as const;

/** brat's annotation.conf for the export. */
export function bratAnnotationConf(): string {
  const lines = [
    '# chitieu export: entity types and attributes (brat annotation.conf)',
    '[entities]',
    'Target',
    'Amount',
    'Deadline',
    'Province',
    'Goal',
    '',
    '[relations]',
    '# any span may overlap any other (goals contain entities; manual spans may cross the engine\'s)',
    '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...Object.entries(BRAT_ATTRIBUTES).map(([name, a]) => `${name}\tArg:${a.args.join('|')}, Value:${a.values.join('|')}`),
  ];
  return lines.join('\n') + '\n';
}

export function toBrat(docs: readonly ReviewedDocument[], opts: BratOptions = {}): BratExport {
  const used = new Set<string>();
  const files = docs.map((d) => {
    const base = bratPath(d.path);
    let path = base;
    for (let n = 2; used.has(path); n++) path = `${base}-${n}`;
    used.add(path);
    return { path, txt: toLf(d.text), ann: bratAnn(d, opts) };
  });
  return { files, annotationConf: bratAnnotationConf() };
}

/** The name of a document's files, without `.txt` (see the module comment). */
export function bratPath(docPath: string): string {
  const segments = docPath.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  const p = segments.join('/').replace(/\.txt$/i, '');
  return p === '' ? 'document' : p;
}

/** Python's `str.splitlines()` line boundaries: LF, VT, FF, CR, FS, GS, RS, NEL, LS, PS. */
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);
export const isLineBreak = (code: number) => LINE_BREAKS.has(code);
const isSpace = (ch: string) => /\s/.test(ch);

/**
 * A span [s, e) of `text` (UTF-16) cut at line breaks into fragments, each trimmed of the whitespace
 * next to a line break; empty fragments dropped.
 */
export function fragmentsOf(text: string, s: number, e: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = s;
  for (let i = s; i <= e; i++) {
    if (i < e && !isLineBreak(text.charCodeAt(i))) continue;
    let fs = a, fe = i;
    if (fs !== s) while (fs < fe && isSpace(text[fs])) fs++;
    if (fe !== e) while (fe > fs && isSpace(text[fe - 1])) fe--;
    if (fs < fe) out.push([fs, fe]);
    a = i + 1;
  }
  return out;
}

interface Item {
  type: BratType;
  span: [number, number];
  state: ReviewState;
  attrs: Array<[keyof typeof BRAT_ATTRIBUTES, string]>;
  note: Array<[string, unknown]>;
}

function bratAnn(d: ReviewedDocument, opts: BratOptions): string {
  const items: Item[] = [];
  for (const e of d.entities) items.push(entityItem(d, e));
  if (opts.goals ?? true) for (const g of d.goals) items.push(goalItem(g));

  // Fragments in UTF-16, then every boundary to code points of the LF text in one pass.
  const frags = items.map((it) => fragmentsOf(d.text, it.span[0], it.span[1]));
  const raw = frags.flatMap((f) => f.flat());
  const conv = toCodePointOffsets(d.text, raw, { lf: true });
  let k = 0;
  const lines: string[] = [];
  let t = 0, a = 0, n = 0;
  items.forEach((it, idx) => {
    const fr = frags[idx];
    const cps = fr.map(() => [conv[k++], conv[k++]] as const);
    // A span of line breaks only has no text brat could show.
    if (fr.length === 0) return;
    const id = `T${++t}`;
    const offsets = cps.map(([s, e]) => `${s} ${e}`).join(';');
    const quote = fr.map(([s, e]) => d.text.slice(s, e)).join(' ');
    lines.push(`${id}\t${it.type} ${offsets}\t${quote}`);
    for (const [name, value] of it.attrs) lines.push(`A${++a}\t${name} ${id} ${value}`);
    const note = noteText(it.note);
    if (note) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

function entityItem(d: ReviewedDocument, e: ReviewedEntity): Item {
  const x = e.attrs;
  const attrs: Item['attrs'] = [['Status', e.state]];
  const note: Item['note'] = [];
  if (e.label === 'amount' && x.role) attrs.push(['Role', x.role]);
  if ((e.label === 'amount' || e.label === 'target') && x.qualifier) attrs.push(['Qualifier', x.qualifier]);
  if (e.label === 'deadline' && x.kind) attrs.push(['Kind', x.kind]);
  if (e.label === 'target' || e.label === 'amount') {
    note.push(['value', x.value], ['max', x.max], ['unit', x.unit]);
    if (e.label === 'target') note.push(['indicator', x.indicator], ['province', x.province], ['deadline', x.deadline], ['period', x.period]);
  } else if (e.label === 'deadline') {
    note.push(['time_start', x.start], ['time_end', x.end]);
  } else {
    note.push(['province', x.province], ['province_id', d.provinces.find((p) => p.name === x.province)?.id]);
  }
  note.unshift(...sourceNote(e.source));
  note.push(...common(e.rule, e.annotationId, e.note));
  return { type: TYPE_OF[e.label], span: e.span, state: e.state, attrs, note };
}

function goalItem(g: ReviewedGoal): Item {
  const attrs: Item['attrs'] = [['Status', g.state]];
  if (g.qualifier) attrs.push(['Qualifier', g.qualifier]);
  const note: Item['note'] = [
    ...sourceNote(g.source),
    ['province', g.province ?? undefined], ['indicator', g.indicator], ['value', g.value], ['max', g.max], ['unit', g.unit],
    ['deadline', g.deadline], ['period', g.period], ['quantitative', g.quantitative],
    ...common(g.rule, g.annotationId, g.note),
    ['summary', describeGoal(g)],
  ];
  return { type: 'Goal', span: g.span, state: g.state, attrs, note };
}

/** `page=3` or `paragraph=14`, or nothing (text files). */
function sourceNote(s: SourcePlace | undefined): Item['note'] {
  return s?.page !== undefined ? [['page', s.page]] : s?.paragraph !== undefined ? [['paragraph', s.paragraph]] : [];
}

function common(rule: string, annotationId: string | undefined, note: string | undefined): Item['note'] {
  return [['rule', rule], ['annotation_id', annotationId], ['note', note]];
}

/** `key=value ...`, undefined values left out; see the module comment for quoting. */
export function noteText(pairs: ReadonlyArray<readonly [string, unknown]>): string {
  return pairs
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${noteValue(v)}`)
    .join(' ');
}

function noteValue(v: unknown): string {
  const s = String(v);
  if (s !== '' && /^[^\s"=\\]+$/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f))) return s;
  // JSON escapes control characters (tab, CR, LF ...); NEL and the Unicode separators break lines for Python too.
  return JSON.stringify(s).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
