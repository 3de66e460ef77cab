/**
 * Province names: the 63 units in force until 30 June 2025 and the 34 from 1 July 2025, with their
 * aliases, old-style tone marks (`Thanh Hoá`) and forms without diacritics (`Quang Ninh`). Whole
 * syllables only: `Quảng Ninh` is not `Ninh Bình`, `Hà Nam` is not `Hà Nội`.
 *
 * One trie-shaped pattern over the lower-cased text finds every form; each hit is then checked
 * against the language's traps (a common noun `hòa bình`, a person `Nguyễn Hòa Bình`, the Pacific
 * `Thái Bình Dương`, a bare `Huế` without `tỉnh`/`thành phố`).
 */
import { PROVINCES, type ProvinceRecord } from '../data/provinces.data';
import { WB_AFTER } from '../text/chars';
import { modernTones, oldTones, stripDiacritics } from '../text/fold';
import { trieRegexSource } from '../text/trieRegex';
import { syllableBefore, syllablesAfter } from '../text/scan';
import { SyllableStarts, startsOrNull } from '../text/syllableStarts';
import { WordStartMatches } from '../text/wordStartMatches';

export interface ProvinceCandidate {
  start: number;
  end: number;
  /** Records the written form may name (an old and a new unit may share a name). */
  records: ProvinceRecord[];
  /** Matched a form without diacritics. */
  ascii: boolean;
  /** Named with an administrative prefix (`tỉnh`, `thành phố`, `TP.`). */
  prefixed: boolean;
  rule: string;
}

interface FormInfo { records: ProvinceRecord[]; ascii: boolean; ambiguous: boolean }

const key = (s: string) => modernTones(s.toLowerCase().replace(/\s+/g, ' ').trim());

const FORMS = new Map<string, FormInfo>();
function addForm(form: string, record: ProvinceRecord, ascii: boolean, ambiguous: boolean) {
  const k = key(form);
  const info = FORMS.get(k);
  if (info) {
    if (!info.records.includes(record)) info.records.push(record);
    info.ambiguous = info.ambiguous && ambiguous;
  } else {
    FORMS.set(k, { records: [record], ascii, ambiguous });
  }
}
for (const r of PROVINCES) {
  const amb = new Set(r.ambiguousAliases.map(key));
  addForm(r.name, r, false, amb.has(key(r.name)));
  addForm(r.ascii, r, true, amb.has(key(r.ascii)));
  for (const a of r.aliases) addForm(a, r, stripDiacritics(a) === a && /[a-z]/i.test(a) && a !== r.name, false);
  for (const a of r.ambiguousAliases) addForm(a, r, false, true);
}
// A name written without diacritics that is also the name itself (`Long An`) is not an ascii-only form.
for (const [k, info] of FORMS) if (info.ascii && info.records.some((r) => key(r.name) === k)) info.ascii = false;

const PATTERN_FORMS = new Set<string>();
for (const k of FORMS.keys()) { PATTERN_FORMS.add(k); PATTERN_FORMS.add(oldTones(k)); }
/** Every written form of a province, at word starts: tried where one can start (or scanned for). */
const PROVINCE_MATCHES = new WordStartMatches(`${trieRegexSource(PATTERN_FORMS)}${WB_AFTER}`);
/** The forms the pattern matches, for text/syllableStarts: where a province's name can start. */
export const PROVINCE_FORMS: readonly string[] = [...PATTERN_FORMS];
const PROVINCE_STARTS = new SyllableStarts([PROVINCE_FORMS]);

/** Common Vietnamese family names: a capitalised name after one of them is a person (`Nguyễn Hòa Bình`). */
const FAMILY_NAMES = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý', 'đinh', 'trương', 'lưu', 'đào', 'mai', 'cao', 'lâm', 'tạ', 'văn', 'thị']);
/** Words right after a name that make it part of a longer name (`Thái Bình Dương` = the Pacific). */
const TRAPS: Array<{ form: string; next?: string; prev?: string }> = [
  { form: 'thái bình', next: 'dương' },
  { form: 'bình dương', prev: 'thái' },
];

