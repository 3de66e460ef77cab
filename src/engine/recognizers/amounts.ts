/**
 * Amounts: a number (digits, or number words with a scale or unit), an optional range, an optional
 * scale word and a unit or counted noun. Anchored on digit tokens; each anchor does bounded local
 * work, so the recognizer is linear in its input.
 *
 * Roles are not decided here (see refiners/roles); qualifiers are, since they are local.
 */
import type { Qualifier } from '../types';
import { WB_AFTER, alternation, isDigit, isLetter, isWordChar, isWordCode } from '../text/chars';
import { atLineStart, skipInlineSpace, skipInlineSpaceBack, skipSpaces, syllablesAfter, syllablesBefore, wordAt, wordBefore, wordStart } from '../text/scan';
import { SyllableStarts, startsOrNull } from '../text/syllableStarts';
import { WordStartMatches } from '../text/wordStartMatches';
import { SCALE_TRAPS, SCALE_WORDS, SPOKEN_DECIMAL_MARKS } from '../lexicon/scales';
import { CURRENCY_BEFORE_NUMBER, MONEY_UNITS, PERCENT_UNITS, PHYSICAL_UNITS, TIME_UNITS, UNIT_TRAPS, VOLTAGE_UNITS } from '../lexicon/units';
import { COUNTED_ABBREVIATIONS, COUNTED_NOUNS, DOCUMENT_TYPES, NOT_NOUN_START } from '../lexicon/nouns';
import { QUALIFIER_BRIDGE_VERBS, QUALIFIER_WORDS } from '../lexicon/qualifiers';
import {
  DIGIT_TOKEN, NUMBER_WORD_STARTS, type Decimal, type NumberConvention, addDecimals, decimalFromNumber, decimalOf, decimalToNumber, makeDecimal,
  parseDigitDecimal, parseNumberWords, shiftDecimal,
} from './numbers';

export type UnitKind = 'money' | 'percent' | 'physical' | 'count' | 'none';

export interface AmountCandidate {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  value: number;
  max?: number;
  unit: string;
  unitKind: UnitKind;
  qualifier?: Qualifier;
  rule: string;
  /** Set by the table recognizer (recognizers/tables, tableRows): the cell's role, indicator, deadline, province and row. */
  table?: import('./tableRows').TableHint;
}

// ------------------------------------------------------------------ dictionaries as patterns

/** Whitespace other than single spaces: only then does spaceKey change its input. */
const NOT_SINGLE_SPACES = /\s\s|[^\S ]/;
const spaceKey = (s: string) => (NOT_SINGLE_SPACES.test(s) ? s.replace(/\s+/g, ' ') : s);

/** The first UTF-16 units of a list of terms (all in the Basic Multilingual Plane). */
const firstUnits = (terms: Iterable<string>) => new Set([...terms].map((t) => t.charCodeAt(0)));
/**
 * A sticky pattern of listed terms run at `i`, only when the character there starts one of them
 * (`starts`): most places a unit, scale or noun is looked for hold none, and are rejected here.
 */
function stickyAt(re: RegExp, starts: ReadonlySet<number>, s: string, i: number): RegExpExecArray | null {
  if (!starts.has(s.charCodeAt(i))) return null;
  re.lastIndex = i;
  return re.exec(s);
}

const UNIT_CANON = new Map<string, { unit: string; kind: UnitKind }>();
for (const [w, u] of MONEY_UNITS) UNIT_CANON.set(w, { unit: u, kind: 'money' });
for (const [w, u] of PERCENT_UNITS) UNIT_CANON.set(w, { unit: u, kind: 'percent' });
for (const [w, u] of PHYSICAL_UNITS) UNIT_CANON.set(w, { unit: u, kind: 'physical' });
for (const w of VOLTAGE_UNITS) UNIT_CANON.set(w, { unit: 'kV', kind: 'none' });
for (const w of TIME_UNITS) UNIT_CANON.set(w, { unit: w, kind: 'none' });

const SYMBOL_UNITS = [...UNIT_CANON.keys()].filter((w) => !isLetter(w[w.length - 1]) && !isDigit(w[w.length - 1]));
const WORD_UNITS = [...UNIT_CANON.keys()].filter((w) => !SYMBOL_UNITS.includes(w));
/** Sticky: a unit at the cursor. Word units must end at a word boundary. */
const UNIT_RE = new RegExp(`(?:${alternation(SYMBOL_UNITS)})|(?:${alternation(WORD_UNITS)})${WB_AFTER}`, 'uy');
const UNIT_STARTS = firstUnits(UNIT_CANON.keys());

/** Scale word → power of ten (`tỷ` → 9): values are scaled by moving the decimal point, never by multiplying. */
const SCALE = new Map(SCALE_WORDS.map(([w, f]) => [w, Math.round(Math.log10(f))]));
const SCALE_RE = new RegExp(`(?:${alternation(SCALE.keys())})${WB_AFTER}`, 'uy');
const SCALE_STARTS = firstUnits(SCALE.keys());
const SCALE_TRAP_SET = new Set(SCALE_TRAPS);

const NOUN_RE = new RegExp(`(?:${alternation(COUNTED_NOUNS)})${WB_AFTER}`, 'uy');
const ABBREV_RE = new RegExp(`(?:${alternation(COUNTED_ABBREVIATIONS)})${WB_AFTER}`, 'uy');
const NOUN_STARTS = firstUnits(COUNTED_NOUNS);
const ABBREV_STARTS = firstUnits(COUNTED_ABBREVIATIONS);
const NOT_NOUN = new Set(NOT_NOUN_START);

