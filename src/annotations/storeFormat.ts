/**
 * The annotation file on disk: `.chitieu/<document path>.json`, one per document. Written with a
 * stable key order and one annotation per line, sorted by position, so `git diff` shows one line per
 * changed annotation. Read strictly: a file that does not parse or does not validate raises an
 * `AnnotationFileError` that says what is wrong and where, and the caller keeps the file as it is.
 */
import {
  ANNOTATION_DIR, ANNOTATION_FORMAT_VERSION, LABELS, STATUSES,
  type Annotation, type AnnotationFile, type Attributes,
} from './model';

export class AnnotationFileError extends Error {
  constructor(message: string) { super(message); this.name = 'AnnotationFileError'; }
}

/** Keys of an annotation in the order they are written; unknown keys (hand-added) follow, sorted, and are kept. */
const ANNOTATION_KEYS = ['id', 'label', 'status', 'start', 'end', 'quote', 'prefix', 'suffix', 'attrs', 'rule', 'note', 'annotator', 'adjudication', 'orphaned', 'ambiguous', 'updated'] as const;
const FILE_KEYS = ['version', 'document', 'documentDate', 'textHash', 'annotations'];
/** An ISO 8601 time with date, time and zone, as `Date.toISOString()` writes it (the merge compares them as strings). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Sets a key as an own property, even `__proto__` (never the object's prototype). */
function own(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
const ATTRIBUTE_KEYS: ReadonlyArray<keyof Attributes> = ['value', 'max', 'unit', 'qualifier', 'role', 'kind', 'start', 'end', 'province', 'indicator', 'deadline', 'period'];
const NUMBER_ATTRS = new Set<keyof Attributes>(['value', 'max']);
const ENUM_ATTRS: Partial<Record<keyof Attributes, readonly string[]>> = {
  qualifier: ['more_than', 'nearly', 'about', 'at_least', 'at_most'],
  role: ['target', 'actual', 'other'],
  kind: ['deadline', 'period', 'point', 'date', 'after'],
};

/** Where a document's annotations live, relative to the workspace root: `.chitieu/<path>.json`. */
export function annotationPathFor(documentPath: string): string {
  return `${ANNOTATION_DIR}/${documentPath.replace(/\\/g, '/').replace(/^\/+/, '')}.json`;
}

/** The document an annotation file belongs to (inverse of `annotationPathFor`), or undefined for other files. */
export function documentPathFor(annotationPath: string): string | undefined {
  const p = annotationPath.replace(/\\/g, '/');
  const prefix = `${ANNOTATION_DIR}/`;
  if (!p.startsWith(prefix) || !p.endsWith('.json') || p.length <= prefix.length + 5) return undefined;
  // The workspace's indicator groups (indicatorGroupsFile.ts) are not a document's annotations.
  if (p === `${prefix}indicator-groups.json`) return undefined;
  return p.slice(prefix.length, -5);
}

/** A new annotation id: milliseconds in base 36 and random digits; unique across windows in practice. */
export function newAnnotationId(now = Date.now(), random: () => number = Math.random): string {
  let r = '';
  for (let i = 0; i < 8; i++) r += Math.floor(random() * 36).toString(36);
  return `${now.toString(36)}-${r}`;
}

function ordered(a: Annotation): Record<string, unknown> {
  const src = a as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of ANNOTATION_KEYS) {
    if (src[k] === undefined) continue;
    if (k === 'attrs') {
      const attrs: Record<string, unknown> = {};
      for (const ak of ATTRIBUTE_KEYS) if (a.attrs[ak] !== undefined) attrs[ak] = a.attrs[ak];
      out.attrs = attrs;
    } else if (k === 'orphaned' || k === 'ambiguous') {
      if (a[k]) out[k] = true;
    } else out[k] = src[k];
  }
  for (const k of Object.keys(src).filter((x) => !(ANNOTATION_KEYS as readonly string[]).includes(x)).sort()) if (src[k] !== undefined) own(out, k, src[k]);
  return out;
}

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The file's text: stable key order, one annotation per line, sorted by position. */
export function serializeAnnotationFile(file: AnnotationFile): string {
  const items = [...file.annotations].sort(compareAnnotations).map((a) => '    ' + JSON.stringify(ordered(a)));
  const extra = file.extra ?? {};
  return [
    '{',
    `  "version": ${ANNOTATION_FORMAT_VERSION},`,
    `  "document": ${JSON.stringify(file.document)},`,
    ...(file.documentDate ? [`  "documentDate": ${JSON.stringify(file.documentDate)},`] : []),
    ...(file.textHash ? [`  "textHash": ${JSON.stringify(file.textHash)},`] : []),
    ...Object.keys(extra).sort().map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(extra[k])},`),
    items.length ? `  "annotations": [\n${items.join(',\n')}\n  ]` : '  "annotations": []',
    '}',
    '',
  ].join('\n');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Reads an annotation file strictly. Throws `AnnotationFileError` naming the first problem. */
export function parseAnnotationFile(json: string): AnnotationFile {
  let data: unknown;
  try {
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (e) {
    throw new AnnotationFileError(`it is not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(data)) throw new AnnotationFileError('it should hold a JSON object with "version", "document" and "annotations"');
  if (typeof data.version !== 'number') throw new AnnotationFileError('"version" is missing');
  if (data.version > ANNOTATION_FORMAT_VERSION) throw new AnnotationFileError(`it was written by a newer chitieu (format version ${data.version}); update chitieu to read it`);
  if (data.version !== ANNOTATION_FORMAT_VERSION) throw new AnnotationFileError(`unknown format version ${data.version}`);
  if (typeof data.document !== 'string') throw new AnnotationFileError('"document" should be the document\'s path');
  if (!Array.isArray(data.annotations)) throw new AnnotationFileError('"annotations" should be a list');
  const seen = new Set<string>();
  const annotations = data.annotations.map((raw, i) => {
    const a = checkAnnotation(raw, i);
    if (seen.has(a.id)) throw new AnnotationFileError(`annotation ${i + 1} repeats the id "${a.id}"`);
    seen.add(a.id);
    return a;
  });
  if (data.textHash !== undefined && typeof data.textHash !== 'string') throw new AnnotationFileError('"textHash" should be a string');
  const file: AnnotationFile = { version: ANNOTATION_FORMAT_VERSION, document: data.document, annotations };
  if (data.documentDate !== undefined) {
    if (typeof data.documentDate !== 'string' || !isDocumentDate(data.documentDate)) throw new AnnotationFileError('"documentDate" should be a date written YYYY, YYYY-MM or YYYY-MM-DD');
    file.documentDate = data.documentDate;
  }
  if (typeof data.textHash === 'string') file.textHash = data.textHash;
  // Keys added by hand are kept (as own properties: a "__proto__" key never becomes a prototype).
  const extraKeys = Object.keys(data).filter((k) => !FILE_KEYS.includes(k));
  if (extraKeys.length) {
    const extra: Record<string, unknown> = {};
    for (const k of extraKeys) own(extra, k, data[k]);
    file.extra = extra;
  }
  return file;
}

