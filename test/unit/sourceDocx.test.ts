import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { documentText } from '../../src/sources/docx/documentXml';
import { inflateRaw, inflateRawWithStreams, readZipEntry } from '../../src/sources/docx/zip';
import { readTextSource } from '../../src/sources/readText';
import { encodeVni } from '../../src/sources/encodings/vni';
import { TCVN3, VISCII, WINDOWS_1258, toWindows1258Form } from '../../src/sources/encodings/singleByte';
import { extract } from '../../src/engine';

const W = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;

describe('sources: .docx body (document.xml → lines)', () => {
  const examples: Array<[string, string, string]> = [
    ['paragraphs are lines', W(p(t('Một')) + p(t('Hai'))), 'Một\nHai'],
    ['runs join without a space', W(p(t('Vĩnh '), t('Phúc'))), 'Vĩnh Phúc'],
    ['entities decoded', W(p(t('A &amp; B &lt;5&gt; &#7871; &#x1EBF;'))), 'A & B <5> ế ế'],
    ['a tab in a paragraph stays a tab', W(p(t('Điều 1.'), '<w:tab/>', t('Nội dung'))), 'Điều 1.\tNội dung'],
    ['a line break is a space', W(p(t('a'), '<w:br/>', t('b'))), 'a b'],
    ['deleted (tracked) text is left out', W(`<w:p><w:r>${t('giữ ')}</w:r><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:ins><w:r>${t('mới')}</w:r></w:ins></w:p>`), 'giữ mới'],
    ['a table row is one line, cells by tabs, a cell\'s paragraphs by spaces', W(`<w:tbl><w:tr><w:tc>${p(t('a'))}${p(t('b'))}</w:tc><w:tc>${p(t('8%'))}</w:tc></w:tr><w:tr><w:tc>${p(t('c'))}</w:tc><w:tc>${p(t('9%'))}</w:tc></w:tr></w:tbl>`), 'a b\t8%\nc\t9%'],
    ['a tab inside a cell is a space (it would split the cell)', W(`<w:tbl><w:tr><w:tc>${p(t('x'), '<w:tab/>', t('y'))}</w:tc><w:tc>${p(t('z'))}</w:tc></w:tr></w:tbl>`), 'x y\tz'],
    ['empty paragraphs stay empty lines', W(p(t('a')) + '<w:p/>' + p(t('b'))), 'a\n\nb'],
    ['decomposed text is composed (NFC)', W(p(t('Vie\u0323\u0302t'))), 'Việt'],
  ];
  for (const [name, xml, text] of examples) it(name, () => assert.equal(documentText(xml).text, text));
  it('counts images (drawings)', () => assert.equal(documentText(W(p('<w:drawing>…</w:drawing>') + p(t('a')))).images, 1));
  it('spans give the paragraph index', () => {
    const r = documentText(W(p(t('a')) + '<w:p/>' + p(t('b'))));
    assert.deepEqual(r.spans, [{ start: 0, end: 1, paragraph: 0 }, { start: 3, end: 4, paragraph: 2 }]);
  });
});

describe('sources: every seed in every legacy encoding gives the .txt\'s entities and goals', () => {
  const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');
  /** Punctuation the 8-bit Vietnamese code pages lack, written as ASCII. */
  const ASCII_FOR: Record<string, string> = { '…': '...', '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '\u00a0': ' ', '•': '-' };
  const encodable = (s: string) => s.normalize('NFC').replace(/[…“”‘’–—\u00a0•]/gu, (c) => ASCII_FOR[c]);
  const encoders: Array<[string, (s: string) => Uint8Array | { unmappable: string }]> = [
    ['windows-1258', (s) => WINDOWS_1258.encode(toWindows1258Form(s))], ['tcvn3', (s) => TCVN3.encode(s)], ['viscii', (s) => VISCII.encode(s)], ['vni', encodeVni],
  ];
  const findings = (text: string) => { const x = extract(text); return [x.entities.map((e) => [e.type, e.text, e.span[0]]), x.goals.map((g) => [g.indicator, g.value, g.unit, g.deadline])]; };
  for (const seed of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = encodable(readFileSync(join(SEEDS, seed), 'utf8'));
    for (const [name, encode] of encoders) {
      it(`${seed} in ${name}`, () => {
        const bytes = encode(text);
        assert.ok(!('unmappable' in bytes), JSON.stringify(bytes));
        const r = readTextSource(bytes as Uint8Array);
        assert.equal(r.encoding?.name, name);
        assert.equal(r.text, text);
        assert.deepEqual(findings(r.text), findings(text));
      });
    }
  }
});

describe('sources: .docx zip entries', () => {
  it('inflates with Node\'s zlib what DecompressionStream inflates (a browser\'s path), every entry of every fixture', async () => {
    const dir = join(__dirname, '..', 'fixtures', 'sources');
    let entries = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.docx'))) {
      const bytes = new Uint8Array(readFileSync(join(dir, f)));
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      // Each local entry deflated (method 8): its data, inflated both ways.
      for (let at = 0; at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50;) {
        const method = view.getUint16(at + 8, true), size = view.getUint32(at + 18, true);
        const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
        const data = bytes.subarray(start, start + size);
        if (method === 8) { assert.deepEqual(await inflateRaw(data), await inflateRawWithStreams(data), `${f} at ${at}`); entries++; }
        at = start + size;
      }
    }
    assert.ok(entries >= 10, `entries compared: ${entries}`);
    assert.ok((await readZipEntry(new Uint8Array(readFileSync(join(dir, readdirSync(dir).find((n) => n.endsWith('.docx'))!))), 'word/document.xml'))!.length > 0);
  });
});