const QUALIFIERS = new Map(QUALIFIER_WORDS.map(([w, q]) => [w, q]));
const BRIDGES = new Set(QUALIFIER_BRIDGE_VERBS);
/** The last syllable of each phrase: a phrase can match only where the text's last syllable is one of these. */
const lastSyllables = (phrases: Iterable<string>) => new Set([...phrases].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
/** Syllables after which qualifierBefore may find something: a qualifier's last syllable, or a bridging verb. */
const QUALIFIER_ENDS = new Set([...lastSyllables(QUALIFIERS.keys()), ...BRIDGES]);
/** The qualifier phrases as a trie read backwards from their last syllable: lookups without joining syllables into phrases. */
interface QualifierNode { qualifier?: Qualifier; before: Map<string, QualifierNode> }
const QUALIFIER_TRIE = new Map<string, QualifierNode>();
for (const [phrase, qualifier] of QUALIFIERS) {
  let level = QUALIFIER_TRIE;
  let node: QualifierNode | undefined;
  for (const w of phrase.split(' ').reverse()) {
    node = level.get(w) ?? { before: new Map() };
    level.set(w, node);
    level = node.before;
  }
  if (node) node.qualifier = qualifier;
}

/** Words right before a number that make it an ordinal, a rank or part of a name, not an amount. */
const ORDINAL_BEFORE = new Set([
  'thứ', 'top', 'hạng', 'loại', 'khóa', 'khoá', 'mạch', 'đai', 'điều', 'khoản', 'chương', 'mục', 'lục', 'lộ',
  'phiên', 'kỳ', 'đợt', 'tập', 'trang', 'lần', 'covid', 'cấp', 'tổ', 'ấp', 'phòng', 'tầng', 'hạng', 'bậc', 'nhóm',
  'quận', 'phường', 'khu', 'lô', 'số', 'hiệu', 'mã', 'tuyến', 'tốp',
]);
/** Two-word ranks and clause names before a number (`đứng vị trí 12/13 tỉnh`, `Tiểu mục 1 mục I`). */
const ORDINAL_BEFORE_PAIRS = new Set(['vị trí', 'thứ hạng', 'xếp hạng', 'tiểu mục', 'tiểu khoản', 'điểm thứ']);
/** Group words after which a number may count a listed noun (`top 10 doanh nghiệp`). */
const RANK_GROUP_WORDS = new Set(['top', 'tốp', 'nhóm']);
const COUNTED_NOUN_SET = new Set(COUNTED_NOUNS);
const DOCUMENT_TYPE_SET = new Set(DOCUMENT_TYPES);
/** Clause words: `1 mục I`, `2 Điều 5` refer to a clause (number then clause word then its numeral). */
const CLAUSE_WORDS = new Set(['mục', 'điều', 'khoản', 'chương', 'phần', 'điểm', 'tiểu mục']);
const LONGEST_CLAUSE_WORD = Math.max(...[...CLAUSE_WORDS].map((w) => w.length));
const CLAUSE_NUMERAL = /[ ](?:[ivxlc]+|\d+)(?![\p{L}\p{N}])/uy;
/** Last syllables of everything isBlockedBefore looks up: no other syllable before a number can block it. */
const BLOCKING_ENDS = new Set([...ORDINAL_BEFORE, ...lastSyllables(ORDINAL_BEFORE_PAIRS), ...lastSyllables(DOCUMENT_TYPES)]);

const CURRENCY_CANON = new Map(MONEY_UNITS.filter(([w]) => CURRENCY_BEFORE_NUMBER.includes(w)));
/** A currency code or symbol at the end of the looked-at text (`us$`, `$`, `usd`). */
const CURRENCY_BEFORE_RE = new RegExp(`(?:${alternation(CURRENCY_BEFORE_NUMBER)})$`, 'u');
/** The last characters of those: a currency can end only at one of them (checked before running the pattern). */
const CURRENCY_LAST_CHARS = new Set(CURRENCY_BEFORE_NUMBER.map((w) => w[w.length - 1]));
/** Words that make a following bare number a value (`đạt 0,75`), so it may stand without a unit. */
const VALUE_VERBS = new Set(['đạt', 'là', 'bằng', 'còn', 'lên']);

// ------------------------------------------------------------------ the recognizer

interface NumberPart { start: number; end: number; value: Decimal; token: string }

/**
 * `numberWordStarts`: the word starts where a number word can start (NUMBER_WORD_STARTS, found by
 * text/syllableStarts; found here when not given), or null to scan the whole text for them.
 */
export function recognizeAmounts(text: string, lower: string, convention: NumberConvention,
  numberWordStarts: readonly number[] | null = startsOrNull(NUMBER_WORD_SYLLABLES.find(lower), 0)): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  let resumeAt = 0;
  DIGIT_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_TOKEN.exec(lower)) !== null) {
    if (m.index < resumeAt) continue;
    const cand = amountAt(text, lower, m.index, m[0], convention, resumeAt);
    if (cand) {
      out.push(cand);
      resumeAt = cand.end;
      if (DIGIT_TOKEN.lastIndex < cand.end) DIGIT_TOKEN.lastIndex = cand.end;
    }
  }
  out.push(...recognizeWordAmounts(text, lower, numberWordStarts));
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Ordinal words that also have a common lower-case meaning (`hạt điều` = cashew): they block only as `Điều 5`. */
const CAPITALISED_ONLY = new Set(['điều', 'mục', 'chương', 'khoản', 'phần']);

function skipSpacesBack(s: string, i: number): number {
  while (i > 0 && s[i - 1] === ' ') i--;
  return i;
}

/** The syllable right before `end`: `syllablesBefore(lower, end, 1)[0]` without building the list. */
function syllableBefore(lower: string, end: number): { word: string; start: number } | null {
  const j = skipInlineSpaceBack(lower, end);
  if (j === 0 || !isWordChar(lower[j - 1])) return null;
  return wordBefore(lower, j);
}

/** Scratch for syllablesBack: the syllables nearest first, and where each starts. */
const BACK: string[] = [];
const BACK_START: number[] = [];
/**
 * Up to `max` syllables before `end` into BACK and BACK_START, nearest first; returns how many. The
 * syllables of `syllablesBefore(lower, end, max)` in reverse order, read by char codes, with no objects.
 */
function syllablesBack(lower: string, end: number, max: number): number {
  let n = 0;
  let i = end;
  while (n < max) {
    const j = skipInlineSpaceBack(lower, i);
    if (j === 0 || !isWordCode(lower.charCodeAt(j - 1))) break;
    const k = wordStart(lower, j);
    BACK[n] = lower.slice(k, j);
    BACK_START[n] = k;
    n++;
    i = k;
  }
  return n;
}

