/**
 * Amounts: a number (digits, or number words with a scale or unit), an optional range, an optional
 * scale word and a unit or counted noun. Anchored on digit tokens; each anchor does bounded local
 * work, so the recognizer is linear in its input.
 *
 * Roles are not decided here (see refiners/roles); qualifiers are, since they are local.
 */
import type { Qualifier } from '../types';
import { WB_AFTER, alternation, execAtWordStart, isDigit, isLetter, isWordChar } from '../text/chars';
import { atLineStart, skipInlineSpace, skipInlineSpaceBack, skipSpaces, syllablesAfter, syllablesBefore, wordAt } from '../text/scan';
import { SCALE_TRAPS, SCALE_WORDS } from '../lexicon/scales';
import { MONEY_UNITS, PERCENT_UNITS, PHYSICAL_UNITS, TIME_UNITS, VOLTAGE_UNITS } from '../lexicon/units';
import { COUNTED_ABBREVIATIONS, COUNTED_NOUNS, NOT_NOUN_START } from '../lexicon/nouns';
import { QUALIFIER_BRIDGE_VERBS, QUALIFIER_WORDS } from '../lexicon/qualifiers';
import { DIGIT_TOKEN, NUMBER_WORD_STARTS, type NumberConvention, parseDigitToken, parseNumberWords } from './numbers';

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

const spaceKey = (s: string) => s.replace(/\s+/g, ' ');

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

const SCALE = new Map(SCALE_WORDS.map(([w, f]) => [w, f]));
const SCALE_RE = new RegExp(`(?:${alternation(SCALE.keys())})${WB_AFTER}`, 'uy');
const SCALE_TRAP_SET = new Set(SCALE_TRAPS);

const NOUN_RE = new RegExp(`(?:${alternation(COUNTED_NOUNS)})${WB_AFTER}`, 'uy');
const ABBREV_RE = new RegExp(`(?:${alternation(COUNTED_ABBREVIATIONS)})${WB_AFTER}`, 'uy');
const NOT_NOUN = new Set(NOT_NOUN_START);

const QUALIFIERS = new Map(QUALIFIER_WORDS.map(([w, q]) => [w, q]));
const BRIDGES = new Set(QUALIFIER_BRIDGE_VERBS);

/** Words right before a number that make it an ordinal, a rank or part of a name, not an amount. */
const ORDINAL_BEFORE = new Set([
  'thứ', 'top', 'hạng', 'loại', 'khóa', 'khoá', 'mạch', 'đai', 'điều', 'khoản', 'chương', 'mục', 'lục', 'lộ',
  'phiên', 'kỳ', 'đợt', 'tập', 'trang', 'lần', 'covid', 'cấp', 'tổ', 'ấp', 'phòng', 'tầng', 'hạng', 'bậc', 'nhóm',
  'quận', 'phường', 'khu', 'lô', 'số', 'hiệu', 'mã', 'tuyến',
]);
/** Words that make a following bare number a value (`đạt 0,75`), so it may stand without a unit. */
const VALUE_VERBS = new Set(['đạt', 'là', 'bằng', 'còn', 'lên']);

// ------------------------------------------------------------------ the recognizer

interface NumberPart { start: number; end: number; value: number; token: string }

export function recognizeAmounts(text: string, lower: string, convention: NumberConvention): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  let resumeAt = 0;
  DIGIT_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_TOKEN.exec(lower)) !== null) {
    if (m.index < resumeAt) continue;
    const cand = amountAt(text, lower, m.index, m[0], convention);
    if (cand) {
      out.push(cand);
      resumeAt = cand.end;
      if (DIGIT_TOKEN.lastIndex < cand.end) DIGIT_TOKEN.lastIndex = cand.end;
    }
  }
  out.push(...recognizeWordAmounts(text, lower));
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Ordinal words that also have a common lower-case meaning (`hạt điều` = cashew): they block only as `Điều 5`. */
const CAPITALISED_ONLY = new Set(['điều', 'mục', 'chương', 'khoản', 'phần']);