/** Whether a string is a real date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (what `documentDate` holds). */
export function isDocumentDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : +m[2];
  const day = m[3] === undefined ? 1 : +m[3];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(+m[1], month, 0)).getUTCDate();
}

function checkAnnotation(raw: unknown, i: number): Annotation {
  const where = `annotation ${i + 1}`;
  const fail = (what: string): never => { throw new AnnotationFileError(`${where}: ${what}`); };
  if (!isObject(raw)) return fail('should be an object');
  if (typeof raw.id !== 'string' || !raw.id) fail('"id" is missing');
  if (!LABELS.includes(raw.label as never)) fail(`"label" should be one of ${LABELS.join(', ')}`);
  if (!STATUSES.includes(raw.status as never)) fail(`"status" should be one of ${STATUSES.join(', ')}`);
  if (!isOffset(raw.start) || !isOffset(raw.end) || raw.end < raw.start) fail('"start" and "end" should be offsets with start ≤ end');
  for (const k of ['quote', 'prefix', 'suffix', 'updated'] as const) if (typeof raw[k] !== 'string') fail(`"${k}" should be a string`);
  if ((raw.quote as string).length !== (raw.end as number) - (raw.start as number)) fail('"quote" should be as long as end − start');
  for (const k of ['rule', 'note', 'annotator'] as const) if (raw[k] !== undefined && typeof raw[k] !== 'string') fail(`"${k}" should be a string`);
  if (raw.adjudication !== undefined) {
    const j = raw.adjudication;
    if (!isObject(j) || typeof j.chose !== 'string' || typeof j.over !== 'string') fail('"adjudication" should be {"chose": name, "over": name}');
  }
  if (raw.orphaned !== undefined && typeof raw.orphaned !== 'boolean') fail('"orphaned" should be true or false');
  if (raw.ambiguous !== undefined && typeof raw.ambiguous !== 'boolean') fail('"ambiguous" should be true or false');
  if (!ISO_TIME.test(raw.updated as string) || Number.isNaN(Date.parse(raw.updated as string))) fail('"updated" should be an ISO time such as 2026-12-04T15:30:00.000Z (the merge compares it)');
  if (!isObject(raw.attrs)) return fail('"attrs" should be an object');
  const attrs: Attributes = {};
  for (const [k, v] of Object.entries(raw.attrs)) {
    const key = k as keyof Attributes;
    if (!ATTRIBUTE_KEYS.includes(key)) fail(`unknown attribute "${k}"`);
    if (v === null || v === undefined) continue;
    if (NUMBER_ATTRS.has(key)) { if (typeof v !== 'number' || !Number.isFinite(v)) fail(`attribute "${k}" should be a number`); }
    else if (typeof v !== 'string') fail(`attribute "${k}" should be a string`);
    const allowed = ENUM_ATTRS[key];
    if (allowed && !allowed.includes(v as string)) fail(`attribute "${k}" should be one of ${allowed.join(', ')}`);
    (attrs as Record<string, unknown>)[key] = v;
  }
  const out = { ...raw, attrs } as unknown as Annotation; // spread copies a "__proto__" key as an own property
  if (!raw.orphaned) delete out.orphaned;
  if (!raw.ambiguous) delete out.ambiguous;
  return out;
}