/** Whether a listed counted noun follows the digit token at `start` (`10 doanh nghiệp`). */
function countedNounAfterNumber(lower: string, start: number): boolean {
  DIGIT_TOKEN_STICKY.lastIndex = start;
  const r = DIGIT_TOKEN_STICKY.exec(lower);
  if (!r) return false;
  const at = start + r[0].length;
  if (lower[at] !== ' ') return false;
  return stickyAt(NOUN_RE, NOUN_STARTS, lower, skipSpaces(lower, at)) !== null;
}

function isBlockedBefore(text: string, lower: string, start: number): boolean {
  const prev = lower[start - 1];
  if (isLetter(prev)) return currencyBefore(lower, start) === null; // G7, QH15; but USD1,23

  if ((prev === '-' || prev === '/' || prev === '.' || prev === ':') && isWordChar(lower[start - 2])) return true; // Covid-19, 10/2021, 09:46
  // Fast path: every rule below needs the last syllable to end an ordinal word, a rank pair or a document type.
  const lastWord = syllableBefore(lower, start);
  if (lastWord === null || !BLOCKING_ENDS.has(lastWord.word)) return false;
  const before = syllablesBefore(lower, start, 2);
  const w = before[before.length - 1];
  if (!w || w.end !== skipInlineSpaceBack(lower, start)) return false;
  const pair = before.length === 2 ? `${before[0].word} ${w.word}` : '';
  if (ORDINAL_BEFORE_PAIRS.has(pair)) return true; // `vị trí 12/13`, `Tiểu mục 1`
  const doc = DOCUMENT_TYPE_SET.has(pair) ? before[0] : DOCUMENT_TYPE_SET.has(w.word) ? w : null;
  if (doc && text[doc.start] !== lower[doc.start]) return true; // `Nghị định 100`, `Luật 45`
  if (ORDINAL_BEFORE.has(w.word)) {
    if (CAPITALISED_ONLY.has(w.word) && text[w.start] === lower[w.start]) return false;
    // `top 10 doanh nghiệp` counts the noun (see isRankedGroup); `nhóm 1` names a group.
    if (RANK_GROUP_WORDS.has(w.word) && countedNounAfterNumber(lower, start)) return false;
    // `tổng số 4.000 ha` is a count: `số` alone is blocked only when it is not `tổng số`/`con số`.
    if (w.word === 'số' && before.length === 2 && (before[0].word === 'tổng' || before[0].word === 'con')) return false;
    return true;
  }
  return false;
}

/** A digit token directly followed by a shape that makes it a date, a time of day or a document number. */
function isBlockedAfter(lower: string, end: number): boolean {
  const next = lower[end];
  const next2 = lower[end + 1];
  if (next === ':' && isDigit(next2)) return true; // 09:46
  if ((next === '/' || next === '-') && isLetter(next2)) return true; // 552/KH-UBND, 57-NQ/TW
  if (next === '/' && isDigit(next2)) return true; // dates and document numbers; ratios are handled before this check
  if (isLetter(next) && !/[%$đkmgthx×]/.test(next)) return true; // 1A, 3D: a name unless a unit or multiplier follows
  return false;
}

function readNumber(lower: string, start: number, token: string, convention: NumberConvention): NumberPart | null {
  const value = parseDigitDecimal(token, convention);
  if (value === null) return null;
  return { start, end: start + token.length, value, token };
}

interface UnitMatch { unit: string; kind: UnitKind; end: number }

function readScale(lower: string, i: number): { exp: number; end: number } | null {
  const m = stickyAt(SCALE_RE, SCALE_STARTS, lower, i);
  if (!m) return null;
  const key = spaceKey(m[0]);
  const exp = SCALE.get(key);
  if (exp === undefined) return null;
  // tỷ lệ, tỷ trọng: a trap word one space after (the syllable there, as syllablesAfter reads it).
  const at = i + m[0].length + 1;
  const gap = lower.charCodeAt(at - 1);
  if ((gap === 0x20 || gap === 0x0a) && isLetter(lower[at]) && SCALE_TRAP_SET.has(wordAt(lower, at))) return null;
  if ((key === 'k' || key === 'tr' || key === 'trăm') && lower[i + m[0].length] === '.') return null;
  return { exp, end: i + m[0].length };
}

const TRAPS = new Map(UNIT_TRAPS.map(([w, next]) => [w, new Set(next)]));

/** `đồng chí`, `tấn công`: a unit word that starts another word here. */
function isUnitTrap(lower: string, unit: string, end: number): boolean {
  const next = TRAPS.get(unit);
  if (!next || lower[end] !== ' ') return false;
  return next.has(wordAt(lower, end + 1));
}

function readUnit(text: string, lower: string, i: number): UnitMatch | null {
  const m = stickyAt(UNIT_RE, UNIT_STARTS, lower, i);
  const key = m && spaceKey(m[0]);
  if (m && key !== null && !isUnitTrap(lower, key, i + m[0].length)) {
    const canon = UNIT_CANON.get(key);
    if (canon) {
      // `m`, `h`: only as a unit when the next word is not a letter run continuing a name.
      return { unit: canon.unit, kind: canon.kind, end: i + m[0].length };
    }
  }
  return readCountedNoun(text, lower, i);
}

function readCountedNoun(text: string, lower: string, i: number): UnitMatch | null {
  const m = stickyAt(NOUN_RE, NOUN_STARTS, lower, i);
  if (m) return { unit: text.slice(i, i + m[0].length).replace(/\s+/g, ' '), kind: 'count', end: i + m[0].length };
  const a = stickyAt(ABBREV_RE, ABBREV_STARTS, text, i);
  if (a) return { unit: a[0], kind: 'count', end: i + a[0].length };
  // An unlisted noun: its first syllable, if it is a lower-case word that can start a noun phrase.
  const c = text[i];
  if (!isLetter(c)) return null;
  if (c !== lower[i]) return capitalisedNoun(text, lower, i);
  const w = wordAt(lower, i);
  if (w.length === 0 || NOT_NOUN.has(w) || /\d/.test(w)) return null;
  // A unit word starting another word (`12 đồng chí`) counts that word, both syllables.
  if (isUnitTrap(lower, w, i + w.length)) {
    const end = i + w.length + 1 + wordAt(lower, i + w.length + 1).length;
    return { unit: text.slice(i, end), kind: 'count', end };
  }
  return { unit: text.slice(i, i + w.length), kind: 'count', end: i + w.length };
}

