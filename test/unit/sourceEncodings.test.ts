import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isVietnameseSyllable, untoned } from '../../src/sources/encodings/syllables';
import { decodeVni, encodeVni } from '../../src/sources/encodings/vni';
import { singleByte, TCVN3, VISCII, WINDOWS_1252, WINDOWS_1258, toWindows1258Form } from '../../src/sources/encodings/singleByte';
import { detectEncoding, detectUtf16, encodingNamed, GIVEN_ENCODINGS } from '../../src/sources/encodings/detect';
import { readTextSource } from '../../src/sources/readText';
import { SourceError } from '../../src/sources';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sources');
const bytes = (f: string) => new Uint8Array(readFileSync(join(FIXTURES, f)));
const latin1 = (s: string) => WINDOWS_1252.encode(s) as Uint8Array;
const expected = readFileSync(join(FIXTURES, 'seed1.utf8.txt'), 'utf8').normalize('NFC');

describe('sources: Vietnamese syllables', () => {
  const good = ['Việt', 'nghiệp', 'được', 'người', 'khuya', 'quyết', 'gì', 'giữa', 'ngoằn', 'thuở', 'khuỷu', 'tỉnh', 'Đồng', 'oanh'];
  const bad = ['Vieät', 'ñöôïc', 'tænh', 'Ph¸t', 'thuû', 'viêtt', 'ảá', 'Straße', 'façade'];
  for (const w of good) it(`${w} is a syllable`, () => assert.ok(isVietnameseSyllable(w)));
  for (const w of bad) it(`${w} is not`, () => assert.ok(!isVietnameseSyllable(w)));
});

