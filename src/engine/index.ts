/**
 * chitieu's extraction engine: pure TypeScript, no `vscode`, no Node-only API.
 *
 *   extract(text, options?) → { provinces, entities, goals, documentYear }
 *   extractStaged(text, options?) → the same in two steps: everything but the goals, then the goals
 *
 * The pipeline, after chrono-node: normalise → recognizers (amounts, tables, times, provinces) → refiners
 * (overlaps, document time, relative times, roles) → goal assembly. Offsets are mapped back to the
 * text as given.
 */
import type { AmountEntity, Entity, ExtractOptions, Extraction, Goal, ProvinceEntity, TimeEntity } from './types';
import { type LetterCounts, normalizeCounting } from './text/normalize';
import { segment } from './text/discourse';
import { detectConvention } from './recognizers/numbers';
import { recognizeAmounts } from './recognizers/amounts';
import { recognizeTimes, TIME_STARTS } from './recognizers/times';
import { recognizeTables, withTableAmounts } from './recognizers/tables';
import { pickRecord, PROVINCE_FORMS, recognizeProvinces, unit2025 } from './recognizers/provinces';
import { NUMBER_WORD_STARTS } from './recognizers/numbers';
import { dropOverlapping, removeOverlaps } from './refiners/overlaps';
import { documentTime, resolutionYear } from './refiners/documentTime';
import { resolveRelativeTimes } from './refiners/relativeTimes';
import { assignRoles, CUE_WORDS, findCues } from './refiners/roles';
import { documentProvinces } from './refiners/documentProvinces';
import { assembleGoals } from './goals/assemble';
import { findStateCues, STATE_CUE_WORDS } from './goals/stateCues';
import { NATIONAL_DOC_WORDS } from './goals/provinceOf';
import { SyllableStarts } from './text/syllableStarts';

export * from './types';
export { PROVINCES } from './data/provinces.data';

/** Input larger than this is processed in full but goal assembly is skipped beyond it (see README). */
const MAX_CHARS = 64 * 1024 * 1024;

/**
 * Where the role cue words, the goals' state cues, the words of a national document, time
 * expressions, province names and numbers in words can start: found in one pass over the text.
 */
const WORD_STARTS = new SyllableStarts([CUE_WORDS, STATE_CUE_WORDS, NATIONAL_DOC_WORDS, TIME_STARTS, PROVINCE_FORMS, NUMBER_WORD_STARTS]);

/**
 * Whether the text is written without diacritics, and whether it uses letter case at all (sampled: cheap
 * on large texts). `counts`: the whole text's letters, when normalisation counted them.
 */
function scriptProfile(text: string, counts: LetterCounts | undefined): { mostlyAscii: boolean; hasCapitals: boolean } {
  const sample = text.length > 200_000 ? text.slice(0, 100_000) + text.slice(-100_000) : text;
  let letters = 0, nonAscii = 0;
  if (counts && sample === text) ({ letters, nonAscii } = counts);
  else {
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (c > 0x7f) { nonAscii++; letters++; } else if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    }
  }
  return { mostlyAscii: letters > 0 && nonAscii / letters < 0.02, hasCapitals: /\p{Lu}/u.test(sample) && /\p{Ll}/u.test(sample) };
}

/** Whether entities are in order of their spans (start, then end). */
function inSpanOrder(list: readonly Entity[]): boolean {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1].span, b = list[k].span;
    if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) return false;
  }
  return true;
}

/**
 * `[...a, ...b].sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1])` (stable: on a tie, `a`'s
 * first): a merge when each list is in order already, as the pipeline's are; the sort otherwise.
 * (Sorting entities of three shapes read each span through a polymorphic comparator.)
 */