/**
 * A counted noun written with a capital (`60 Chuyên mục`, `3 Liên hiệp HTX`): a capitalised syllable
 * followed, on the same line, by a lower-case one is a common noun in title case (a proper name
 * capitalises every syllable: `Hà Nội`); a counted abbreviation right after it joins the unit.
 */
function capitalisedNoun(text: string, lower: string, i: number): UnitMatch | null {
  // After a line break a capital starts a new line, not the number's noun (`đạt 95⏎Tỷ lệ …`).
  if (lower[skipSpacesBack(lower, i) - 1] === '\n') return null;
  const w = wordAt(lower, i);
  if (w.length === 0 || /\d/.test(w) || NOT_NOUN.has(w)) return null;
  const k = i + w.length;
  if (text[k] !== ' ' || !isLetter(text[k + 1]) || text[k + 1] !== lower[k + 1]) return null;
  const w2 = wordAt(lower, k + 1);
  if (NOT_NOUN.has(w2) || /\d/.test(w2)) return null;
  let end = k + 1 + w2.length;
  if (text[end] === ' ') {
    const a = stickyAt(ABBREV_RE, ABBREV_STARTS, text, end + 1);
    if (a) end = end + 1 + a[0].length;
  }
  return { unit: text.slice(i, end), kind: 'count', end };
}

function amountAt(text: string, lower: string, start: number, token: string, convention: NumberConvention, minStart: number): AmountCandidate | null {
  if (isBlockedBefore(text, lower, start)) return null;
  if (isSlogan(lower, start)) return null;
  const first = readNumber(lower, start, token, convention);
  if (!first) return null;
  let cursor = first.end;
  let value = first.value;
  let rule = 'amount.number';

  // Ratio `629/731 trường`: one amount whose value is the first number.
  if (lower[cursor] === '/' && isDigit(lower[cursor + 1])) return ratioAt(text, lower, first);
  if (isBlockedAfter(lower, cursor) && !(lower[cursor] === 'x' || lower[cursor] === '×')) {
    // a unit written flush (`500kV`, `7%`, `500.000đ`, `100MW`) is not blocked
    const u = readUnit(text, lower, cursor);
    if (!u || u.kind === 'count') return null;
  }
  if (atLineStart(lower, start) && (lower[cursor] === '.' || lower[cursor] === ')') && !isDigit(lower[cursor + 1])) return null; // list numbering

  const tail = numberTail(lower, first, convention);
  value = tail.value;
  cursor = tail.end;
  if (tail.multiplied) rule = 'amount.multiplied';
  const spoken = tail.spoken;

  // First scale and unit (`30%` in `từ 30% đến 50%`, `triệu` in `1 – 2 triệu cây`).
  let unit1: UnitMatch | null = null;
  let j = skipInlineSpace(lower, cursor);
  const s1 = readScaleChain(lower, j, value);
  if (s1) { value = s1.value; j = skipInlineSpace(lower, s1.end); }
  const u1 = readUnitFlexible(text, lower, j, cursor);
  if (u1) unit1 = u1;
  const afterFirst = unit1 ? unit1.end : s1 ? s1.end : cursor;

  // Range: `30 - 50%`, `10 -13%`, `từ 30% đến 50%`, `1 – 2 triệu cây`, `từ 12 cầu cảng đến 15 cầu cảng`.
  let max: Decimal | undefined;
  let end = afterFirst;
  let unit = unit1;
  const range = readRangeAfter(text, lower, afterFirst, convention, start, unit1);
  const bounds = range && rangeBounds(first, value, s1 !== null, unit1, range, convention);
  if (range && bounds) {
    value = bounds.low;
    max = bounds.high;
    unit = range.unit ?? unit1;
    end = range.end;
    rule = 'amount.range';
  }

  if (unit && unit.kind === 'none') return null; // durations, dates, voltage classes
  if (unit && unit.kind === 'count' && isRankedGroup(text, lower, start, unit)) return null;
  if (unit && unit.kind === 'count' && isClauseReference(lower, unit)) return null;
  if ((!unit || unit.kind === 'count') && max === undefined) {
    // A currency written before the number: `$25`, `US$ 12 triệu`, `USD 7 triệu` (also before a noun: `USD 50 triệu vốn FDI`).
    const cur = currencyBefore(lower, start);
    if (cur && cur.start >= minStart && (s1 !== null || !isYearLike(first.token))) {
      const numberEnd = s1 ? s1.end : cursor;
      return finish(text, lower, cur.start, numberEnd, value, undefined, cur.unit, 'money', s1 ? 'amount.scaled.currencyFirst' : 'amount.currencyFirst');
    }
  }
  if (!unit) {
    const hasScale = s1 !== null || (max !== undefined && range?.scaleExp !== 0);
    const verb = syllablesBack(lower, start, 1) === 1 ? BACK[0] : undefined;
    const qualifierOrVerb = (verb !== undefined && (VALUE_VERBS.has(verb) || QUALIFIERS.has(verb))) || symbolQualifierBefore(lower, start);
    if (!hasScale && !(qualifierOrVerb && (first.token.includes(',') || spoken))) return null;
    if (isYearLike(first.token) && !hasScale) return null;
    return finish(text, lower, start, max !== undefined ? end : afterFirst, value, max, '', 'none', hasScale ? 'amount.scaled' : 'amount.bare');
  }
  if (unit.kind === 'count' && isYearLike(first.token) && max === undefined) return null;
  if (rule === 'amount.number') rule = s1 ? `amount.scaled.${unit.kind}` : `amount.${unit.kind}`;
  // A growth written with a minus sign keeps it (`-4,13%`); a dash that starts a list item does not count.
  let spanStart = start;
  if (unit.kind === 'percent' && max === undefined && minusBefore(lower, start) && start - 1 >= minStart) {
    value = makeDecimal(value.digits, value.exp, true);
    spanStart = start - 1;
  }
  return finish(text, lower, spanStart, max !== undefined ? end : unit.end, value, max, unit.unit, unit.kind, rule);
}