function hasPrefix(lower: string, start: number): boolean {
  // `TP.HCM` and `TP. Hồ Chí Minh` are aliases already; here: `tỉnh Quảng Ninh`, `thành phố Huế`, `TP Huế`.
  // The two syllables before, read one at a time (no arrays): `syllablesBefore(lower, start, 2)`.
  const last = syllableBefore(lower, start);
  if (last && (last.word === 'tỉnh' || last.word === 'tp' || (last.word === 'phố' && syllableBefore(lower, last.start)?.word === 'thành'))) return true;
  const tail = lower.slice(Math.max(0, start - 4), start);
  return /tp\. ?$/.test(tail);
}

/** A matched text's key, its form and whether the form names its administrative prefix (`tỉnh Quảng Ninh`). */
interface MatchedForm { key: string; info: FormInfo; prefixedForm: boolean }
/**
 * The form of each text the pattern has matched, remembered: the pattern's matches are finite (its
 * forms with their few separators), and folding one (a replace with a callback) costs far more than a lookup.
 */
const MATCHED_FORMS = new Map<string, MatchedForm | null>();
function formOfMatch(matched: string): MatchedForm | null {
  let form = MATCHED_FORMS.get(matched);
  if (form === undefined) {
    const k = key(matched);
    const info = FORMS.get(k);
    form = info ? { key: k, info, prefixedForm: /^(tỉnh|thành phố|tp)/.test(k) } : null;
    MATCHED_FORMS.set(matched, form);
  }
  return form;
}

/**
 * `starts`: the word starts where a form can start ({@link PROVINCE_FORMS}, found by
 * text/syllableStarts; found here when not given), or null to scan the whole text.
 */
export function recognizeProvinces(text: string, lower: string, mostlyAscii: boolean, hasCapitals: boolean,
  starts: readonly number[] | null = startsOrNull(PROVINCE_STARTS.find(lower), 0)): ProvinceCandidate[] {
  const out: ProvinceCandidate[] = [];
  const matches = PROVINCE_MATCHES.reset(lower, starts);
  let m: RegExpExecArray | null;
  while ((m = matches.next()) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const form = formOfMatch(m[0]);
    if (!form) continue;
    const { key: k, info } = form;
    const prefixed = hasPrefix(lower, start) || form.prefixedForm;
    const capitalised = text[start] !== lower[start] || !/\p{L}/u.test(text[start]);
    if (info.ambiguous && !prefixed) continue;
    if (info.ascii && !mostlyAscii && !capitalised) continue;
    if (hasCapitals && !capitalised && !prefixed) continue; // `hòa bình` (peace), `hải dương` (ocean)
    const prev = syllableBefore(lower, start);
    const next = syllablesAfter(lower, end, 1)[0];
    if (TRAPS.some((t) => t.form === k && ((t.next && next?.word === t.next && next.start <= end + 2) || (t.prev && prev?.word === t.prev && prev.end >= start - 2)))) {
      matches.from = start + 1;
      continue;
    }
    if (prev && FAMILY_NAMES.has(prev.word) && prev.end >= start - 1 && text[prev.start] !== lower[prev.start] && !prefixed) continue;
    out.push({ start, end, records: info.records, ascii: info.ascii, prefixed, rule: prefixed ? 'province.prefixed' : info.ascii ? 'province.ascii' : 'province.name' });
  }
  return out;
}

/** Picks the record a mention names, given the document's date: the 2025 unit from 1 July 2025. */
export function pickRecord(records: readonly ProvinceRecord[], docDate: string | undefined): ProvinceRecord {
  if (records.length === 1) return records[0];
  const wantNew = docDate !== undefined && docDate >= '2025-07-01';
  return records.find((r) => (r.era === 'new') === wantNew) ?? records[0];
}

const BY_ID = new Map(PROVINCES.map((r) => [r.id, r]));
/** Name of the unit a record belongs to from 1 July 2025. */
export function unit2025(record: ProvinceRecord): string {
  if (record.era === 'new') return record.name;
  return BY_ID.get(record.successor ?? '')?.name ?? record.name;
}