function isBlockedBefore(text: string, lower: string, start: number): boolean {
  const prev = lower[start - 1];
  if (isLetter(prev)) return true; // G7, QH15
  if ((prev === '-' || prev === '/' || prev === '.' || prev === ':') && isWordChar(lower[start - 2])) return true; // Covid-19, 10/2021, 09:46
  const before = syllablesBefore(lower, start, 2);
  const w = before[before.length - 1];
  if (w && w.end === skipInlineSpaceBack(lower, start) && ORDINAL_BEFORE.has(w.word)) {
    if (CAPITALISED_ONLY.has(w.word) && text[w.start] === lower[w.start]) return false;
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
  const value = parseDigitToken(token, convention);
  if (value === null) return null;
  return { start, end: start + token.length, value, token };
}

interface UnitMatch { unit: string; kind: UnitKind; end: number }

function readScale(lower: string, i: number): { factor: number; end: number } | null {
  SCALE_RE.lastIndex = i;
  const m = SCALE_RE.exec(lower);
  if (!m) return null;
  const key = spaceKey(m[0]);
  const factor = SCALE.get(key);
  if (factor === undefined) return null;
  const after = syllablesAfter(lower, i + m[0].length, 1)[0];
  if (after && after.start === i + m[0].length + 1 && SCALE_TRAP_SET.has(after.word)) return null; // tỷ lệ, tỷ trọng
  if ((key === 'k' || key === 'tr' || key === 'trăm') && lower[i + m[0].length] === '.') return null;
  return { factor, end: i + m[0].length };
}

function readUnit(text: string, lower: string, i: number): UnitMatch | null {
  UNIT_RE.lastIndex = i;
  const m = UNIT_RE.exec(lower);
  if (m) {
    const canon = UNIT_CANON.get(spaceKey(m[0]));
    if (canon) {
      // `m`, `h`: only as a unit when the next word is not a letter run continuing a name.
      return { unit: canon.unit, kind: canon.kind, end: i + m[0].length };
    }
  }
  return readCountedNoun(text, lower, i);
}

function readCountedNoun(text: string, lower: string, i: number): UnitMatch | null {
  NOUN_RE.lastIndex = i;
  const m = NOUN_RE.exec(lower);
  if (m) return { unit: text.slice(i, i + m[0].length).replace(/\s+/g, ' '), kind: 'count', end: i + m[0].length };
  ABBREV_RE.lastIndex = i;
  const a = ABBREV_RE.exec(text);
  if (a) return { unit: a[0], kind: 'count', end: i + a[0].length };
  // An unlisted noun: its first syllable, if it is a lower-case word that can start a noun phrase.
  const c = text[i];
  if (!isLetter(c) || c !== lower[i]) return null;
  const w = wordAt(lower, i);
  if (w.length === 0 || NOT_NOUN.has(w) || /\d/.test(w)) return null;
  return { unit: text.slice(i, i + w.length), kind: 'count', end: i + w.length };
}

function amountAt(text: string, lower: string, start: number, token: string, convention: NumberConvention): AmountCandidate | null {
  if (isBlockedBefore(text, lower, start)) return null;
  if (isSlogan(lower, start)) return null;
  const first = readNumber(lower, start, token, convention);
  if (!first) return null;
  let cursor = first.end;
  let value = first.value;
  let rule = 'amount.number';

  // Ratio `629/731 trường`: one amount whose value is the first number.
  if (lower[cursor] === '/' && isDigit(lower[cursor + 1])) {
    DIGIT_TOKEN_STICKY.lastIndex = cursor + 1;
    const r = DIGIT_TOKEN_STICKY.exec(lower);
    if (r && lower[cursor + 1 + r[0].length] === ' ') {
      const unitAt = skipSpaces(lower, cursor + 1 + r[0].length);
      const u = readCountedNoun(text, lower, unitAt);
      if (u && !/[/-]/.test(lower[cursor + 1 + r[0].length] ?? '')) {
        return finish(text, lower, start, u.end, value, undefined, u.unit, u.kind, 'amount.ratio');
      }
    }
    return null;
  }
  if (isBlockedAfter(lower, cursor) && !(lower[cursor] === 'x' || lower[cursor] === '×')) {
    // a unit written flush (`500kV`, `7%`, `500.000đ`, `100MW`) is not blocked
    const u = readUnit(text, lower, cursor);
    if (!u || u.kind === 'count') return null;
  }
  if (atLineStart(lower, start) && (lower[cursor] === '.' || lower[cursor] === ')') && !isDigit(lower[cursor + 1])) return null; // list numbering

  // Multiplier `03x900MVA`.
  if ((lower[cursor] === 'x' || lower[cursor] === '×') && isDigit(lower[cursor + 1])) {
    DIGIT_TOKEN_STICKY.lastIndex = cursor + 1;
    const r = DIGIT_TOKEN_STICKY.exec(lower);
    const second = r ? parseDigitToken(r[0], convention) : null;
    if (r && second !== null) {
      value = value * second;
      cursor = cursor + 1 + r[0].length;
      rule = 'amount.multiplied';
    }
  }

  // First scale and unit (`30%` in `từ 30% đến 50%`, `triệu` in `1 – 2 triệu cây`).
  let scale1 = 1;
  let unit1: UnitMatch | null = null;
  let j = skipInlineSpace(lower, cursor);
  const s1 = readScale(lower, j);
  if (s1) {
    scale1 = s1.factor;
    j = skipInlineSpace(lower, s1.end);
    // `1 tỷ rưỡi` = 1.5 tỷ: `rưỡi` adds half of the scale.
    if (wordAt(lower, j) === 'rưỡi' && Number.isInteger(value)) { value += 0.5; s1.end = j + 'rưỡi'.length; j = skipInlineSpace(lower, s1.end); }
  }
  const u1 = readUnitFlexible(text, lower, j, cursor);
  if (u1) unit1 = u1;
  const afterFirst = unit1 ? unit1.end : s1 ? s1.end : cursor;

  // Range: `30 - 50%`, `10 -13%`, `từ 30% đến 50%`, `1 – 2 triệu cây`.
  let max: number | undefined;
  let end = afterFirst;
  let scale = scale1;
  let unit = unit1;
  const range = readRangeTail(text, lower, afterFirst, convention, start);
  if (range && (unit1 === null || range.unit === null || range.unit.unit === unit1.unit) && !(unit1 && unit1.kind === 'count' && range.unit === null)) {
    const scale2 = range.scale;
    const lowScale = s1 ? scale1 : scale2;
    let low = value * lowScale;
    const high = range.value * scale2;
    // `từ 20 - 22.000 ha`: the lower bound dropped its thousands.
    if (low < high / 100 && low * 1000 <= high && range.token.includes(convention === 'vi' ? '.' : ',') && !first.token.match(/[.,]/)) low *= 1000;
    if (high > low) {
      value = low;
      max = high;
      scale = 1;
      unit = range.unit ?? unit1;
      end = range.end;
      rule = 'amount.range';
    }
  }
  if (max === undefined) {
    value *= scale;
    scale = 1;
  }

  if (unit && unit.kind === 'none') return null; // durations, dates, voltage classes
  if (!unit) {
    const hasScale = s1 !== null || (max !== undefined && range?.scale !== 1);
    const verb = syllablesBefore(lower, start, 1)[0];
    const qualifierOrVerb = verb && (VALUE_VERBS.has(verb.word) || QUALIFIERS.has(verb.word));
    if (!hasScale && !(qualifierOrVerb && /,/.test(first.token))) return null;
    if (isYearLike(first.token) && !hasScale) return null;
    return finish(text, lower, start, max !== undefined ? end : afterFirst, value, max, '', 'none', hasScale ? 'amount.scaled' : 'amount.bare');
  }
  if (unit.kind === 'count' && isYearLike(first.token) && max === undefined) return null;
  if (rule === 'amount.number') rule = s1 ? `amount.scaled.${unit.kind}` : `amount.${unit.kind}`;
  return finish(text, lower, start, max !== undefined ? end : unit.end, value, max, unit.unit, unit.kind, rule);
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
  if (!/^\d{4}$/.test(token)) return false;
  const y = Number(token);
  return y >= 1900 && y <= 2100;
}

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

interface RangeTail { value: number; token: string; scale: number; unit: UnitMatch | null; end: number }

const RANGE_WORDS = /(?:đến|tới)(?![\p{L}\p{N}])/uy;

function readRangeTail(text: string, lower: string, i: number, convention: NumberConvention, firstStart: number): RangeTail | null {
  let j = skipInlineSpace(lower, i);
  const c = lower[j];
  if (c === '-' || c === '–' || c === '—') {
    j = skipInlineSpace(lower, j + 1);
  } else {
    RANGE_WORDS.lastIndex = j;
    if (!RANGE_WORDS.exec(lower)) return null;
    // `đến`/`tới` make a range only after `từ` (`từ 30% đến 50%`).
    const before = syllablesBefore(lower, firstStart, 1)[0];
    if (!before || before.word !== 'từ') return null;
    j = skipInlineSpace(lower, RANGE_WORDS.lastIndex);
  }
  if (!isDigit(lower[j])) return null;
  DIGIT_TOKEN_STICKY.lastIndex = j;
  const r = DIGIT_TOKEN_STICKY.exec(lower);
  if (!r) return null;
  const v = parseDigitToken(r[0], convention);
  if (v === null) return null;
  const numEnd = j + r[0].length;
  if (isBlockedAfter(lower, numEnd) && !readUnit(text, lower, numEnd)) return null;
  let k = skipInlineSpace(lower, numEnd);
  let scale = 1;
  const s = readScale(lower, k);
  if (s) { scale = s.factor; k = skipInlineSpace(lower, s.end); }
  const unit = readUnitFlexible(text, lower, k, numEnd);
  if (unit && unit.kind === 'none') return null;
  if (!unit && !s && isYearLike(r[0])) return null;
  const end = unit ? unit.end : s ? s.end : numEnd;
  return { value: v, token: r[0], scale, unit, end };
}

/** Builds the candidate: qualifier from the words before, `từ` kept in a range's span. */
function finish(text: string, lower: string, start: number, end: number, value: number, max: number | undefined,
  unit: string, unitKind: UnitKind, rule: string): AmountCandidate {
  let spanStart = start;
  const before = syllablesBefore(lower, start, 3);
  const last = before[before.length - 1];
  if (max !== undefined && last && last.word === 'từ') spanStart = last.start;
  let qualifier = qualifierBefore(lower, spanStart) ?? qualifierAfter(lower, end);
  // `vượt 5% dự toán` = exceeded the budget by 5 %: `vượt` is the verb, not a qualifier.
  if (qualifier === 'more_than' && syllablesBefore(lower, spanStart, 1)[0]?.word === 'vượt'
    && /^\s*(?:kế hoạch|dự toán|chỉ tiêu|so với)(?![\p{L}])/u.test(lower.slice(end, end + 20))) qualifier = undefined;
  return { start: spanStart, end, value, max, unit, unitKind, qualifier, rule };
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
  const words = syllablesBefore(lower, start, 4).map((w) => w.word);
  for (let take = Math.min(3, words.length); take >= 1; take--) {
    const phrase = words.slice(words.length - take).join(' ');
    const q = QUALIFIERS.get(phrase);
    if (q) return q;
  }
  // Across a bridging verb: `ước đạt`, `ước tính đạt`, `ước tăng`.
  const lastWord = words[words.length - 1];
  if (lastWord !== undefined && BRIDGES.has(lastWord) && words.length >= 2) {
    for (let take = Math.min(2, words.length - 1); take >= 1; take--) {
      const phrase = words.slice(words.length - 1 - take, words.length - 1).join(' ');
      const q = QUALIFIERS.get(phrase);
      if (q === 'about') return q; // only an estimate carries across a verb (`ước đạt`)
    }
  }
  return undefined;
}

function qualifierAfter(lower: string, end: number): Qualifier | undefined {
  const after = syllablesAfter(lower, end, 2).map((w) => w.word).join(' ');
  if (after === 'trở lên') return 'at_least';
  if (after === 'trở xuống') return 'at_most';
  return undefined;
}

// ------------------------------------------------------------------ number words

/** A number word followed by another number word, a scale word or `phần` (`phần trăm`): only such sequences can be amounts. */
const WORD_START_RE = new RegExp(`(?:${NUMBER_WORD_STARTS.join('|')}) (?=(?:${[...NUMBER_WORD_STARTS, 'mươi', 'mốt', 'lăm', 'nhăm', 'tư', 'linh', 'lẻ', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vạn', 'phần', 'rưỡi'].join('|')})(?![\\p{L}\\p{N}]))`, 'gu');

/**
 * Amounts written in words: accepted only with a scale word or a measure unit after them
 * (`hai mươi lăm phần trăm`, `năm triệu USD`), or as a compound numeral before a counted noun
 * (`hai mươi lăm doanh nghiệp`). A single word before a noun (`một cơ sở`, `ba đột phá`) is not an
 * amount: `một` is as often "a" as "one".
 */
function recognizeWordAmounts(text: string, lower: string): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  WORD_START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let resumeAt = 0;
  while ((m = execAtWordStart(WORD_START_RE, lower)) !== null) {
    if (m.index < resumeAt) continue;
    const syl = syllablesAfter(lower, m.index, 12);
    const parsed = parseNumberWords(syl.map((s) => s.word));
    if (!parsed) continue;
    let i = syl[parsed.length - 1].end;
    let value = parsed.value;
    // `rưỡi` after a scale: `1 tỷ rưỡi`.
    let j = skipInlineSpace(lower, i);
    const sc = readScale(lower, j);
    let scaled = false;
    if (sc) {
      value *= sc.factor; i = sc.end; j = skipInlineSpace(lower, i); scaled = true;
      if (wordAt(lower, j) === 'rưỡi') { value += sc.factor / 2; i = j + 'rưỡi'.length; j = skipInlineSpace(lower, i); }
      const sc2 = readScale(lower, j); // `năm trăm nghìn`
      if (sc2) { value *= sc2.factor; i = sc2.end; j = skipInlineSpace(lower, i); }
    }
    const u = readUnit(text, lower, j);
    const compound = parsed.length > 1 || scaled;
    if (u && u.kind === 'none') continue;
    if (!u && !scaled) continue;
    if (u && u.kind === 'count' && !compound) continue;
    if (!scaled && parsed.length === 1 && m[0] === 'năm') continue; // `năm` is "year" far more often
    const end = u ? u.end : i;
    const qualifier = qualifierBefore(lower, m.index);
    out.push({ start: m.index, end, value, unit: u ? u.unit : '', unitKind: u ? u.kind : 'none', qualifier, rule: 'amount.words' });
    resumeAt = end;
  }
  return out;
}
