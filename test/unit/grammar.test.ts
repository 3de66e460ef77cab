/** The TextMate grammar is generated from the engine's lexicon and must agree with the engine. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { GRAMMAR_PATH, grammar, grammarText } from '../../scripts/generate-grammar';
import { extract } from '../../src/engine';

/** Oniguruma `(?i)` as a JavaScript flag; the rest of these patterns is valid in both. */
const toJs = (src: string) => new RegExp(src.replace(/^\(\?i\)/, ''), 'giu');

describe('syntax grammar', () => {
  it('is up to date with the engine lexicon (run `npm run grammar` after changing it)', () => {
    assert.equal(readFileSync(GRAMMAR_PATH, 'utf8'), grammarText());
  });
  const g = grammar() as { repository: Record<string, { match?: string; patterns?: Array<{ match: string }> }> };
  const text = 'Phấn đấu đến năm 2025, giá trị sản xuất đạt gần 450 nghìn tỷ đồng, giai đoạn 2021-2025 tăng 15%; 7.000 ha và 1,8 tỷ USD.';
  it('colours the amounts the engine finds', () => {
    const engine = extract(text).entities.filter((e) => e.type === 'amount').map((e) => e.text);
    const found = [...text.matchAll(toJs(g.repository.amount.match!))].map((m) => m[0]);
    assert.deepEqual(found, engine);
  });
  it('colours the time expressions the engine finds', () => {
    const engine = extract(text).entities.filter((e) => e.type === 'time').map((e) => e.text);
    // TextMate tries the patterns left to right at each position: one alternation does the same.
    const all = new RegExp(g.repository.time.patterns!.map((p) => `(?:${p.match.replace(/^\(\?i\)/, '')})`).join('|'), 'giu');
    const found = [...text.matchAll(all)].map((m) => m[0]);
    assert.deepEqual(found, engine);
  });
});
