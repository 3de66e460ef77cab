/** findStateCues (one scan) finds what the four separate word-start scans found. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternation, execAtWordStart, WB_AFTER } from '../../src/engine/text/chars';
import { normalizeText } from '../../src/engine/text/normalize';
import { END_STATE_CUES, findStateCues } from '../../src/engine/goals/stateCues';

const SUBJECT = ['duy trì ở mức', 'được duy trì ở mức', 'nâng cấp lên', 'được nâng cấp lên', 'được công nhận là', 'được công nhận',
  'cao hơn bình quân', 'cao hơn mức bình quân', 'cao hơn mức trung bình', 'không thấp hơn bình quân'];
const patterns = [
  new RegExp(`(?:${alternation(END_STATE_CUES)})${WB_AFTER}`, 'gu'),
  new RegExp(`(?:${alternation(SUBJECT)})${WB_AFTER}`, 'gu'),
  new RegExp(`(?:${alternation(['hoàn thành', 'hoàn thiện'])})${WB_AFTER}`, 'gu'),
  /(?:phát triển|xây dựng|đưa)((?: [\p{L}\p{M}]+){1,6}?) thành(?![\p{L}\p{N}])/gu,
];

function separately(lower: string): [number[], Array<[number, number]>, number[], number[]] {
  const found = patterns.map((re) => {
    const out: Array<[number, number]> = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = execAtWordStart(re, lower)) !== null) out.push([m.index, m.index + m[0].length]);
    return out;
  });
  return [found[0].map(([a]) => a), found[3], found[1].map(([a]) => a), found[2].map(([a]) => a)];
}

describe('goals2: findStateCues', () => {
  const texts = [
    'Phấn đấu lọt vào top 10, cơ bản hoàn thành và hoàn thiện; đưa tỉnh trở thành trung tâm, phát triển du lịch thành ngành kinh tế mũi nhọn.',
    'đưa xây dựng phát triển đưa vùng thành, xây dựng hoàn thành thành phố; không còn hộ nghèo, cơ bản không còn hộ nghèo, không thấp hơn bình quân',
    'được duy trì ở mức tốt, duy trì ở mức cao; được công nhận là đô thị loại I, được nâng cấp lên; xhoàn thành, hoàn thànhx, trở\nthành, vào  top',
    'lọt top lọt vào nhóm vào nhóm thuộc top nằm trong top 5 nằm trong nhóm đầu tiến tới tiến tớitrở thành',
  ];
  const F = join(__dirname, '../fixtures');
  for (const set of ['seeds', 'more', 'third']) {
    for (const f of readdirSync(join(F, set)).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(join(F, set, f), 'utf8'));
  }
  it('gives the matches of the four scans, kind by kind', () => {
    for (const t of texts) {
      const lower = normalizeText(t).lower;
      const [endStates, makeInto, subjectStates, tasks] = separately(lower);
      assert.deepEqual(findStateCues(lower), { endStates, makeInto, subjectStates, tasks });
    }
  });
});
