import { strict as assert } from 'node:assert';
import { layOutPages, type PageContent, type TextRun } from '../../src/sources/pdf/layout';

/** A run of 10-point text whose width is 5 points per character. */
const run = (str: string, x: number, y: number): TextRun => ({ str, x, y, width: 5 * str.length, size: 10 });
/** Lines of a page: [text, x, y]; a line's text split on '|' gives runs placed after each other. */
function page(lines: Array<[string, number, number]>, images = 0): PageContent {
  const runs: TextRun[] = [];
  for (const [text, x0, y] of lines) {
    let x = x0;
    for (const part of text.split('|')) { runs.push(run(part, x, y)); x += 5 * part.length; }
  }
  return { runs, images };
}

describe('sources: PDF layout (runs → reading-order text)', () => {
  const full = (s: string) => s.padEnd(60, 'x');
  const examples: Array<{ name: string; pages: PageContent[]; text: string }> = [
    { name: 'runs of a line sorted by x, lines by y (top first)', pages: [page([['thứ hai', 60, 700], ['dòng', 60, 715], ['một', 90, 715.5]])], text: 'dòng một\nthứ hai' },
    { name: 'a wide gap inside a line is a table cell (tab)', pages: [{ runs: [run('Chỉ tiêu', 60, 700), run('2025', 260, 700), run('8%', 360, 700)], images: 0 }], text: 'Chỉ tiêu\t2025\t8%' },
    { name: 'a full line continues in the next (hard wrap undone)', pages: [page([[full('Phát triển'), 60, 700], [full('kinh tế'), 60, 686], ['xã hội.', 60, 672]])], text: `${full('Phát triển')} ${full('kinh tế')} xã hội.` },
    { name: 'a hyphen at a wrap before a lower-case letter is removed', pages: [page([[full('abc').slice(0, 54) + ' tran-', 60, 700], [full('sition'), 60, 686], ['end', 60, 672]])], text: `${full('abc').slice(0, 54)} tran${full('sition')} end` },
    { name: 'one long line alone is no column: the next line is not joined to it', pages: [page([[full('Trang đầu'), 60, 700], ['Trang cuối', 60, 686]])], text: `${full('Trang đầu')}\nTrang cuối` },
    { name: 'a short line ends its paragraph', pages: [page([['Điều 1.', 60, 700], ['Nội dung', 60, 686]])], text: 'Điều 1.\nNội dung' },
    { name: 'an indented line starts a paragraph', pages: [page([[full('a'), 60, 700], ['b', 80, 686], [full('c '), 60, 672]])], text: `${full('a')}\nb` + '\n' + full('c ') },
    { name: 'a blank gap between lines starts a paragraph', pages: [page([[full('a'), 60, 700], ['b', 60, 650], ['z', 60, 636]])], text: `${full('a')}\nb\nz` },
    { name: 'a tone mark drawn as its own glyph joins its letter (NFC)', pages: [{ runs: [run('ti', 60, 700), run('\u0309', 67, 700), run('nh', 70, 700)], images: 0 }], text: 'tỉnh' },
    {
      name: 'a cell that nearly fills its column is still a cell (it starts where other rows\' cells start)',
      pages: [{ runs: [run('Thu', 60, 700), run('8%', 200, 700), run('9%', 290, 700), run('Thu ngân sách', 60, 686), run('12.000 tỷ', 200, 686), run('20.000', 250, 686), run('x', 290, 686)], images: 0 }],
      text: 'Thu\t8%\t9%\nThu ngân sách\t12.000 tỷ 20.000\tx',
    },
    { name: 'a word of a body line at a column\'s x is not a cell', pages: [{ runs: [run('Thu', 60, 700), run('8%', 100, 700), run('Một chữ', 60, 686), run('dòng', 100, 686)], images: 0 }], text: 'Thu\t8%\nMột chữ dòng' },
    { name: 'a table row is never joined to a full line', pages: [{ runs: [run(full('x'), 60, 700), run('A', 60, 686), run('B', 300, 686)], images: 0 }], text: `${full('x')}\nA\tB` },
  ];
  for (const ex of examples) it(ex.name, () => assert.equal(layOutPages(ex.pages).text, ex.text));

  it('drops a header and a page number repeated on every page, and says so', () => {
    const pages = [1, 2, 3].map((n) => page([['UBND TỈNH', 60, 800], [`Nội dung trang ${n}`, 60, 700], [`Trang ${n}`, 280, 40]]));
    const r = layOutPages(pages);
    assert.equal(r.text, 'Nội dung trang 1\nNội dung trang 2\nNội dung trang 3');
    assert.deepEqual(r.losses.map((l) => l.kind), ['header-footer', 'header-footer']);
    assert.match(r.losses[0].message, /UBND TỈNH/);
  });
  it('keeps a first line that appears on one page only', () => {
    const r = layOutPages([page([['Tiêu đề', 60, 800], ['a', 60, 700]]), page([['Khác', 60, 800], ['b', 60, 700]])]);
    assert.equal(r.text, 'Tiêu đề\na\nKhác\nb');
  });
  it('reports a page with an image and no text as scanned, and images beside text', () => {
    const r = layOutPages([page([['có chữ', 60, 700]]), page([], 1), page([['chữ', 60, 700]], 2), page([])]);
    assert.deepEqual(r.losses.map((l) => [l.kind, l.page]), [['scanned-page', 2], ['image', 3], ['scanned-page', 4]]);
    assert.equal(r.losses[0].message, 'page 2 is a scanned image: no text');
    assert.match(r.losses[2].message, /page 4 has no text/);
  });
  it('maps text offsets back to the page and position of each run', () => {
    const r = layOutPages([page([['một', 60, 700]]), page([['hai', 70, 650]])]);
    const at = (s: string) => r.spans.find((sp) => r.text.slice(sp.start, sp.end) === s);
    assert.deepEqual(at('hai'), { start: r.text.indexOf('hai'), end: r.text.indexOf('hai') + 3, page: 2, x: 70, y: 650 });
    assert.equal(at('một')?.page, 1);
  });
  it('the output grows linearly with the pages (one span per run, no run lost or repeated)', () => {
    const word = (i: number) => i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);
    const doc = (n: number) => Array.from({ length: n }, (_, i) => page([[`mục ${word(i)}`, 60, 700], [full('nội dung'), 60, 686], [`kết ${word(i)}`, 60, 672]]));
    assert.equal(layOutPages(doc(200)).spans.length, 2 * layOutPages(doc(100)).spans.length);
    assert.equal(layOutPages(doc(100)).spans.length, 300);
  });
});