/** The number after its digits: a multiplier (`03x900MVA` = 2700) or a decimal read aloud (`4 phẩy 5`, `4 chấm 5`). */
function numberTail(lower: string, first: NumberPart, convention: NumberConvention): { value: Decimal; end: number; multiplied: boolean; spoken: boolean } {
  const cursor = first.end;
  if ((lower[cursor] === 'x' || lower[cursor] === '×') && isDigit(lower[cursor + 1])) {
    DIGIT_TOKEN_STICKY.lastIndex = cursor + 1;
    const r = DIGIT_TOKEN_STICKY.exec(lower);
    const second = r ? parseDigitDecimal(r[0], convention) : null;
    if (r && second !== null) {
      const value = decimalFromNumber(decimalToNumber(first.value) * decimalToNumber(second));
      return { value, end: cursor + 1 + r[0].length, multiplied: true, spoken: false };
    }
  }
  if (!hasSeparator(first.token)) {
    const sd = spokenDecimalAt(lower, cursor);
    if (sd) return { value: decimalOf(first.token, sd[1]), end: SPOKEN_DECIMAL.lastIndex, multiplied: false, spoken: true };
  }
  return { value: first.value, end: cursor, multiplied: false, spoken: false };
}

/**
 * Both bounds of a range, or null when the units disagree or the bounds are not increasing. Without
 * a scale of its own the lower bound takes the upper bound's (`1 – 2 triệu cây`); `từ 20 - 22.000 ha`
 * dropped its thousands on the lower bound.
 */
function rangeBounds(first: NumberPart, value: Decimal, scaled: boolean, unit1: UnitMatch | null, range: RangeTail,
  convention: NumberConvention): { low: Decimal; high: Decimal } | null {
  const sameUnit = unit1 === null || range.unit === null || range.unit.unit === unit1.unit || range.nounRepeated;
  if (!sameUnit || (unit1 && unit1.kind === 'count' && range.unit === null)) return null;
  let low = scaled ? value : shiftDecimal(value, range.scaleExp);
  const high = shiftDecimal(range.value, range.scaleExp);
  const lowN = decimalToNumber(low), highN = decimalToNumber(high);
  if (lowN < highN / 100 && lowN * 1000 < highN && range.token.includes(convention === 'vi' ? '.' : ',') && !hasSeparator(first.token)) low = shiftDecimal(low, 3);
  return decimalToNumber(high) > decimalToNumber(low) ? { low, high } : null;
}

/** `629/731 trường`, `18/18 chỉ tiêu`: one amount whose value is the first number; a rank (`vị trí 12/13 tỉnh`) is none. */
function ratioAt(text: string, lower: string, first: NumberPart): AmountCandidate | null {
  const cursor = first.end;
  DIGIT_TOKEN_STICKY.lastIndex = cursor + 1;
  const r = DIGIT_TOKEN_STICKY.exec(lower);
  if (!r || lower[cursor + 1 + r[0].length] !== ' ') return null;
  const unitAt = skipSpaces(lower, cursor + 1 + r[0].length);
  const u = readCountedNoun(text, lower, unitAt);
  if (!u) return null;
  return finish(text, lower, first.start, u.end, first.value, undefined, u.unit, u.kind, 'amount.ratio');
}

/** `4 phẩy 5`, `4 chấm 5`: the words are decimal marks only between two digit runs. */
const SPOKEN_DECIMAL = new RegExp(`[ ](?:${alternation(SPOKEN_DECIMAL_MARKS)})[ ](\\d+)(?![\\p{N}]|[.,]\\d)`, 'uy');
/** The first letters of the marks: the pattern is run only after a space and one of them. */
const SPOKEN_DECIMAL_STARTS = firstUnits(SPOKEN_DECIMAL_MARKS);
function spokenDecimalAt(lower: string, i: number): RegExpExecArray | null {
  if (lower.charCodeAt(i) !== 0x20 || !SPOKEN_DECIMAL_STARTS.has(lower.charCodeAt(i + 1))) return null;
  SPOKEN_DECIMAL.lastIndex = i;
  return SPOKEN_DECIMAL.exec(lower);
}

/**
 * A scale word and what may follow it (the value scaled by moving the decimal point): `rưỡi` adds
 * half of the scale (`1 tỷ rưỡi`), and smaller scales add up (`5 tỷ 300 triệu`, `2 triệu 150 nghìn`).
 */
function readScaleChain(lower: string, i: number, value: Decimal): { value: Decimal; exp: number; end: number } | null {
  const s = readScale(lower, i);
  if (!s) return null;
  let total = shiftDecimal(value, s.exp);
  let end = s.end;
  let exp = s.exp;
  let k = skipInlineSpace(lower, end);
  if (wordAt(lower, k) === 'rưỡi' && value.exp === 0) {
    total = addDecimals(total, shiftDecimal(decimalOf('5'), exp - 1));
    return { value: total, exp, end: k + 'rưỡi'.length };
  }
  for (let n = 0; n < 4; n++) {
    k = skipSpaces(lower, end);
    if (k === end || !isDigit(lower[k])) break;
    COMPOUND_PART.lastIndex = k;
    const part = COMPOUND_PART.exec(lower);
    if (!part) break;
    const next = readScale(lower, skipSpaces(lower, k + part[0].length));
    if (!next || next.exp >= exp || next.exp < 2) break;
    total = addDecimals(total, shiftDecimal(decimalOf(part[0]), next.exp));
    exp = next.exp;
    end = next.end;
  }
  return { value: total, exp, end };
}

/** A part of a compound amount after a scale: one to three plain digits (`300` in `5 tỷ 300 triệu`). */
const COMPOUND_PART = /\d{1,3}(?![\d.,])/y;