describe('sources: VNI-Windows (base letter + diacritic byte, shown here as Windows-1252)', () => {
  const examples: Array<[string, string]> = [
    ['Vieät Nam', 'Việt Nam'], ['ñöôïc', 'được'], ['Quoác hoäi', 'Quốc hội'], ['cuûa tænh', 'của tỉnh'], ['naêm', 'năm'],
    ['VIEÄT NAM', 'VIỆT NAM'], ['Ñaïi hoïc', 'Đại học'], ['nöôùc', 'nước'], ['trieäu ñoàng', 'triệu đồng'], ['Vónh Phuùc', 'Vĩnh Phúc'],
    ['aén aèn aún aün aën', 'ắn ằn ẳn ẵn ặn'], ['yù yø yû yõ yï', 'ý ỳ ỷ ỹ ỵ'], ['í ì æ ó ò', 'í ì ỉ ĩ ị'], ['ÔÙ ÖØ', 'Ớ Ừ'],
    // A diacritic byte after no vowel is the Windows-1252 letter.
    ['café née', 'café née'.replace('é', 'é')],
  ];
  for (const [vni, text] of examples) {
    it(`${vni} → ${text}`, () => assert.equal(decodeVni(latin1(vni)), text.normalize('NFC')));
  }
  it('round-trips every Vietnamese letter', () => {
    const letters = 'aăâeêioôơuưy'.split('').flatMap((v) => ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'].map((t) => (v + t).normalize('NFC')));
    const all = [...letters, 'đ', ...letters.map((l) => l.toUpperCase()), 'Đ'].join(' ');
    const enc = encodeVni(all);
    assert.ok(!('unmappable' in enc));
    assert.equal(decodeVni(enc as Uint8Array), all);
  });
  it('says which character it cannot write', () => assert.deepEqual(encodeVni('giá → 5'), { unmappable: '→' }));
});

describe('sources: single-byte code pages round-trip Vietnamese text', () => {
  const cases: Array<[string, (s: string) => Uint8Array | { unmappable: string }, (b: Uint8Array) => string]> = [
    ['TCVN3', (s) => TCVN3.encode(s), (b) => TCVN3.decode(b).normalize('NFC')],
    ['VISCII', (s) => VISCII.encode(s), (b) => VISCII.decode(b).normalize('NFC')],
    ['Windows-1258 (tone marks combining)', (s) => WINDOWS_1258.encode(toWindows1258Form(s)), (b) => WINDOWS_1258.decode(b).normalize('NFC')],
    ['VNI', encodeVni, decodeVni],
  ];
  for (const [name, enc, dec] of cases) {
    it(name, () => {
      const b = enc(expected);
      assert.ok(!('unmappable' in b), JSON.stringify(b));
      assert.equal(dec(b as Uint8Array), expected);
    });
  }
  it('Windows-1258 writes ế as ê + a combining acute (bytes EA EC)', () => assert.deepEqual([...(WINDOWS_1258.encode(toWindows1258Form('ế')) as Uint8Array)], [0xea, 0xec]));
});

describe('sources: encoding detection', () => {
  const files: Array<[string, string]> = [
    ['seed1.utf8.txt', 'utf-8'], ['seed1.utf16le-bom.txt', 'utf-16le'], ['seed1.windows-1258.txt', 'windows-1258'],
    ['seed1.tcvn3.txt', 'tcvn3'], ['seed1.viscii.txt', 'viscii'], ['seed1.vni.txt', 'vni'],
  ];
  for (const [file, name] of files) {
    it(`${file} is read as ${name}, text intact`, () => {
      const r = readTextSource(bytes(file));
      assert.equal(r.encoding?.name, name);
      assert.ok(r.encoding!.confidence > 0.9, String(r.encoding!.confidence));
      assert.equal(r.text, expected);
    });
  }
  it('UTF-16LE without a BOM', () => {
    const b = new Uint8Array(Buffer.from(expected, 'utf16le'));
    assert.equal(detectEncoding(b).best?.name, 'utf-16le');
  });
  it('pure ASCII is ASCII', () => assert.equal(readTextSource(latin1('GRDP 8% nam 2025')).encoding?.name, 'ascii'));
  it('a text too short to tell is refused naming the candidates', () => {
    const b = TCVN3.encode('cả năm') as Uint8Array;
    assert.throws(() => readTextSource(b), (e: unknown) => e instanceof SourceError && /cannot tell its encoding/.test(e.message) && /TCVN3/.test(e.message) && /VISCII/.test(e.message) && (e.candidates?.length ?? 0) > 1
      // Said why (the extension tells an ambiguous file from a foreign one), candidates without their texts (they cross from a worker).
      && e.problem === 'ambiguous' && e.candidates!.every((c) => Object.keys(c).sort().join() === 'confidence,name'));
  });
  it('bytes that read as Vietnamese in no encoding are refused with the best guesses', () => {
    const b = Uint8Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 37) % 128));
    assert.throws(() => readTextSource(b), (e: unknown) => e instanceof SourceError && /does not read as Vietnamese/.test(e.message) && /best: /.test(e.message) && e.problem === 'not-vietnamese');
  });
  it('a file with NUL bytes that is not UTF-16 is binary', () => {
    assert.throws(() => readTextSource(Uint8Array.from([0x50, 0x4b, 0, 0, 1, 2, 0, 0, 9, 9, 9, 0xff, 0, 0x10])), /binary file/);
  });
  it('each legacy file is misread by the other encodings (the detector had a real choice)', () => {
    for (const [file, name] of files.slice(2)) {
      const d = detectEncoding(bytes(file));
      const others = d.candidates.filter((c) => c.name !== name);
      assert.equal(d.best?.name, name);
      assert.ok(others.every((c) => c.confidence < d.best!.confidence - 0.2), `${file}: ${others.map((c) => `${c.name} ${c.confidence.toFixed(2)}`).join(', ')}`);
    }
  });
});

