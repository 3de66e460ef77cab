/** What a person is told about a PDF or Word file's conversion (src/extension/model/sourceNotices.ts). */
import { strict as assert } from 'node:assert';
import { encodingReadings, isLegacyEncoding, legacyTextAction, lossNotice, SURE_ENCODING, utf8CopyName } from '../../src/extension/model/sourceNotices';
import { GIVEN_ENCODINGS } from '../../src/sources/encodings/detect';
import { readTextSource } from '../../src/sources/readText';
import { TCVN3, VISCII } from '../../src/sources/encodings/singleByte';
import type { Loss } from '../../src/sources/types';

describe('loss notices for PDF and Word files opened as text', () => {
  it('says nothing when nothing was lost', () => assert.equal(lossNotice({ losses: [] }), undefined));

  it('a scanned page is serious, said first, with what it means for the highlights', () => {
    const losses: Loss[] = [
      { kind: 'header-footer', count: 4, message: 'a running footer on 4 pages was left out: “Trang #”' },
      { kind: 'scanned-page', page: 2, message: 'page 2 is a scanned image: no text' },
    ];
    const n = lossNotice({ losses });
    assert.ok(n?.serious);
    assert.match(n.message, /^page 2 is a scanned image: no text; a running footer/);
    assert.match(n.message, /only the text that was read/);
  });

  it('dropped headers and images alone are a plain notice', () => {
    const n = lossNotice({ losses: [{ kind: 'image', count: 2, message: '2 image(s) in the document: any text in them is not read' }] });
    assert.deepEqual(n, { message: '2 image(s) in the document: any text in them is not read.', serious: false });
  });

  it('many losses: three said, the rest counted; repeated messages once', () => {
    const losses: Loss[] = [1, 2, 3, 4, 5].map((p) => ({ kind: 'scanned-page', page: p, message: `page ${p} is a scanned image: no text` }));
    losses.push({ ...losses[0] });
    const n = lossNotice({ losses })!;
    assert.match(n.message, /page 3 is a scanned image: no text; and 2 more \(see the log\)/);
  });

  it('names a UTF-8 copy beside the file', () => {
    assert.equal(utf8CopyName('plan.txt'), 'plan.utf8.txt');
    assert.equal(utf8CopyName('kế hoạch.2024.md'), 'kế hoạch.2024.utf8.md');
    assert.equal(utf8CopyName('README'), 'README.utf8.txt');
  });
});

describe('a legacy-encoded text file opened garbled: shown converted, offered, or left', () => {
  const read = (text: string) => readTextSource(TCVN3.encode(text) as Uint8Array);
  const sure = read('Tỉnh Sơn La phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 50%.\n');
  const unsure = read('đạt 50%');
  it('a sure TCVN3 file is shown converted with chitieu.legacyText open, offered with ask, left with off', () => {
    assert.ok(sure.encoding!.confidence >= SURE_ENCODING);
    assert.deepEqual((['open', 'ask', 'off'] as const).map((m) => legacyTextAction(sure, m)), ['switch', 'offer', 'none']);
  });
  it('an unsure one is only offered', () => {
    assert.ok(unsure.encoding!.confidence < SURE_ENCODING, String(unsure.encoding!.confidence));
    assert.equal(legacyTextAction(unsure, 'open'), 'offer');
  });
  it('UTF-8 and ASCII are not legacy; UTF-16 is; PDF and Word never', () => {
    const utf8 = readTextSource(new TextEncoder().encode('Tỉnh Sơn La'));
    assert.ok(!isLegacyEncoding(utf8) && !isLegacyEncoding(readTextSource(new TextEncoder().encode('GRDP 8%'))));
    assert.equal(legacyTextAction(utf8, 'open'), 'none');
    assert.ok(isLegacyEncoding({ format: 'text', encoding: { name: 'utf-16le', confidence: 1 } }));
    assert.ok(!isLegacyEncoding({ format: 'docx', encoding: { name: 'tcvn3', confidence: 1 } }));
  });
});

describe('Reopen with Encoding…: the readings offered', () => {
  it('a file that reads alike in two: both candidates first, as sure, each with its first line; then every other encoding once', () => {
    const bytes = VISCII.encode('\n  Hà Nội 2030: 50%\nDòng hai') as Uint8Array;
    const r = encodingReadings(bytes);
    assert.deepEqual(r.slice(0, 2).map((x) => x.name).sort(), ['tcvn3', 'viscii']);
    assert.equal(r[0].confidence, r[1].confidence);
    assert.deepEqual(r.map((x) => x.name).sort(), [...GIVEN_ENCODINGS].sort(), 'each encoding once');
    const preview = Object.fromEntries(r.map((x) => [x.name, x.preview]));
    assert.equal(preview.viscii, 'Hà Nội 2030: 50%', 'the first line that is not blank, trimmed');
    assert.equal(preview.tcvn3, 'HỔ Nài 2030: 50%');
    assert.ok(r.filter((x) => x.confidence === undefined).every((x) => !['tcvn3', 'viscii'].includes(x.name)));
    // The candidates the detection judged come before those it did not.
    const firstUnjudged = r.findIndex((x) => x.confidence === undefined);
    assert.ok(r.slice(firstUnjudged).every((x) => x.confidence === undefined));
  });

  it('long lines are cut, control characters of a wrong reading shown as spaces, a BOM not shown', () => {
    const line = 'Tỉnh Lai Châu phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 52%, thu ngân sách đạt 9.500 tỷ đồng.';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(line + '\n', 'utf16le')]);
    const r = encodingReadings(utf16);
    assert.equal(r[0].name, 'utf-16le');
    assert.equal(r[0].confidence, 1);
    assert.equal([...r[0].preview].length, 80);
    assert.ok(r[0].preview.endsWith('…') && line.startsWith(r[0].preview.slice(0, -1)));
    // eslint-disable-next-line no-control-regex -- what must not be left in a preview
    for (const x of r) assert.ok(!/[\u0000-\u001f\u007f-\u009f]/.test(x.preview), `${x.name}: ${JSON.stringify(x.preview)}`);
  });

  it('an encoding the person chose switches the view, however it reads', () => {
    // A TCVN3 text read as VNI, as the person said: it reads poorly, and is shown so all the same.
    const chosen = readTextSource(TCVN3.encode('Hà Nội phấn đấu đạt 50%') as Uint8Array, 'vni');
    assert.ok(chosen.encoding!.given && chosen.encoding!.confidence < SURE_ENCODING);
    assert.equal(legacyTextAction(chosen, 'open'), 'switch');
    assert.equal(legacyTextAction(chosen, 'ask'), 'offer');
    assert.equal(legacyTextAction(readTextSource(new TextEncoder().encode('Hà Nội'), 'utf-8'), 'open'), 'none', 'UTF-8 chosen: shown as itself');
  });
});
