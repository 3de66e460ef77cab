/**
 * The indicator of a goal: a short noun phrase for what is measured.
 *
 * For `X đạt/chiếm/là/tăng … <amount>` it is X, with leading cue words, times and the province's
 * own name removed; for a count (`có 24 khu công nghiệp được quy hoạch`) it is `số` + the counted
 * noun phrase; for a qualitative goal, the end state after its cue.
 */
import { alternation, isLetter } from '../text/chars';

const VALUE_VERBS = /(?:^|[\s,])(đạt|chiếm|là|bằng|tăng|giảm|lên|còn|đóng góp|có|ở mức|thu hút|đáp ứng)\s*$/u;
const LEADING_NOISE = /^(?:(?:theo|và|còn|với|trong đó|cụ thể|đặc biệt|phấn đấu|mục tiêu(?: của [^,]{0,40}? là)?|đặt mục tiêu|đề ra|tỉnh|toàn tỉnh|có|đảm bảo|bảo đảm|hình thành|phát triển|xây dựng|đạt|là|ít nhất|tối thiểu|trên|khoảng|hơn|gần|[-–•*]|\d+[.)])\s+)+/iu;
const TRAILING_NOISE = /\s+(?:của tỉnh|trên địa bàn(?: tỉnh)?|toàn tỉnh|của địa phương|dự kiến|ước|bình quân|đạt)$/iu;
const MAX_WORDS = 14;

/** A pattern that removes the document's own province names from an indicator, built once per document. */
export function provinceNamePattern(names: Iterable<string>): RegExp | null {
  const uniq = [...new Set(names)].filter(Boolean).slice(0, 200);
  if (!uniq.length) return null;
  return new RegExp(`(?:^|\\s)(?:tỉnh\\s+)?(?:${alternation(uniq)})(?=\\s|$|,)`, 'giu');
}

function clean(s: string, provinceNames: RegExp | null): string {
  let t = s.replace(/[*_"“”]/g, '').replace(/\s+/g, ' ').trim();
  if (provinceNames) t = t.replace(provinceNames, ' ').trim();
  for (let k = 0; k < 3; k++) t = t.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '').trim();
  t = t.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  const words = t.split(' ');
  if (words.length > MAX_WORDS) t = words.slice(words.length - MAX_WORDS).join(' ');
  return t;
}

/**
 * @param before text of the goal's clause before the amount (already without the qualifier)
 * @param nounPhrase the counted noun and what follows it, up to the clause end
 */
export function quantitativeIndicator(before: string, unitKind: string, nounPhrase: string, after: string, provinceNames: RegExp | null): string {
  const b = before.replace(/\s+/g, ' ').trimEnd();
  const verb = VALUE_VERBS.exec(b);
  if (unitKind === 'count' && (!verb || verb[1] === 'có' || verb[1] === 'thu hút' || verb[1] === 'lên')) {
    const np = clean(nounPhrase, provinceNames).split(' ').slice(0, 8).join(' ');
    if (np) return `số ${np}`;
  }
  if (verb) {
    const subject = clean(b.slice(0, verb.index), provinceNames);
    if (subject && isLetter(subject[0])) return subject;
  }
  const a = clean(after, provinceNames);
  if (unitKind === 'percent' && a) return `tỷ lệ ${a.split(' ').slice(0, 8).join(' ')}`;
  return clean(b, provinceNames) || a || nounPhrase.trim();
}

export function qualitativeIndicator(endState: string, provinceNames: RegExp | null): string {
  return clean(endState, provinceNames).split(' ').slice(0, MAX_WORDS).join(' ');
}
