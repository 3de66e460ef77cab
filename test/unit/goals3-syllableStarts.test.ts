/** SyllableStarts: the word starts where a phrase of a list can start; findCues tried there finds what a whole-text scan found. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternation, atLikelyWordStart, execAtWordStart, WB_AFTER } from '../../src/engine/text/chars';
import { normalizeText } from '../../src/engine/text/normalize';
import { SyllableStarts } from '../../src/engine/text/syllableStarts';
import { CUE_WORDS, findCues } from '../../src/engine/refiners/roles';
import { TARGET_CUES, INTENT_VERBS } from '../../src/engine/lexicon/cues';

describe('goals3: SyllableStarts', () => {
  const starts = new SyllableStarts([['phấn đấu', 'sẽ', 'đến nay'], ['đến năm', 'trở thành']]);

  it('finds word starts whose first syllable starts a phrase, list by list', () => {
    const s = 'phấn đấu đến năm 2030 sẽ trở thành; đến nay, sẽ';
    assert.deepEqual(starts.find(s).lists, [[0, 9, 22, 36, 45], [9, 25, 36]]);
  });

  it('skips offsets inside a word, after a digit, and longer or shorter syllables', () => {
    assert.deepEqual(starts.find('xsẽ 2sẽ sẽx sẽ-x phấnđấu phấ').lists, [[12], []]);
    assert.deepEqual(starts.find('').lists, [[], []]);
    assert.deepEqual(starts.find('sẽ').lists, [[0], []]);
  });

  it('takes a line break or any non-letter as the end of a syllable', () => {
    assert.deepEqual(starts.find('(phấn\nđấu) "sẽ"').lists, [[1, 12], []]);
  });

  it('tells whether the text has letters outside the Latin and Vietnamese blocks', () => {
    assert.equal(starts.find('Phấn đấu đạt 5% (Ðà Nẵng)').otherLetters, false);
    assert.equal(starts.find('e\u0301 sẽ').otherLetters, true);
    assert.equal(starts.find('α sẽ').otherLetters, true);
  });

  it('refuses a phrase that does not start with a letter', () => {
    assert.throws(() => new SyllableStarts([['1 tỷ']]));
  });
});

describe('goals3: findCues at syllable starts', () => {
  // The whole-text scan findCues made before (lexicon/cues, behind the first-character hint).
  const CUE_RE = new RegExp(atLikelyWordStart(`(?:${alternation(CUE_WORDS)})${WB_AFTER}`), 'gu');
  const TARGET = new Set(TARGET_CUES), INTENT = new Set(INTENT_VERBS);
  function scanned(lower: string) {
    const cues = [];
    CUE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = execAtWordStart(CUE_RE, lower)) !== null) {
      const word = m[0].replace(/\s+/g, ' ');
      cues.push({ start: m.index, end: m.index + m[0].length, role: TARGET.has(word) ? 'target' : 'actual', intent: INTENT.has(word) });
    }
    return cues;
  }
  const texts = [
    'Phấn đấu đến năm 2030 sẽ đạt; ước đạt 5%, hiện\nnay đã đạt, kế hoạchx, 2đã, xđã, đã-, đến nay đã thực hiện được; dự kiến, dự\n toán.',
  ];
  const F = join(__dirname, '../fixtures');
  for (const set of ['seeds', 'more', 'third']) {
    for (const f of readdirSync(join(F, set)).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(join(F, set, f), 'utf8'));
  }
  it('gives the cues of the whole-text scan', () => {
    for (const t of texts) {
      const lower = normalizeText(t).lower;
      assert.deepEqual(findCues(lower), scanned(lower));
    }
  });
});
