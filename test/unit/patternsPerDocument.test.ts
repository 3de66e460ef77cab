/**
 * The engine builds no pattern from a document's content: a pattern built per document (its set of
 * province names) is compiled by V8 for each new source, which cost half the engine's time on a
 * corpus of distinct documents and nothing on the benches' repeated texts. Counted, not timed: the
 * sources of the patterns constructed while documents are analysed are recorded, and a second set
 * of distinct documents must construct none the first set did not.
 */
import { strict as assert } from 'node:assert';
import { extract } from '../../src/engine';
import { DocumentMixer, fixtureTexts } from '../../scripts/bench-corpus';

/** The sources of the patterns constructed (`new RegExp`) while `run` runs. */
function constructedSources(run: () => void): Set<string> {
  const Original = RegExp;
  const sources = new Set<string>();
  (globalThis as { RegExp: RegExpConstructor }).RegExp = new Proxy(Original, {
    construct(target, args: unknown[]) {
      sources.add(`/${String(args[0] instanceof Original ? args[0].source : args[0])}/${String(args[1] ?? '')}`);
      return Reflect.construct(target, args) as object;
    },
  });
  try { run(); } finally { (globalThis as { RegExp: RegExpConstructor }).RegExp = Original; }
  return sources;
}

describe('patterns per document', () => {
  it('analysing distinct documents builds no pattern the documents before did not', () => {
    // Distinct documents (paragraphs of the development texts mixed, their province names and figures changed).
    const texts = ['seeds', 'more', 'third'].flatMap(fixtureTexts);
    const mixer = new DocumentMixer(texts);
    const first = Array.from({ length: 150 }, () => mixer.next());
    const second = Array.from({ length: 150 }, () => mixer.next());
    // (The texts themselves first: every rule they reach builds what it builds once, whatever the document.)
    const seen = constructedSources(() => { for (const d of [...texts, ...first]) extract(d); });
    const later = constructedSources(() => { for (const d of second) extract(d); });
    const fresh = [...later].filter((s) => !seen.has(s));
    assert.deepEqual(fresh, [], 'patterns built from the later documents\' content');
  });

  it('would see a pattern built from a document\'s content (the check itself)', () => {
    const made = constructedSources(() => { for (const name of ['Hà Nội', 'Huế']) new RegExp(`(?:${name})`, 'iu').test('x'); });
    assert.deepEqual([...made], ['/(?:Hà Nội)/iu', '/(?:Huế)/iu']);
  });
});
