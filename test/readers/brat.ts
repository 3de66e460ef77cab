/**
 * A small reader of brat standoff `.ann` files, written from the published format description
 * (brat.nlplab.org/standoff.html), used by the tests to read exports back:
 *
 *   T<n>\t<type> <start> <end>[;<start> <end>...]\t<text>      text-bound (fragments joined by ';')
 *   A<n>\t<name> <target> [<value>]                            attribute (binary when no value)
 *   N<n>\t<type> <target> <db>:<id>\t<text>                     normalisation
 *   #<n>\t<type> <target>\t<text>                               note (AnnotatorNotes)
 *   R, E, *: relations, events, equivalences (kept raw)
 *
 * Offsets count characters of the `.txt` as Python reads it: code points. Strict: an unknown line,
 * a duplicate id, a reference to an unknown text-bound annotation or a malformed span throws.
 */

export interface BratTextBound {
  id: string;
  type: string;
  /** Code-point offsets into the `.txt`. */
  fragments: Array<[number, number]>;
  text: string;
}

export interface BratAttribute {
  id: string;
  name: string;
  target: string;
  /** `true` for a binary attribute. */
  value: string | true;
}

export interface BratNormalization {
  id: string;
  type: string;
  target: string;
  db: string;
  dbId: string;
  text: string;
}

export interface BratNote {
  id: string;
  type: string;
  target: string;
  text: string;
}

export interface BratDocument {
  textBounds: BratTextBound[];
  attributes: BratAttribute[];
  normalizations: BratNormalization[];
  notes: BratNote[];
  other: string[];
}

export function parseAnn(ann: string): BratDocument {
  const doc: BratDocument = { textBounds: [], attributes: [], normalizations: [], notes: [], other: [] };
  const ids = new Set<string>();
  const lines = ann.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const where = `line ${i + 1}: ${JSON.stringify(line)}`;
    if (line.includes('\r')) throw new Error(`CR in ${where}`);
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`no tab in ${where}`);
    const id = line.slice(0, tab);
    const rest = line.slice(tab + 1);
    if (!/^([A-Za-z]|#)[0-9]+$|^\*$/.test(id)) throw new Error(`bad id in ${where}`);
    if (id !== '*') {
      if (ids.has(id)) throw new Error(`duplicate id ${id} in ${where}`);
      ids.add(id);
    }
    const tab2 = rest.indexOf('\t');
    const data = tab2 < 0 ? rest : rest.slice(0, tab2);
    const tail = tab2 < 0 ? undefined : rest.slice(tab2 + 1);
    switch (id[0]) {
      case 'T': {
        const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(data);
        if (!m || tail === undefined) throw new Error(`bad text-bound annotation in ${where}`);
        const fragments = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
        for (const [s, e] of fragments) if (s > e) throw new Error(`start > end in ${where}`);
        doc.textBounds.push({ id, type: m[1], fragments, text: tail });
        break;
      }
      case 'A':
      case 'M': {
        const parts = data.split(' ');
        if (parts.length < 2 || parts.length > 3) throw new Error(`bad attribute in ${where}`);
        doc.attributes.push({ id, name: parts[0], target: parts[1], value: parts.length === 3 ? parts[2] : true });
        break;
      }
      case 'N': {
        const m = /^(\S+) (\S+) (\S+?):(\S+)$/.exec(data);
        if (!m) throw new Error(`bad normalisation in ${where}`);
        doc.normalizations.push({ id, type: m[1], target: m[2], db: m[3], dbId: m[4], text: tail ?? '' });
        break;
      }
      case '#': {
        const parts = data.split(' ');
        if (parts.length !== 2 || tail === undefined) throw new Error(`bad note in ${where}`);
        doc.notes.push({ id, type: parts[0], target: parts[1], text: tail });
        break;
      }
      case 'R':
      case 'E':
      case '*':
        doc.other.push(line);
        break;
      default:
        throw new Error(`unknown annotation kind in ${where}`);
    }
  });
  const tIds = new Set(doc.textBounds.map((t) => t.id));
  for (const x of [...doc.attributes, ...doc.normalizations, ...doc.notes]) {
    if (!tIds.has(x.target)) throw new Error(`${x.id} refers to unknown ${x.target}`);
  }
  return doc;
}

/** The text a text-bound annotation must carry: the `.txt` at its fragments, by code points, joined by a space. */
export function sliceFragments(txt: string, fragments: ReadonlyArray<readonly [number, number]>): string {
  const cps = [...txt];
  return fragments.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
}

/** chitieu's note convention: `key=value` pairs, a value bare or a JSON string. */
export function parseNote(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_]+)=("(?:[^"\\]|\\.)*"|[^\s"]*)(?: |$)/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') break;
    out[m[1]] = m[2].startsWith('"') ? JSON.parse(m[2]) : m[2];
    last = re.lastIndex;
  }
  if (last !== text.length) throw new Error(`unparsed note text at ${last}: ${JSON.stringify(text.slice(last))}`);
  return out;
}

/** The `[entities]` types and `[attributes]` values an annotation.conf declares. */
export function parseAnnotationConf(conf: string): { entities: string[]; attributes: Map<string, { args: string[]; values: string[] }>; sections: string[] } {
  const entities: string[] = [];
  const attributes = new Map<string, { args: string[]; values: string[] }>();
  const sections: string[] = [];
  let section = '';
  for (const raw of conf.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const s = /^\s*\[(.*)\]\s*$/.exec(line);
    if (s) { section = s[1]; sections.push(section); continue; }
    if (section === 'entities') entities.push(line.trim());
    if (section === 'attributes') {
      const [name, args = ''] = line.split(/\t|\s+(?=Arg:)/);
      const kv = Object.fromEntries(args.split(',').map((p) => p.trim().split(':') as [string, string]));
      attributes.set(name.trim(), { args: (kv.Arg ?? '').split('|'), values: kv.Value ? kv.Value.split('|') : [] });
    }
  }
  return { entities, attributes, sections };
}