/** `1 mục I`, `3 khoản 2`: a clause word with its own numeral after the number is a reference, not a count. */
function isClauseReference(lower: string, unit: UnitMatch): boolean {
  // Most units are longer than every clause word: no lower-cased copy for them.
  if (unit.unit.length > LONGEST_CLAUSE_WORD || !CLAUSE_WORDS.has(unit.unit.toLowerCase())) return false;
  CLAUSE_NUMERAL.lastIndex = unit.end;
  return CLAUSE_NUMERAL.test(lower);
}

/** A qualifier symbol right before the number (`< 7,6`, `≥90`). */
function symbolQualifierBefore(lower: string, start: number): boolean {
  const c = lower[skipSpaces(lower, start) === start ? skipInlineSpaceBack(lower, start) - 1 : start - 1];
  return c === '<' || c === '>' || c === '≤' || c === '≥';
}

/** A minus sign flush against the number (a list dash is followed by a space), after a space, a bracket or a cell break, that does not close a range. */
function minusBefore(lower: string, start: number): boolean {
  const c = lower[start - 1];
  if (c !== '-' && c !== '−') return false;
  const p = lower[start - 2];
  if (p !== undefined && p !== ' ' && p !== '(' && p !== '\n' && p !== '|' && p !== '\t') return false;
  const q = lower[skipInlineSpaceBack(lower, start - 1) - 1];
  return !(isDigit(q) || q === '%');
}

/** A currency symbol or code right before the number, on its line (`$25`, `US$ 12`, `USD 7`, `EUR 40`). */
function currencyBefore(lower: string, start: number): { start: number; unit: string } | null {
  let k = start;
  while (k > 0 && lower[k - 1] === ' ' && start - k < 2) k--;
  if (!CURRENCY_LAST_CHARS.has(lower[k - 1])) return null;
  const m = CURRENCY_BEFORE_RE.exec(lower.slice(Math.max(0, k - 8), k));
  if (!m) return null;
  const at = Math.max(0, k - 8) + m.index;
  if (isLetter(m[0][0]) && isWordChar(lower[at - 1])) return null;
  const unit = CURRENCY_CANON.get(m[0]);
  return unit ? { start: at, unit } : null;
}

/**
 * After `top`/`tốp`/`nhóm` (unblocked only before a counted noun), the number counts the noun
 * (`top 10 doanh nghiệp`); before a place named after it (`top 03 vùng Đồng bằng sông Cửu Long`)
 * it is a rank.
 */
function isRankedGroup(text: string, lower: string, start: number, unit: UnitMatch): boolean {
  if (syllablesBack(lower, start, 1) === 0 || !RANK_GROUP_WORDS.has(BACK[0])) return false;
  const listed = COUNTED_NOUN_SET.has(unit.unit.toLowerCase());
  const next = skipSpaces(text, unit.end);
  return !listed || (isLetter(text[next]) && text[next] !== lower[next]);
}

const DIGIT_TOKEN_STICKY = /\d+(?:[.,]\d+)*/y;