function bySpan(a: readonly Entity[], b: readonly Entity[]): Entity[] {
  if (!inSpanOrder(a) || !inSpanOrder(b)) return [...a, ...b].sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
  const out: Entity[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i].span, y = b[j].span;
    out.push(y[0] < x[0] || (y[0] === x[0] && y[1] < x[1]) ? b[j++] : a[i++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * The engine's result in two steps: `result` holds everything but the goals (`goals` empty), and
 * `goals()` assembles them (once; later calls give the same list). Highlights need only the entities,
 * so a caller can show them before the goals are assembled (a good share of the work).
 * `extract(text, options)` is `result` with `goals()` put in it.
 */
export interface StagedExtraction { result: Extraction; goals(): Goal[] }

export function extract(input: string, options: ExtractOptions = {}): Extraction {
  const staged = extractStaged(input, options);
  if (options.goals !== false) staged.result.goals = staged.goals();
  return staged.result;
}

export function extractStaged(input: string, options: ExtractOptions = {}): StagedExtraction {
  const source = typeof input === 'string' ? input : String(input ?? '');
  if (source.length === 0) return { result: { provinces: [], entities: [], goals: [] }, goals: () => [] };
  const { norm, counts } = normalizeCounting(source.length > MAX_CHARS ? source.slice(0, MAX_CHARS) : source);
  const { text, lower } = norm;

  // Recognizers.
  const starts = WORD_STARTS.find(lower);
  const [cueStarts, stateCueStarts, nationalStarts, ...recognizerStarts] = starts.lists;
  // In WORD_STARTS' order; none for a text with other letters (each recognizer scans the whole text then).
  const [timeStarts, provinceStarts, numberWordStarts] = starts.otherLetters ? [null, null, null] : recognizerStarts;
  const times = removeOverlaps(recognizeTimes(lower, timeStarts));
  const convention = detectConvention(text);
  const { mostlyAscii, hasCapitals } = scriptProfile(text, counts);
  const provinceHits = dropOverlapping(recognizeProvinces(text, lower, mostlyAscii, hasCapitals, provinceStarts), times);
  const amounts = withTableAmounts(dropOverlapping(recognizeAmounts(text, lower, convention, numberWordStarts), times),
    recognizeTables(norm, convention, provinceHits), times);

  // Refiners.
  const doc = documentTime(times, lower, options.referenceDate, options.documentDate);
  const resolvedTimes = resolveRelativeTimes(times, doc ?? resolutionYear(times));
  const discourse = segment(text);
  const cues = findCues(lower, cueStarts);
  const roles = assignRoles(amounts, lower, discourse, resolvedTimes, doc, cues);

  const map = (s: number, e: number) => norm.toOriginal(s, e);
  const amountEntities: AmountEntity[] = amounts.map((a, i) => {
    const span = map(a.start, a.end);
    const e: AmountEntity = { type: 'amount', span, text: source.slice(span[0], span[1]), rule: a.rule, value: a.value, unit: a.unit, role: roles[i] };
    if (a.max !== undefined) e.max = a.max;
    if (a.qualifier) e.qualifier = a.qualifier;
    return e;
  });
  const timeEntities: TimeEntity[] = resolvedTimes.map((t) => {
    const span = map(t.start, t.end);
    const e: TimeEntity = { type: 'time', span, text: source.slice(span[0], span[1]), rule: t.rule, kind: t.kind };
    if (t.startIso) e.start = t.startIso;
    if (t.endIso) e.end = t.endIso;
    return e;
  });
  const provinceEntities: ProvinceEntity[] = provinceHits.map((p) => {
    const span = map(p.start, p.end);
    const record = pickRecord(p.records, doc?.now);
    return { type: 'province', span, text: source.slice(span[0], span[1]), rule: p.rule, name: record.name, id: record.id, unit2025: unit2025(record) };
  });
  const provinces = documentProvinces(provinceHits, provinceEntities, lower);
  let goals: Goal[] | undefined;
  const assemble = () => (goals ??= assembleGoals({
    source, norm, discourse, amounts, amountEntities, times: resolvedTimes, timeEntities, provinceHits, provinceEntities,
    provinces, doc, cues, stateCues: findStateCues(lower, stateCueStarts), nationalStarts: starts.otherLetters ? undefined : nationalStarts,
  }));

  const entities = bySpan(bySpan(amountEntities, timeEntities), provinceEntities);
  const result: Extraction = { provinces, entities, goals: [] };
  if (doc) {
    result.documentYear = doc.year;
    result.documentDate = { date: doc.date, source: doc.source };
  }
  return { result, goals: assemble };
}