describe('sources: UTF-16 without a BOM', () => {
  /** Our own conversions: UTF-16LE by Node, UTF-16BE by swapping each unit's bytes. */
  const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
  const utf16be = (s: string) => {
    const b = utf16le(s);
    for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
    return b;
  };
  const conversions: Array<['utf-16le' | 'utf-16be', (s: string) => Uint8Array]> = [['utf-16le', utf16le], ['utf-16be', utf16be]];

  for (const [name, encode] of conversions) {
    it(`the seed in ${name}: read in that order, text intact, sure`, () => {
      const b = encode(expected);
      assert.ok(b[0] !== 0xff && b[0] !== 0xfe, 'no BOM');
      const r = readTextSource(b);
      assert.equal(r.encoding?.name, name);
      assert.ok(r.encoding!.confidence > 0.95, String(r.encoding!.confidence));
      assert.equal(r.text, expected);
    });

    it(`${name}: a short line with đ, ơ, ư and ạ…ỹ (high bytes 0x01 and 0x1E), CRLF, dashes and ₫`, () => {
      const line = 'Đồng Tháp: ước đạt 12,5 nghìn tỷ ₫ – “vượt” kế hoạch\r\n';
      const d = detectEncoding(encode(line));
      assert.equal(d.best?.name, name);
      assert.ok(d.best!.confidence > 0.95, String(d.best!.confidence));
      assert.equal(d.best!.text, line);
    });

    it(`${name}: decomposed text (combining marks, high byte 0x03) and a text in capitals`, () => {
      for (const text of ['Phấn đấu đến năm 2030, tỷ lệ đô thị hóa đạt 45%.\n'.normalize('NFD'), 'NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH QUẢNG NINH LẦN THỨ XV\n']) {
        const g = detectUtf16(encode(text));
        assert.equal(g?.name, name, text);
        assert.ok(g!.confidence > 0.95, `${g!.confidence}: ${text}`);
        assert.equal(readTextSource(encode(text)).text, text.normalize('NFC'));
      }
    });

    it(`${name}: cut short at an odd byte, still read (the last half unit replaced)`, () => {
      const b = encode(expected).subarray(0, 2001);
      const r = readTextSource(b);
      assert.equal(r.encoding?.name, name);
      assert.equal(r.text.slice(0, 900), expected.slice(0, 900));
    });
  }

  it('the order is told by the high bytes, not by where most NULs are', () => {
    // Mostly Vietnamese-block letters: fewer NULs than other bytes in either half; the order still shows.
    const text = 'ỗ ộ ợ ự ữ ầ ẩ ậ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ớ ờ ở ỡ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ';
    const le = utf16le(text.replace(/ /g, ''));
    assert.ok(le.filter((x) => x === 0).length === 0, 'no NUL at all in this one');
    assert.equal(detectUtf16(le), undefined, 'not looked for without a NUL byte');
    const spaced = utf16le(text);
    assert.ok(spaced.filter((x) => x === 0).length < spaced.length / 4);
    assert.deepEqual(detectUtf16(spaced)?.name, 'utf-16le');
    assert.deepEqual(detectUtf16(utf16be(text))?.name, 'utf-16be');
  });

  it('binary data with NULs in both halves, or both byte orders mixed, is not UTF-16 (it is binary)', () => {
    // Little-endian 32-bit integers: NULs everywhere, every unit fits either order alike.
    const ints = new Uint8Array(new Uint32Array(Array.from({ length: 500 }, (_, i) => (i * 7) % 300)).buffer);
    assert.ok((detectUtf16(ints)?.confidence ?? 0) < 0.5, String(detectUtf16(ints)?.confidence));
    assert.throws(() => readTextSource(ints), /binary file/);
    // Half a text in one order, half in the other: neither order is sure.
    const half = expected.slice(0, 1500);
    const mixed = new Uint8Array([...utf16le(half), ...utf16be(half)]);
    const g = detectUtf16(mixed);
    assert.ok(g && g.confidence < 0.2, String(g?.confidence));
    assert.throws(() => readTextSource(mixed), /binary file/);
  });

  it('legacy single-byte files and UTF-8 are not looked at as UTF-16', () => {
    for (const f of ['seed1.utf8.txt', 'seed1.tcvn3.txt', 'seed1.vni.txt']) assert.equal(detectUtf16(bytes(f)), undefined, f);
  });
});

