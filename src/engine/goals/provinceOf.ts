/**
 * Whose goal is it? The province (or provinces, or the country) a goal stated at an offset belongs to.
 *
 * 1. The provinces named before the goal in its sentence: the nearest one, or the whole list it
 *    stands in (`Đối với A và B, đến năm 2030, …`, `các tỉnh ven biển (gồm: A, B, C) …`, `như A, B,
 *    C… đồng loạt … mục tiêu …`): one goal per named province. Each item of `trong đó A có 200 …, B
 *    có 500 …` takes its own.
 * 2. The country, when the goal's subject is national (`cả nước`, `toàn quốc`, `Việt Nam`, `GDP`,
 *    `tổng sản phẩm trong nước`, `Chính phủ đặt mục tiêu`): a national goal has province `null`.
 * 3. A province named later in the sentence, then earlier in the paragraph.
 * 4. The document's subject: `null` for a national document (a decision of the Government or the
 *    National Assembly, a text about the whole economy), else the province it is most about.
 */
import type { GoalContext } from './context';
import { isIncidentalMention, PROVINCE_LIST_GAP } from '../refiners/documentProvinces';
import { firstAtOrAfter, spanIndexAt } from '../text/sorted';
import { alternation, escapeRegExp, execNotAfterLetterOrNumber, letterOrNumberBefore } from '../text/chars';

interface Mention { start: number; end: number; name: string; group: number }