/** A number opening a quoted slogan (`“3 tốt”`, `"5 không"`) names the slogan; it is not an amount. */
function isSlogan(lower: string, start: number): boolean {
  const open = lower[start - 1];
  if (open !== '“' && open !== '"' && open !== '‘') return false;
  const close = lower.slice(start, start + 24).search(/[”"’]/);
  return close > 0;
}

function isYearLike(token: string): boolean {
  if (token.length !== 4) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    y = y * 10 + (c - 48);
  }
  return y >= 1900 && y <= 2100;
}

/** Whether a digit token has a `.` or `,`. */
const hasSeparator = (token: string) => token.includes('.') || token.includes(',');

/** A unit at `j`; units written flush to the number (`7%`, `500kV`) are read at `flush`. */
function readUnitFlexible(text: string, lower: string, j: number, flush: number): UnitMatch | null {
  if (flush !== j) {
    const u = readUnit(text, lower, flush);
    if (u && u.kind !== 'count') return u;
  }
  const u = readUnit(text, lower, j);
  // A counted noun must be separated from the number by a space (not `1A`).
  if (!u || (u.kind === 'count' && j === flush)) return null;
  return u;
}

interface RangeTail {
  value: Decimal; token: string; scaleExp: number; unit: UnitMatch | null; end: number;
  /** The first bound's noun phrase, repeated whole after the second (`12 cầu cảng đến 15 cầu cảng`). */
  nounRepeated?: boolean;
}

const RANGE_WORDS = /(?:đến|tới|và)(?![\p{L}\p{N}])/uy;
const RANGE_WORD_STARTS = firstUnits(['đến', 'tới', 'và']);
const RANGE_DASHES = new Set(['-', '–', '—', '÷']);

/**
 * The upper bound of a range after the first bound (`from` is where the first bound's unit or number
 * ends). A rate suffix after the first unit (`4,5%/năm đến 5,2%/năm`) is passed over; after `từ`, a
 * counted noun may be written in full on both bounds (`từ 12 cầu cảng đến 15 cầu cảng`).
 */
function readRangeAfter(text: string, lower: string, from: number, convention: NumberConvention, firstStart: number,
  unit1: UnitMatch | null): RangeTail | null {
  let i = from;
  if (unit1 && lower[i] === '/' && isLetter(lower[i + 1])) i += 1 + wordAt(lower, i + 1).length;
  const direct = readRangeTail(text, lower, i, convention, firstStart);
  if (direct || !unit1 || unit1.kind !== 'count') return direct;
  // The rest of the noun phrase, repeated after the second number.
  const words = syllablesAfter(lower, i, 3);
  for (const w of words) {
    if (lower.slice(i, w.start).includes('\n')) break;
    const tail = readRangeTail(text, lower, w.end, convention, firstStart);
    if (!tail) continue;
    const rest = lower.slice(i, w.end);
    if (!tail.unit || tail.unit.unit !== unit1.unit || lower.slice(tail.unit.end, tail.unit.end + rest.length) !== rest) return null;
    const end = tail.unit.end + rest.length;
    if (isWordChar(lower[end])) return null;
    return { ...tail, unit: { ...tail.unit, unit: unit1.unit + text.slice(i, w.end).replace(/\s+/g, ' '), end }, end, nounRepeated: true };
  }
  return null;
}

function readRangeTail(text: string, lower: string, i: number, convention: NumberConvention, firstStart: number): RangeTail | null {
  let j = skipInlineSpace(lower, i);
  const c = lower[j];
  if (RANGE_DASHES.has(c)) {
    j = skipInlineSpace(lower, j + 1);
  } else {
    const word = stickyAt(RANGE_WORDS, RANGE_WORD_STARTS, lower, j);
    if (!word) return null;
    // `đến`/`tới` make a range only after `từ` (`từ 30% đến 50%`), `và` only after `giữa` (`giữa 1.000 và 2.000 đồng`).
    if (syllablesBack(lower, firstStart, 1) === 0 || BACK[0] !== (word[0] === 'và' ? 'giữa' : 'từ')) return null;
    j = skipInlineSpace(lower, RANGE_WORDS.lastIndex);
  }
  if (!isDigit(lower[j])) return null;
  DIGIT_TOKEN_STICKY.lastIndex = j;
  const r = DIGIT_TOKEN_STICKY.exec(lower);
  if (!r) return null;
  let v = parseDigitDecimal(r[0], convention);
  if (v === null) return null;
  let numEnd = j + r[0].length;
  if (!hasSeparator(r[0])) {
    const sd = spokenDecimalAt(lower, numEnd);
    if (sd) { v = decimalOf(r[0], sd[1]); numEnd = SPOKEN_DECIMAL.lastIndex; }
  }
  if (isBlockedAfter(lower, numEnd) && !readUnit(text, lower, numEnd)) return null;
  let k = skipInlineSpace(lower, numEnd);
  let scaleExp = 0;
  const s = readScale(lower, k);
  if (s) { scaleExp = s.exp; k = skipInlineSpace(lower, s.end); }
  const unit = readUnitFlexible(text, lower, k, numEnd);
  if (unit && unit.kind === 'none') return null;
  if (!unit && !s && isYearLike(r[0])) return null;
  const end = unit ? unit.end : s ? s.end : numEnd;
  return { value: v, token: r[0], scaleExp, unit, end };
}

/** Builds the candidate: qualifier from the words before, `từ` kept in a range's span. */
function finish(text: string, lower: string, start: number, end: number, value: Decimal, max: Decimal | undefined,
  unit: string, unitKind: UnitKind, rule: string): AmountCandidate {
  let spanStart = start;
  if (max !== undefined && syllablesBack(lower, start, 1) === 1 && (BACK[0] === 'từ' || BACK[0] === 'giữa')) spanStart = BACK_START[0];
  let qualifier = qualifierBefore(lower, spanStart) ?? qualifierAfter(lower, end) ?? estimateCarried(lower, spanStart);
  // `vượt 5% dự toán` = exceeded the budget by 5 %: `vượt` is the verb, not a qualifier.
  if (qualifier === 'more_than' && syllablesBefore(lower, spanStart, 1)[0]?.word === 'vượt'
    && /^\s*(?:kế hoạch|dự toán|chỉ tiêu|so với)(?![\p{L}])/u.test(lower.slice(end, end + 20))) qualifier = undefined;
  // `đạt và vượt 18/18 chỉ tiêu`: `vượt` coordinated with a verb is a verb too.
  if (qualifier === 'more_than') {
    const two = syllablesBefore(lower, spanStart, 2).map((w) => w.word);
    if (two.length === 2 && two[0] === 'và' && two[1] === 'vượt') qualifier = undefined;
  }
  return {
    start: spanStart, end, value: decimalToNumber(value), max: max === undefined ? undefined : decimalToNumber(max), unit, unitKind, qualifier, rule,
  };
}

/** The qualifier right before an amount, possibly across a bridging verb (`ước đạt`, `đạt trên`). */
export function qualifierBefore(lower: string, start: number): Qualifier | undefined {
  const j = skipInlineSpaceBack(lower, start);
  // Symbol qualifiers: ≥, ≤, >, <.
  const sym = lower[j - 1];
  if (sym === '≥' || sym === '≤' || sym === '>' || sym === '<') {
    const two = lower.slice(Math.max(0, j - 2), j);
    return QUALIFIERS.get(two === '>=' || two === '<=' ? two : sym);
  }
  // The syllables before, nearest first (BACK[0] is the last one): at most four are looked at.
  if (syllablesBack(lower, start, 1) === 0 || !QUALIFIER_ENDS.has(BACK[0])) return undefined; // fast path
  const n = syllablesBack(lower, start, 4);
  // The longest phrase of up to four syllables ending at the number.
  let found: Qualifier | undefined;
  let node = QUALIFIER_TRIE.get(BACK[0]);
  for (let k = 1; node !== undefined; k++) {
    if (node.qualifier) found = node.qualifier;
    node = k < n ? node.before.get(BACK[k]) : undefined;
  }
  if (found) return found;
  // Across a bridging verb: `ước đạt`, `ước tính đạt`, `ước tăng`.
  if (BRIDGES.has(BACK[0]) && n >= 2) {
    // Only an estimate carries across a verb (`ước đạt`): the one or two syllables before it.
    const verbObject = QUALIFIER_TRIE.get(BACK[1]);
    if (verbObject?.qualifier === 'about' || (n >= 3 && verbObject?.before.get(BACK[2])?.qualifier === 'about')) return 'about';
    // Across the span it estimates, right before the verb: `ước cả năm đạt`, `ước 6 tháng tăng`
    // (not across a subject: `ước cả năm GRDP tăng` is no estimate of the number).
    if (n >= 4 && BACK[3] === 'ước' && isEstimatedSpan(BACK[2], BACK[1])) return 'about';
  }
  return undefined;
}

/** Spans an estimate may name between `ước` and its verb: `cả năm`, `năm nay`, `N tháng`. */
function isEstimatedSpan(first: string, second: string): boolean {
  return (first === 'cả' && second === 'năm') || (first === 'năm' && second === 'nay') || (/^\d{1,2}$/.test(first) && second === 'tháng');
}

/** `ước tăng 8% … và tăng 5%`: an estimate carries to a second verb coordinated with the first, in its clause. */
const CARRIED_ESTIMATE = /ước(?: tính)? (?:đạt|tăng|giảm)(?![\p{L}])[^.;:\n]{0,80}$/u;

function estimateCarried(lower: string, start: number): Qualifier | undefined {
  // `và` then a bridging verb: BACK[1], BACK[0].
  if (syllablesBack(lower, start, 2) !== 2 || BACK[1] !== 'và' || !BRIDGES.has(BACK[0])) return undefined;
  const at = BACK_START[1];
  return CARRIED_ESTIMATE.test(lower.slice(Math.max(0, at - 100), at)) ? 'about' : undefined;
}

function qualifierAfter(lower: string, end: number): Qualifier | undefined {
  if (!lower.startsWith('trở', skipInlineSpace(lower, end))) return undefined; // the first syllable must be `trở`
  const after = syllablesAfter(lower, end, 2).map((w) => w.word).join(' ');
  if (after === 'trở lên') return 'at_least';
  if (after === 'trở xuống') return 'at_most';
  return undefined;
}

// ------------------------------------------------------------------ number words

/** A number word followed by another number word, a scale word or `phần` (`phần trăm`): only such sequences can be amounts. */
const WORD_FOLLOWERS = [...NUMBER_WORD_STARTS, 'mươi', 'chục', 'mốt', 'lăm', 'nhăm', 'tư', 'linh', 'lẻ', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vạn', 'phần', 'rưỡi'];
/** Measure and money units written as words of two letters or more (`mười đô la`, `ba ha`): a single number word may stand before them. */
const WORD_UNIT_FOLLOWERS = [...MONEY_UNITS, ...PHYSICAL_UNITS].map(([w]) => w).filter((w) => w.length >= 2 && isLetter(w[0]) && isLetter(w[w.length - 1]));
/** A number word before a follower, at word starts: tried where a number word starts (or scanned for). */
const WORD_STARTS = new WordStartMatches(`(?:${NUMBER_WORD_STARTS.join('|')}) (?=(?:${WORD_FOLLOWERS.join('|')}|${alternation(WORD_UNIT_FOLLOWERS)})(?![\\p{L}\\p{N}]))`);
const NUMBER_WORD_SYLLABLES = new SyllableStarts([NUMBER_WORD_STARTS]);

/**
 * Amounts written in words: accepted only with a scale word or a measure unit after them
 * (`hai mươi lăm phần trăm`, `năm triệu USD`), or as a compound numeral before a counted noun
 * (`hai mươi lăm doanh nghiệp`). A single word before a noun (`một cơ sở`, `ba đột phá`) is not an
 * amount: `một` is as often "a" as "one".
 */
/**
 * The scale words after a number in words and the groups that add to it: `ba tỷ rưỡi`, `năm trăm
 * nghìn`, `năm tỷ ba triệu`, `ba mươi hai nghìn không trăm linh năm` (a last group without a scale is
 * taken only when it has several syllables, so `hai nghìn năm` stays "two thousand years").
 */
function wordScaleChain(lower: string, j: number, first: number): { value: Decimal; end: number } | null {
  const sc = readScale(lower, j);
  if (!sc) return null;
  let exp = sc.exp;
  let total = shiftDecimal(decimalOf(String(first)), exp);
  let end = sc.end;
  let k = skipInlineSpace(lower, end);
  if (wordAt(lower, k) === 'rưỡi') return { value: addDecimals(total, shiftDecimal(decimalOf('5'), exp - 1)), end: k + 'rưỡi'.length };
  const sc2 = readScale(lower, k); // `năm trăm nghìn`
  if (sc2 && sc2.exp > exp) { total = shiftDecimal(total, sc2.exp); exp += sc2.exp; end = sc2.end; }
  for (let n = 0; n < 4 && exp >= 3; n++) {
    k = skipSpaces(lower, end);
    const syl = syllablesAfter(lower, k, 8);
    if (syl.length === 0 || syl[0].start !== k) break;
    const part = parseNumberWords(syl.map((s) => s.word));
    if (!part) break;
    const partEnd = syl[part.length - 1].end;
    const next = readScale(lower, skipSpaces(lower, partEnd));
    if (next && next.exp < exp && next.exp >= 3) {
      total = addDecimals(total, shiftDecimal(decimalOf(String(part.value)), next.exp));
      exp = next.exp; end = next.end; continue;
    }
    if (!next && part.length > 1 && part.value < 1000) { total = addDecimals(total, decimalOf(String(part.value))); end = partEnd; }
    break;
  }
  return { value: total, end };
}

/** `starts`: as for {@link recognizeAmounts}. */
function recognizeWordAmounts(text: string, lower: string, starts: readonly number[] | null): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const matches = WORD_STARTS.reset(lower, starts);
  let m: RegExpExecArray | null;
  let resumeAt = 0;
  while ((m = matches.next()) !== null) {
    if (m.index < resumeAt) continue;
    const syl = syllablesAfter(lower, m.index, 12);
    const parsed = parseNumberWords(syl.map((s) => s.word));
    if (!parsed) continue;
    let i = syl[parsed.length - 1].end;
    let j = skipInlineSpace(lower, i);
    const chain = wordScaleChain(lower, j, parsed.value);
    const scaled = chain !== null;
    const value = chain ? chain.value : decimalOf(String(parsed.value));
    if (chain) { i = chain.end; j = skipInlineSpace(lower, i); }
    const u = readUnit(text, lower, j);
    const compound = parsed.length > 1 || scaled;
    if (u && u.kind === 'none') continue;
    if (!u && !scaled) continue;
    if (u && u.kind === 'count' && !compound) continue;
    if (!scaled && parsed.length === 1 && syl[0].word === 'năm') continue; // a bare `năm` is "year" far more often ("cây hằng năm ha")
    const end = u ? u.end : i;
    const qualifier = qualifierBefore(lower, m.index);
    out.push({ start: m.index, end, value: decimalToNumber(value), unit: u ? u.unit : '', unitKind: u ? u.kind : 'none', qualifier, rule: 'amount.words' });
    resumeAt = end;
  }
  return out;
}
