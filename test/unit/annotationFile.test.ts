/** The annotation file (issue 11, item 6) and the text fingerprint that spares re-anchoring an unchanged document. */
import { strict as assert } from 'node:assert';
import { parseAnnotationFile, serializeAnnotationFile } from '../../src/annotations/storeFormat';
import { textHash } from '../../src/annotations/textHash';
import { makeAnchor, reanchor } from '../../src/annotations/anchor';
import { review } from '../../src/annotations/review';
import { extract } from '../../src/engine';
import { csvCell } from '../../src/export/formats';

const TEXT = 'Năm 2025\n2025\n';
const line = (extra: string) => `{"id":"a1","label":"deadline","status":"confirmed","start":0,"end":4,"quote":"Năm ","prefix":"","suffix":"2025\\n2025\\n","attrs":{},"updated":"2026-12-04T15:30:00.000Z"${extra}}`;
const file = (top: string, ann = line('')) => `{"version":1,"document":"a.txt",${top}"annotations":[${ann}]}`;

describe('annotation file', () => {
  it('keeps a hand-added "__proto__" key (as data, never as a prototype) and extra top-level keys through a save', () => {
    const parsed = parseAnnotationFile(file('"__proto__":{"x":1},"reviewer":"Lan",', line(',"__proto__":{"polluted":true},"source":"tay"')));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(parsed.annotations[0]), Object.prototype);
    const again = JSON.parse(serializeAnnotationFile(parsed));
    assert.deepEqual(Object.keys(again).sort(), ['__proto__', 'annotations', 'document', 'reviewer', 'version']);
    assert.equal(again.reviewer, 'Lan');
    assert.deepEqual(Object.getOwnPropertyDescriptor(again.annotations[0], '__proto__')?.value, { polluted: true });
    assert.equal(again.annotations[0].source, 'tay');
  });

  it('refuses an "updated" that is not an ISO time, saying so', () => {
    assert.throws(() => parseAnnotationFile(file('', line('').replace('2026-12-04T15:30:00.000Z', 'hôm qua'))), /"updated" should be an ISO time/);
    assert.throws(() => parseAnnotationFile(file('', line('').replace('2026-12-04T15:30:00.000Z', '2026-13-45T99:00:00Z'))), /ISO time/);
  });

  it('records the text fingerprint; an ambiguous flag is read and written', () => {
    const parsed = parseAnnotationFile(file(`"textHash":${JSON.stringify(textHash(TEXT))},`, line(',"ambiguous":true')));
    assert.equal(parsed.textHash, textHash(TEXT));
    assert.equal(parsed.annotations[0].ambiguous, true);
    assert.match(serializeAnnotationFile(parsed), /"textHash": "fnv1a64:[0-9a-f]{16}:14"/);
    assert.notEqual(textHash(TEXT), textHash(TEXT.replace('2025', '2024')));
  });

  it('an ambiguous annotation is listed apart, never merged or exported as if sure', () => {
    const text = 'Năm 2025 đạt 5%. Năm 2025 đạt 5%.';
    const a = { id: 'x', label: 'amount' as const, status: 'confirmed' as const, attrs: { value: 6 }, updated: '2026-12-04T15:30:00.000Z', ...makeAnchor(text, 13, 15), ambiguous: true };
    const r = review({ path: 'a.txt', text, extraction: extract(text), annotations: [a] });
    assert.ok(!r.entities.some((e) => e.state === 'confirmed'));
    assert.equal(r.orphans[0].id, 'x');
  });

  it('issue 11 reproducer: the second "2025" stays the second after a line is added above', () => {
    const before = '2025\n2025\n';
    const items: Array<ReturnType<typeof makeAnchor> & { id: string; orphaned?: boolean; ambiguous?: boolean }> = [{ id: 'a', ...makeAnchor(before, 5, 9) }];
    const r = reanchor('2024\n2025\n2025\n', items);
    assert.deepEqual([r.items[0].start, r.items[0].orphaned, r.items[0].ambiguous], [10, undefined, undefined]);
  });
});

describe('CSV cells (issue 11, item 5)', () => {
  it('quotes a cell holding ";" (the list separator of Vietnamese Excel) and neutralises a leading NUL', () => {
    assert.equal(csvCell('Vĩnh Phúc; Bắc Ninh'), '"Vĩnh Phúc; Bắc Ninh"');
    assert.equal(csvCell('\0=1+2'), "'\0=1+2");
    assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvCell(-5), '-5');
  });
});
