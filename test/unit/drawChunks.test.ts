/**
 * Highlights drawn in chunks (src/extension/views/drawChunks.ts): a draw sets only the chunks whose
 * items changed. Checked on a table of edits, and on random edit sequences against a model of what
 * VS Code shows: the ranges it moves through edits (widening at an edit's edges) and the chunks set.
 */
import * as assert from 'assert';
import { carryPoint, chunkItems, cutChunks, planChunks, type Chunks, type DrawnItem } from '../../src/extension/views/drawChunks';
import type { TextChange } from '../../src/extension/model/editedParagraphs';

const item = (s: number, e: number, label: DrawnItem['label'] = 'amount', state: DrawnItem['state'] = 'unreviewed'): DrawnItem => ({ label, span: [s, e], state });
/** Items every 10 characters: [0,4), [10,14), … */
const spaced = (n: number, from = 0) => Array.from({ length: n }, (_, i) => item(from + i * 10, from + i * 10 + 4));
const groups = (c: Chunks) => c.ends.map((_, j) => chunkItems(c, j));
const shift = (items: readonly DrawnItem[], at: number, by: number) => items.map((x) => (x.span[0] >= at ? item(x.span[0] + by, x.span[1] + by, x.label, x.state) : x));

describe('highlights in chunks', () => {
  it('cuts items into chunks of the size, never between two items at the same offset', () => {
    const chunks = cutChunks(spaced(10), 4);
    assert.deepEqual(chunks.starts, [0, 40, 80]);
    assert.deepEqual(groups(chunks).map((c) => c.length), [4, 4, 2]);
    const same = cutChunks([item(0, 2), item(5, 6), item(5, 9), item(7, 8)], 1);
    assert.deepEqual(same.starts, [0, 5, 7], 'the two items at 5 stay together');
    assert.deepEqual(groups(cutChunks([], 4)), [[]], 'no items: one empty chunk');
  });

  /** [what happened, the previous items, the changes, the new items, the chunks set again (size 4), cut again] */
  const examples: Array<[string, DrawnItem[], TextChange[] | undefined, DrawnItem[], number[], boolean]> = [
    ['nothing changed', spaced(12), [], spaced(12), [], false],
    ['typing between two items: later items shift, nothing is set', spaced(12), [{ offset: 45, removed: 0, inserted: 3 }], shift(spaced(12), 45, 3), [], false],
    ['typing right after an item: its chunk (VS Code widened it)', spaced(12), [{ offset: 44, removed: 0, inserted: 1 }], shift(spaced(12), 44, 1), [1], false],
    ['typing right before an item: its chunk', spaced(12), [{ offset: 50, removed: 0, inserted: 1 }], shift(spaced(12), 50, 1), [1], false],
    ['a new item read in the edited paragraph: its chunk', spaced(12), [{ offset: 45, removed: 0, inserted: 6 }], [...spaced(5), item(45, 50), ...shift(spaced(12), 45, 6).slice(5)], [1], false],
    ['an item changes review state: its chunk', spaced(12), [], spaced(12).map((x, i) => (i === 9 ? item(x.span[0], x.span[1], x.label, 'confirmed') : x)), [2], false],
    ['an item changes label: its chunk', spaced(12), [], spaced(12).map((x, i) => (i === 0 ? item(x.span[0], x.span[1], 'target') : x)), [0], false],
    ['a chunk\'s text deleted: that chunk is cleared', spaced(12), [{ offset: 38, removed: 40, inserted: 0 }], [...spaced(4), ...spaced(4, 40)], [1], false],
    ['a deletion up to the next chunk\'s first item: that chunk too', spaced(12), [{ offset: 40, removed: 40, inserted: 0 }], [...spaced(4), ...spaced(4, 40)], [1, 2], false],
    ['edits not followed: every chunk is set again', spaced(12), undefined, spaced(12), [0, 1, 2], true],
    ['a chunk grown past twice the size: chunks cut again', spaced(12), [], [...spaced(4), ...Array.from({ length: 9 }, (_, i) => item(40 + i, 40 + i + 1)), ...spaced(4, 80)], [0, 1, 2, 3, 4], true],
  ];
  for (const [what, before, changes, after, redraw, cut] of examples) {
    it(what, () => {
      const previous = cutChunks(before, 4);
      const plan = planChunks(previous, changes, after, 4);
      assert.deepEqual(plan.redraw, redraw);
      assert.equal(plan.cut, cut);
      assert.deepEqual(groups(plan.chunks).flat(), after, 'every item is in one chunk, in order');
    });
  }

  it('with no previous draw every chunk is set', () => {
    const plan = planChunks(undefined, [], spaced(9), 4);
    assert.deepEqual(plan.redraw, [0, 1, 2]);
    assert.equal(plan.cut, true);
  });

  it('a chunk start is carried through edits', () => {
    assert.equal(carryPoint(40, [{ offset: 10, removed: 2, inserted: 5 }]), 43);
    assert.equal(carryPoint(40, [{ offset: 40, removed: 0, inserted: 5 }]), 40, 'text typed at the start stays in the chunk before');
    assert.equal(carryPoint(40, [{ offset: 30, removed: 20, inserted: 1 }]), 30, 'a deleted start moves to the deletion');
    assert.equal(carryPoint(40, [{ offset: 50, removed: 5, inserted: 0 }]), 40);
  });

  /** A small deterministic generator (mulberry32). */
  function rng(seed: number): () => number {
    return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  }
  /** A range as VS Code moves it through a change: shifted when after it, widened when the change touches an edge, cut when it removes part. */
  function moveShown(span: readonly [number, number], c: TextChange): [number, number] {
    const [s, e] = span, end = c.offset + c.removed, d = c.inserted - c.removed;
    if (e < c.offset) return [s, e];
    if (s > end) return [s + d, e + d];
    return [Math.min(s, c.offset), e >= end ? e + d : c.offset + c.inserted];
  }

  it('after random edits, what is shown (moved by the editor, chunks set again) is exactly the new items (1,000 runs)', () => {
    const next = rng(7);
    let setChunks = 0, keptChunks = 0;
    for (let run = 0; run < 1000; run++) {
      const size = 1 + Math.floor(next() * 5);
      let items = spaced(5 + Math.floor(next() * 40));
      let drawn = cutChunks(items, size);
      // What the editor shows, per chunk.
      let shown = groups(drawn).map((c) => c.map((x) => [...x.span] as [number, number]));
      for (let round = 0; round < 4; round++) {
        const changes: TextChange[] = [];
        const total = items.length ? items[items.length - 1].span[1] + 10 : 50;
        for (let k = 0, n = 1 + Math.floor(next() * 3); k < n; k++) {
          const offset = Math.floor(next() * total), removed = Math.floor(next() * 8) * (next() < 0.5 ? 1 : 0), inserted = Math.floor(next() * 6);
          const c = { offset, removed, inserted };
          changes.push(c);
          shown = shown.map((chunk) => chunk.map((span) => moveShown(span, c)));
          // The new analysis: items a change touched are read again (some differently), the others carried.
          items = items.flatMap((x): DrawnItem[] => {
            const [s, e] = x.span;
            if (e < offset) return [x];
            if (s > offset + removed) return [item(s + inserted - removed, e + inserted - removed, x.label, x.state)];
            return next() < 0.5 ? [] : [item(offset, offset + inserted + 1, 'deadline')];
          }).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
        }
        const plan = planChunks(drawn, changes, items, size);
        const now = groups(plan.chunks);
        const used = Math.max(shown.length, now.length);
        const redraw = new Set(plan.redraw);
        for (let j = 0; j < used; j++) {
          if (redraw.has(j) || (plan.cut && j >= now.length)) { shown[j] = (now[j] ?? []).map((x) => [...x.span] as [number, number]); setChunks++; } else keptChunks++;
        }
        if (plan.cut) shown = shown.slice(0, now.length);
        assert.deepEqual(shown.flat(), items.map((x) => [...x.span]), `run ${run}, round ${round}`);
        drawn = plan.chunks;
      }
    }
    assert.ok(keptChunks > setChunks, `most chunks are kept (${keptChunks} kept, ${setChunks} set)`);
  });
});
