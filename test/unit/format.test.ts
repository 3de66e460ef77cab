/** The formatting module against its example table (test/examples/format.examples.ts), in both languages. */
import { strict as assert } from 'node:assert';
import * as format from '../../src/format';
import { FORMAT_EXAMPLES } from '../examples/format.examples';

describe('format: values for people, in Vietnamese and English', () => {
  for (const ex of FORMAT_EXAMPLES) {
    for (const lang of format.LANGS) {
      it(`${ex.fn}(${JSON.stringify(ex.input)}, ${lang}) → ${ex[lang]}`, () => {
        const fn = format[ex.fn] as (input: unknown, lang: format.Lang) => string;
        assert.equal(fn(ex.input, lang), ex[lang]);
      });
    }
  }

  it('every function of the table has examples', () => {
    for (const fn of ['formatNumber', 'amountText', 'amountWithExact', 'deadlineText', 'periodText', 'timeText', 'goalLabel', 'goalSummary']) {
      assert.ok(FORMAT_EXAMPLES.some((x) => x.fn === fn), fn);
    }
  });

  it('resolves the language from the setting and VS Code’s display language', () => {
    assert.equal(format.resolveLang('auto', 'vi'), 'vi');
    assert.equal(format.resolveLang('auto', 'en-us'), 'en');
    assert.equal(format.resolveLang('auto', 'de'), 'en');
    assert.equal(format.resolveLang('vi', 'en'), 'vi');
    assert.equal(format.resolveLang('en', 'vi'), 'en');
  });
});