describe('sources: an encoding named by the user', () => {
  it('names and aliases, any case; an unknown one is undefined', () => {
    for (const n of GIVEN_ENCODINGS) assert.equal(encodingNamed(n.toUpperCase()), n);
    const aliases: Array<[string, string]> = [['cp1258', 'windows-1258'], ['UTF8', 'utf-8'], ['utf_16le', 'utf-16le'], ['ABC', 'tcvn3'], ['TCVN-5712', 'tcvn3'], ['VNI-Windows', 'vni'], [' viscii ', 'viscii']];
    for (const [alias, n] of aliases) assert.equal(encodingNamed(alias), n, alias);
    for (const bad of ['koi8-r', 'latin1', '', 'utf-32', 'ascii']) assert.equal(encodingNamed(bad), undefined, bad);
  });
  it('is used without detection: the same bytes read differently, each marked given, confidence how Vietnamese it reads', () => {
    const b = VISCII.encode('Hà Nội 2030: 50%') as Uint8Array;
    assert.throws(() => readTextSource(b), (e: unknown) => e instanceof SourceError && e.problem === 'ambiguous');
    const v = readTextSource(b, 'viscii'), t3 = readTextSource(b, 'tcvn3');
    assert.equal(v.text, 'Hà Nội 2030: 50%');
    assert.notEqual(t3.text, v.text);
    assert.deepEqual(v.encoding, { name: 'viscii', confidence: 0.8, given: true });
    const wrong = readTextSource(bytes('seed1.tcvn3.txt'), 'vni');
    assert.ok(wrong.encoding!.given && wrong.encoding!.confidence < 0.5, String(wrong.encoding!.confidence));
    // ASCII text has nothing to judge: sure whatever is named.
    assert.equal(readTextSource(latin1('GRDP 8%'), 'tcvn3').encoding?.confidence, 1);
  });
  it('skips the BOM of the encoding named, refuses NULs unless UTF-16', () => {
    assert.equal(readTextSource(bytes('seed1.utf16le-bom.txt'), 'utf-16le').text, expected);
    assert.equal(readTextSource(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('đạt 5%')]), 'utf-8').text, 'đạt 5%');
    assert.throws(() => readTextSource(Uint8Array.from([0x41, 0, 0x42]), 'tcvn3'), /binary file.*TCVN3/);
    assert.equal(readTextSource(Uint8Array.from([0, 0x41, 0, 0x42]), 'utf-16be').text, 'AB');
  });
});

describe('sources: the fast paths give what the plain ones gave', () => {
  /** The word without tones as it was computed before the per-letter table (the whole word normalised). */
  const reference = (word: string) => {
    const d = word.toLowerCase().normalize('NFD');
    const tones = d.match(/[\u0300\u0301\u0303\u0309\u0323]/gu);
    return tones && tones.length > 1 ? undefined : d.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
  };
  const letters = [...'aAđĐoơƠuưỆệẾếỗịỷÝyzqgiă', '\u0301', '\u0323', '\u0302', 'µ', '¸', 'Ö', 'İ', 'ß', '\u1100', '\u1161', 'Ỗ', 'ǹ'];
  it('untoned: letter by letter, the same as the whole word normalised (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 9 }), (cs) => {
      const w = cs.join('');
      assert.equal(untoned(w), reference(w), JSON.stringify(w));
    }), { numRuns: 3000 });
  });
  it('single-byte decoding a chunk at a time is the table read byte by byte, across chunk ends', () => {
    const bytes = Uint8Array.from({ length: 20000 }, (_, i) => (i * 131 + (i >> 7)) & 0xff);
    for (const codec of [TCVN3, VISCII, WINDOWS_1258]) {
      let plain = '';
      for (const b of bytes) plain += codec.table[b];
      assert.equal(codec.decode(bytes), plain);
      assert.equal(codec.decode(bytes.subarray(0, 8192)), plain.slice(0, 8192));
      assert.equal(codec.decode(new Uint8Array(0)), '');
    }
    // A table with a character of two UTF-16 units decodes the plain way.
    const wide = singleByte([...WINDOWS_1252.table.slice(0, 255), '😀'].join(''));
    assert.equal(wide.decode(Uint8Array.of(0x41, 0xff)), 'A😀');
  });
});