/** Before a province that is a place or a comparison, not a subject (`ở TP. Hồ Chí Minh, tỉnh Long An …`, `Khác với Đồng Nai, …`). */
const NOT_SUBJECT_BEFORE = /(?:^|\s)(?:ở|tại|(?<!đối )với|so với|khác với|hơn|sau|trước|cùng với|từ|đến|tới|giữa)\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?$/u;
/** What introduces a list of provinces as subjects (`các tỉnh …`, `gồm`, `Đối với`). */
const LIST_INTRO = /(?:các|những|gồm|gồm có|bao gồm|đối với|như|là)\s*:?\s*(?:(?:tỉnh|thành phố|tp\.?|địa phương)\s*)?(?:\(\s*)?$/u;
/** Words naming the country, its Government or its output: a national subject (not after a letter or number: see the scan). */
const NATIONAL_WORDS = ['cả nước', 'toàn quốc', 'việt nam', 'gdp', 'tổng sản phẩm trong nước', 'chính phủ', 'quốc hội', 'thủ tướng'];
const NATIONAL = new RegExp(`(?:${alternation(NATIONAL_WORDS)})(?![\\p{L}\\p{N}])`, 'gu');
/** Before a national word: a comparison, not a subject (`cao hơn bình quân cả nước`, `dẫn đầu cả nước`). */
const COMPARED_BEFORE = /(?:so với|hơn|dẫn đầu|đứng đầu|nhất|thứ|top|nhóm|trong|bình quân|mức|chung|chuẩn|cấp|tầm|thương hiệu|của)\s*$/u;
/** `của cả nước đạt …`: after `của`, the country is the subject when a value verb follows. */
const NATIONAL_OF = /của\s*$/u;
/** Markers of a document about the whole country: the national words and the national plan (not after a letter or number: see the scan). */
export const NATIONAL_DOC_WORDS: readonly string[] = [...NATIONAL_WORDS, 'quy hoạch tổng thể quốc gia'];
const NATIONAL_DOC = new RegExp(`(?:${alternation(NATIONAL_DOC_WORDS)})(?![\\p{L}\\p{N}])`, 'gu');
/** {@link NATIONAL_DOC} matched at one offset only. */
const NATIONAL_DOC_AT = new RegExp(NATIONAL_DOC.source, 'uy');
/**
 * The first syllables of its words: a match of {@link NATIONAL_DOC} starts with one of them, as written.
 * A plain alternation of short literals (no `u` flag): its scan finds the next one ~1.6x faster than
 * an `indexOf` per syllable.
 */
const NATIONAL_DOC_START = new RegExp([...new Set(NATIONAL_DOC_WORDS.map((w) => w.split(' ')[0]))].map(escapeRegExp).join('|'), 'g');

/** The provinces of a goal, and whether the text names them as its subject (`named`: before it in its sentence, or the country). */
export interface GoalProvinces { names: Array<string | null>; named: boolean }
export type ProvinceResolver = (offset: number) => GoalProvinces;

export function makeProvinceResolver(ctx: GoalContext): ProvinceResolver {
  const lower = ctx.norm.lower;
  const about = new Set(ctx.provinces.map((p) => p.name));
  const mentions: Mention[] = [];
  let group = 0;
  ctx.provinceHits.forEach((h, i) => {
    if (isIncidentalMention(ctx.provinceHits, i, lower) || !about.has(ctx.provinceEntities[i].name)) return;
    const prev = mentions[mentions.length - 1];
    if (!(prev && h.start - prev.end <= 24 && PROVINCE_LIST_GAP.test(lower.slice(prev.end, h.start)))) group++;
    mentions.push({ start: h.start, end: h.end, name: ctx.provinceEntities[i].name, group });
  });
  let fallbackMemo: { name: string | null } | undefined;
  /** The document's subject (decided once, when a goal first needs it). */
  const fallback = (): string | null => {
    fallbackMemo ??= { name: isNationalDocument(lower, ctx.provinces[0]?.mentions ?? 0, ctx.nationalStarts) ? null : ctx.provinces[0]?.name ?? null };
    return fallbackMemo.name;
  };

  return (offset) => {
    const si = ctx.discourse.sentenceAt(offset);
    const sentence = ctx.discourse.sentences[si] ?? [0, offset];
    // 1. Named before the goal in its sentence: the nearest, with the list it stands in.
    const k = firstAtOrAfter(mentions, offset) - 1;
    if (k >= 0 && mentions[k].start >= sentence[0]) {
      const members: Mention[] = [];
      for (let j = k; j >= 0 && mentions[j].group === mentions[k].group && mentions[j].start >= sentence[0]; j--) members.unshift(mentions[j]);
      // A place or a comparison is not a subject; two names joined by a comma alone are a list only after an introducer.
      const subjects = members.filter((m) => !NOT_SUBJECT_BEFORE.test(lower.slice(Math.max(0, m.start - 20), m.start)));
      if (subjects.length) {
        let chosen = subjects;
      if (chosen.length === 2 && !/\s(?:và|cùng|hoặc)\s/u.test(lower.slice(chosen[0].end, chosen[1].start))
        && !LIST_INTRO.test(lower.slice(Math.max(0, chosen[0].start - 24), chosen[0].start))) chosen = [chosen[1]];
        const names: string[] = [];
        for (const m of chosen) if (!names.includes(m.name)) names.push(m.name);
        return { names, named: true };
      }
    }
    // 2. A national subject.
    if (hasNationalSubject(lower, Math.max(sentence[0], offset - 300), offset)) return { names: [null], named: true };
    // 3. Later in the sentence, then earlier in the paragraph.
    const later = firstAtOrAfter(mentions, sentence[0]);
    if (later < mentions.length && mentions[later].start < sentence[1]) return { names: [mentions[later].name], named: false };
    const pi = spanIndexAt(ctx.discourse.paragraphs, offset);
    const para = pi >= 0 ? ctx.discourse.paragraphs[pi] : sentence;
    if (k >= 0 && mentions[k].start >= para[0]) return { names: [mentions[k].name], named: false };
    // 4. The document's subject.
    return { names: [fallback()], named: false };
  };
}

function hasNationalSubject(lower: string, from: number, to: number): boolean {
  NATIONAL.lastIndex = 0;
  const part = lower.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = execNotAfterLetterOrNumber(NATIONAL, part)) !== null) {
    const before = part.slice(Math.max(0, m.index - 16), m.index);
    if (!COMPARED_BEFORE.test(before)) return true;
    if (NATIONAL_OF.test(before) && /^\s*(?:đạt|tăng|phấn đấu|là|có|ước)(?![\p{L}])/u.test(part.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
  }
  return false;
}

/** How much of a long text is read for its national words. */
const NATIONAL_SAMPLE = 200_000;

/**
 * A document about the whole country names it (or its Government, its GDP) more often than any
 * province. `starts`: where its words can start in the whole text (GoalContext nationalStarts), if known.
 */
function isNationalDocument(lower: string, topProvinceMentions: number, starts: GoalContext['nationalStarts']): boolean {
  const sample = lower.length > NATIONAL_SAMPLE ? lower.slice(0, NATIONAL_SAMPLE) : lower;
  // Counted only as far as the answer needs: once there are enough, more change nothing.
  const enough = Math.max(3, 2 * topProvinceMentions + 1);
  // (A sample cut from a longer text may end inside a word the scan read whole: scanned here then.)
  const n = starts && sample === lower ? nationalWordsAt(sample, starts, enough) : nationalWordsScanned(sample, enough);
  return n >= 3 && n > 2 * topProvinceMentions;
}

/**
 * The matches `execNotAfterLetterOrNumber(NATIONAL_DOC, sample)` finds one after another (up to
 * `enough`), tried only where one of the first syllables stands: the pattern's own scan enters at
 * almost every letter, since its words start with common ones.
 */
function nationalWordsScanned(sample: string, enough: number): number {
  let n = 0, pos = 0;
  while (n < enough) {
    NATIONAL_DOC_START.lastIndex = pos;
    const start = NATIONAL_DOC_START.exec(sample);
    if (start === null) break;
    const k = start.index;
    NATIONAL_DOC_AT.lastIndex = k;
    const m = NATIONAL_DOC_AT.exec(sample);
    if (m && !letterOrNumberBefore(sample, k)) { n++; pos = k + m[0].length; } else pos = k + 1;
  }
  return n;
}

/** {@link nationalWordsScanned}, tried at the word starts the text's scan found (every offset where a match can start is among them). */
function nationalWordsAt(sample: string, starts: readonly number[], enough: number): number {
  let n = 0, pos = 0;
  for (let j = 0; j < starts.length && n < enough; j++) {
    const k = starts[j];
    if (k < pos) continue;
    NATIONAL_DOC_AT.lastIndex = k;
    const m = NATIONAL_DOC_AT.exec(sample);
    if (m && !letterOrNumberBefore(sample, k)) { n++; pos = k + m[0].length; }
  }
  return n;
}
