/**
 * After an edit of a large document the model carries its last analysis through the edits and reads
 * only the edited paragraphs again (src/extension/model/editedParagraphs.ts). Checked on random
 * edits: a carried span holds the same text in the new document, the hull covers all that changed.
 */
import * as assert from 'assert';
import { carrySpan, changedHull, paragraphsAround, paragraphsAroundIn, sequentialChanges, spliceEdited, stringAccess, type TextChange } from '../../src/extension/model/editedParagraphs';

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const apply = (text: string, c: TextChange, inserted: string) => text.slice(0, c.offset) + inserted + text.slice(c.offset + c.removed);

describe('edited paragraphs: carrying an analysis through edits', () => {
  it('the changes of one event (several cursors, in the coordinates before the event) apply one after another', () => {
    const before = 'đạt 5% năm 2025; đạt 7% năm 2030';
    const event = [{ rangeOffset: 4, rangeLength: 1, text: '15' }, { rangeOffset: 21, rangeLength: 1, text: '17' }];
    let text = before;
    for (const c of sequentialChanges(event)) text = apply(text, c, event.find((e) => e.rangeOffset === c.offset)!.text);
    assert.equal(text, 'đạt 15% năm 2025; đạt 17% năm 2030');
  });

  it('a carried span holds the same text, and the text outside the hull is the old text (2,000 random edit sequences)', () => {
    const next = rng(42);
    const alphabet = 'ab \nđ5%';
    let carriedSpans = 0, dropped = 0;
    for (let run = 0; run < 2000; run++) {
      const old = Array.from({ length: 20 + Math.floor(next() * 200) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      let text = old;
      const changes: TextChange[] = [];
      for (let k = 0, n = 1 + Math.floor(next() * 4); k < n; k++) {
        const offset = Math.floor(next() * (text.length + 1));
        const removed = Math.floor(next() * Math.min(6, text.length - offset + 1));
        const inserted = 'xyz\n'.slice(0, Math.floor(next() * 5));
        const c = { offset, removed, inserted: inserted.length };
        text = apply(text, c, inserted);
        changes.push(c);
      }
      for (let k = 0; k < 10; k++) {
        const s = Math.floor(next() * old.length), e = Math.min(old.length, s + 1 + Math.floor(next() * 8));
        const span = carrySpan([s, e], changes);
        if (!span) { dropped++; continue; }
        carriedSpans++;
        assert.equal(text.slice(span[0], span[1]), old.slice(s, e), JSON.stringify({ old, text, changes, s, e, span }));
      }
      const hull = changedHull(changes)!;
      const tail = text.length - hull[1];
      assert.equal(text.slice(0, hull[0]), old.slice(0, hull[0]), JSON.stringify({ old, text, changes, hull }));
      assert.equal(text.slice(hull[1]), old.slice(old.length - tail), JSON.stringify({ old, text, changes, hull }));
    }
    assert.ok(carriedSpans > 5000 && dropped > 500, `${carriedSpans} carried, ${dropped} dropped: both cases tried`);
  });

  it('no change, no hull', () => {
    assert.equal(changedHull([]), undefined);
  });

  it('reads the paragraphs around an edit, and some text before them for what governs them', () => {
    const heading = 'Mục tiêu đến năm 2030:\n\n';
    const para = 'Tăng trưởng GRDP đạt 8%.\nThu ngân sách đạt 20 nghìn tỷ đồng.';
    const text = heading + para + '\n\nĐoạn sau.';
    const at = text.indexOf('8%');
    const w = paragraphsAround(text, at, at + 2);
    assert.equal(text.slice(w.start, w.end), para);
    assert.equal(w.contextStart, 0);
  });

  it('with no blank line within reach, stops at the edited lines', () => {
    const line = 'Dòng đạt 5% năm 2025.\n';
    const text = line.repeat(1000);
    const at = line.length * 500 + 5;
    const w = paragraphsAround(text, at, at + 1);
    assert.ok(w.end - w.start <= 4_000 + line.length * 2, `${w.end - w.start} chars`);
    assert.equal(text[w.start - 1], '\n');
    assert.ok(w.end === text.length || text[w.end] === '\n');
    assert.ok(w.contextStart < w.start && w.start - w.contextStart <= 2_000 + line.length);
  });

  it('read from the part of the text it can reach, the paragraphs are those of the whole text (500 random texts, LF and CRLF)', () => {
    const next = rng(11);
    let widened = 0;
    for (let run = 0; run < 500; run++) {
      const eol = next() < 0.3 ? '\r\n' : '\n';
      const lines: string[] = [];
      for (let n = 0, total = 0, want = 2_000 + Math.floor(next() * 30_000); total < want; n++) {
        const r = next();
        const line = r < 0.15 ? '' : 'x'.repeat(Math.floor(r < 0.9 ? next() * 300 : next() * 6_000));
        lines.push(line);
        total += line.length + eol.length;
      }
      const text = lines.join(eol);
      const lo = Math.floor(next() * text.length), hi = Math.min(text.length, lo + Math.floor(next() * 50));
      const whole = paragraphsAround(text, lo, hi);
      const { start, end, contextStart, from, part } = paragraphsAroundIn(stringAccess(text), lo, hi);
      assert.deepEqual({ start, end, contextStart }, whole, `run ${run}: [${lo}, ${hi}) of ${text.length}`);
      assert.equal(part, text.slice(from, from + part.length));
      assert.ok(from <= contextStart && end <= from + part.length, 'what is read is in the part');
      if (whole.start < text.lastIndexOf('\n', lo - 1) + 1) widened++;
    }
    assert.ok(widened > 50, `${widened} reached a blank line before the edited line`);
  });

  it('splices: entities before and after the edited paragraph carried and shifted, those inside read again', () => {
    const previous = [{ span: [0, 3] as [number, number], id: 'a' }, { span: [10, 12] as [number, number], id: 'b' }, { span: [30, 33] as [number, number], id: 'c' }];
    const changes = [{ offset: 11, removed: 0, inserted: 4 }]; // typed inside b
    const fresh = [{ span: [1, 3] as [number, number], id: 'context' }, { span: [6, 12] as [number, number], id: 'b2' }];
    const { entities, carried, read } = spliceEdited(previous, changes, fresh, { start: 8, end: 20, contextStart: 4 });
    assert.deepEqual(entities.map((e) => [e.id, ...e.span]), [['a', 0, 3], ['b2', 10, 16], ['c', 34, 37]]);
    assert.deepEqual([carried, read], [2, 1]);
  });

  it('splicing the highlights\' items gives the items of the spliced entities (1,000 random edits): the highlights carry their own', () => {
    const next = rng(7);
    type E = { span: [number, number]; type: string };
    const itemsOf = (es: readonly { span: readonly [number, number]; type: string }[]) => es.map((e) => ({ label: e.type, span: e.span, state: 'unreviewed' }));
    for (let run = 0; run < 1000; run++) {
      // Entities in document order, none overlapping, in a text of 2,000 characters.
      const previous: E[] = [];
      for (let at = Math.floor(next() * 20); at < 2000; at += 5 + Math.floor(next() * 60)) previous.push({ span: [at, at + 1 + Math.floor(next() * 4)], type: next() < 0.5 ? 'amount' : 'time' });
      const offset = Math.floor(next() * 2000), removed = Math.floor(next() * 30), inserted = Math.floor(next() * 40);
      const changes = [{ offset, removed, inserted }];
      const start = Math.max(0, offset - Math.floor(next() * 200)), end = Math.min(2000 + inserted - removed, offset + inserted + Math.floor(next() * 200));
      const contextStart = Math.max(0, start - Math.floor(next() * 100));
      const fresh: E[] = [];
      for (let at = Math.floor(next() * 10); at < end - contextStart - 5; at += 5 + Math.floor(next() * 40)) fresh.push({ span: [at, at + 2], type: 'target' });
      const at = { start, end, contextStart };
      const fromEntities = itemsOf(spliceEdited(previous, changes, fresh, at).entities);
      const fromItems = spliceEdited(itemsOf(previous), changes, itemsOf(fresh), at);
      assert.deepEqual(fromItems.entities, fromEntities, `run ${run}`);
    }
  });
});
