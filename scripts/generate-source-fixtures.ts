/**
 * Writes the source-layer fixtures under test/fixtures/sources/ (committed; tests never run this):
 *   npx tsx scripts/generate-source-fixtures.ts
 * - seeds as PDF (DejaVu Sans embedded, Vietnamese text layer, wrapped lines, a repeating header and
 *   page-number footer) and as .docx (a zip written here); .doc through LibreOffice when `soffice` exists;
 * - table.pdf / table.docx: a table and a line whose tone marks are drawn as separate glyphs;
 * - scanned.pdf: page 2 is only an image;
 * - one seed in each legacy encoding, by this project's own encoders;
 * - locked.pdf: table.pdf with a user password, through qpdf when it exists;
 * - vni-font.pdf, tcvn3-font.docx: seed 002 typed with VNI / TCVN3 fonts (their bytes as Windows-1252 text);
 * - libreoffice-*.pdf: seed 000 and the table as LibreOffice prints them to PDF.
 * Needs the devDependencies pdf-lib and @pdf-lib/fontkit and /usr/share/fonts/truetype/dejavu.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { encodeVni } from '../src/sources/encodings/vni';
import { TCVN3, VISCII, WINDOWS_1252, WINDOWS_1258, toWindows1258Form } from '../src/sources/encodings/singleByte';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'test', 'fixtures', 'sources');
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
mkdirSync(OUT, { recursive: true });

const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedText = (f: string) => readFileSync(join(SEEDS, f), 'utf8');

// ---- PDF ----
const SIZE = 11, LEADING = 15, MARGIN = 50, WIDTH = 420, HEIGHT = 595, INDENT = 20; // A5: every seed spans pages
const TABLE_ROWS = [['Chỉ tiêu', 'Năm 2025', 'Năm 2030'], ['Tốc độ tăng trưởng GRDP', '8%', '9%'], ['Tỷ lệ hộ nghèo', '2,5%', '1%'], ['Thu ngân sách', '12.000 tỷ đồng', '20.000 tỷ đồng']];

async function newPdf(): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(FONT), { subset: true });
  return { doc, font };
}

/** Greedy wrap of one paragraph into lines no wider than `width` (the first line `indent` narrower). */
function wrap(font: PDFFont, text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    const limit = lines.length === 0 ? width - indent : width;
    if (line && font.widthOfTextAtSize(next, SIZE) > limit) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays paragraphs out on pages with a header and a page-number footer on each. */
function layOut(doc: PDFDocument, font: PDFFont, paragraphs: string[]): void {
  let page: PDFPage | undefined;
  let y = 0, n = 0;
  const newPage = () => {
    page = doc.addPage([WIDTH, HEIGHT]);
    n++;
    page.drawText('ỦY BAN NHÂN DÂN TỈNH — BẢN TIN KINH TẾ', { x: MARGIN, y: HEIGHT - 35, size: 9, font });
    page.drawText(`Trang ${n}`, { x: WIDTH / 2 - 15, y: 30, size: 9, font });
    y = HEIGHT - MARGIN - 10;
  };
  newPage();
  for (const p of paragraphs) {
    const lines = wrap(font, p, WIDTH - 2 * MARGIN, INDENT);
    lines.forEach((l, i) => {
      if (y < MARGIN + 10) newPage();
      page!.drawText(l, { x: MARGIN + (i === 0 ? INDENT : 0), y, size: SIZE, font });
      y -= LEADING;
    });
    y -= 6;
  }
}

/** A line whose tone marks are separate glyphs (base letter drawn, then the combining mark over it). */
function drawDecomposed(page: PDFPage, font: PDFFont, text: string, x: number, y: number): void {
  for (const ch of text.normalize('NFD')) {
    const isMark = /\p{M}/u.test(ch);
    page.drawText(ch, { x: isMark ? x - font.widthOfTextAtSize('a', SIZE) / 2 : x, y, size: SIZE, font });
    if (!isMark) x += font.widthOfTextAtSize(ch, SIZE);
  }
}

async function tablePdf(): Promise<Uint8Array> {
  const { doc, font } = await newPdf();
  const page = doc.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  page.drawText('Bảng 1. Một số chỉ tiêu chủ yếu của tỉnh Vĩnh Phúc', { x: MARGIN, y, size: SIZE, font });
  y -= 2 * LEADING;
  const cols = [MARGIN, MARGIN + 140, MARGIN + 235]; // cells in 9 pt, as tables often are
  for (const row of TABLE_ROWS) {
    row.forEach((cell, i) => page.drawText(cell, { x: cols[i], y, size: 9, font }));
    y -= LEADING + 4;
  }
  y -= LEADING;
  drawDecomposed(page, font, 'Phấn đấu đến năm 2030, tỉnh Vĩnh Phúc đạt mức thu nhập cao.', MARGIN, y);
  return doc.save({ useObjectStreams: false });
}

/** A 4×4 grey PNG, made here (no image library). */
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(4, 0); ihdr.writeUInt32BE(4, 4); ihdr[8] = 8; ihdr[9] = 0;
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 128, 128, 128, 128])));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

async function scannedPdf(): Promise<Uint8Array> {
  const { doc, font } = await newPdf();
  const image = await doc.embedPng(png());
  doc.addPage([WIDTH, HEIGHT]).drawText('Trang đầu có chữ: kế hoạch phát triển kinh tế năm 2025.', { x: MARGIN, y: HEIGHT - MARGIN, size: SIZE, font });
  doc.addPage([WIDTH, HEIGHT]).drawImage(image, { x: MARGIN, y: MARGIN, width: WIDTH - 2 * MARGIN, height: HEIGHT - 2 * MARGIN });
  doc.addPage([WIDTH, HEIGHT]).drawText('Trang cuối có chữ: tỷ lệ hộ nghèo giảm còn 1%.', { x: MARGIN, y: HEIGHT - MARGIN, size: SIZE, font });
  return doc.save({ useObjectStreams: false });
}

async function seedPdf(text: string): Promise<Uint8Array> {
  const { doc, font } = await newPdf();
  layOut(doc, font, text.split('\n').map((l) => l.trim()).filter(Boolean));
  return doc.save({ useObjectStreams: false });
}

// ---- DOCX (a minimal WordprocessingML package in a zip written here) ----
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const para = (s: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(s)}</w:t></w:r></w:p>`;
const table = (rows: string[][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

function zip(files: Array<[string, string]>): Uint8Array {
  const locals: Buffer[] = [], centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6); head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14); head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(data.length, 22); head.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10); end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A minimal .docx whose body is `bodyXml` (WordprocessingML paragraphs and tables). */
export function docx(bodyXml: string): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`],
  ]);
}

// ---- legacy encodings ----
/** Punctuation the 8-bit Vietnamese code pages lack, written as ASCII. */
const ASCII_FOR: Record<string, string> = { '…': '...', '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '\u00a0': ' ', '•': '-' };
export const toEncodable = (s: string) => s.replace(/[…“”‘’–—\u00a0•]/gu, (c) => ASCII_FOR[c]);

function must(r: Uint8Array | { unmappable: string }, what: string): Uint8Array {
  if ('unmappable' in r) throw new Error(`${what}: cannot write ${JSON.stringify(r.unmappable)}`);
  return r;
}

async function main(): Promise<void> {
  for (const f of seedNames) {
    const base = f.replace(/\.txt$/, '');
    writeFileSync(join(OUT, `${base}.pdf`), await seedPdf(seedText(f)));
    writeFileSync(join(OUT, `${base}.docx`), docx(seedText(f).split('\n').map(para).join('')));
  }
  writeFileSync(join(OUT, 'table.pdf'), await tablePdf());
  writeFileSync(join(OUT, 'table.docx'), docx(para('Bảng 1. Một số chỉ tiêu chủ yếu của tỉnh Vĩnh Phúc') + table(TABLE_ROWS) + para('Phấn đấu đến năm 2030, tỉnh Vĩnh Phúc đạt mức thu nhập cao.')));
  writeFileSync(join(OUT, 'scanned.pdf'), await scannedPdf());

  const text = toEncodable(seedText(seedNames[1]));
  writeFileSync(join(OUT, 'seed1.utf8.txt'), text);
  writeFileSync(join(OUT, 'seed1.utf16le-bom.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  writeFileSync(join(OUT, 'seed1.windows-1258.txt'), must(WINDOWS_1258.encode(toWindows1258Form(text)), 'Windows-1258'));
  writeFileSync(join(OUT, 'seed1.tcvn3.txt'), must(TCVN3.encode(text), 'TCVN3'));
  writeFileSync(join(OUT, 'seed1.viscii.txt'), must(VISCII.encode(text), 'VISCII'));
  writeFileSync(join(OUT, 'seed1.vni.txt'), must(encodeVni(text), 'VNI'));

  // Typed with legacy fonts: the font's bytes stored as Windows-1252 letters (Latin-1 where 1252 has none).
  const asFontText = (b: Uint8Array) => Array.from(b, (x) => (WINDOWS_1252.table[x] !== '\ufffd' ? WINDOWS_1252.table[x] : String.fromCharCode(x))).join('');
  const fontSeed = toEncodable(seedText(seedNames[2]));
  writeFileSync(join(OUT, 'vni-font.pdf'), await seedPdf(asFontText(must(encodeVni(fontSeed), 'VNI'))));
  writeFileSync(join(OUT, 'tcvn3-font.docx'), docx(asFontText(must(TCVN3.encode(fontSeed), 'TCVN3')).split('\n').map(para).join('')));

  // A password-protected PDF, through qpdf when it is installed.
  if (existsSync('/usr/bin/qpdf')) execFileSync('/usr/bin/qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(OUT, 'table.pdf'), join(OUT, 'locked.pdf')]);
  else console.warn('qpdf not found: locked.pdf not regenerated');

  // .doc: LibreOffice converts the .docx files, when it is installed.
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
  if (soffice) {
    const tmp = join(OUT, '.doc-tmp');
    mkdirSync(tmp, { recursive: true });
    const inputs = [join(OUT, `${seedNames[0].replace(/\.txt$/, '')}.docx`), join(OUT, 'table.docx')];
    execFileSync(soffice, ['--headless', '--convert-to', 'doc:MS Word 97', '--outdir', tmp, ...inputs], { stdio: 'inherit' });
    for (const f of readdirSync(tmp)) renameSync(join(tmp, f), join(OUT, f));
    // PDFs as a word processor lays them out (its fonts, spacing between paragraphs, no indents).
    execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', tmp, ...inputs], { stdio: 'inherit' });
    for (const f of readdirSync(tmp)) renameSync(join(tmp, f), join(OUT, `libreoffice-${f}`));
    rmSync(tmp, { recursive: true, force: true });
  } else console.warn('soffice not found: .doc fixtures not regenerated');
}

if (require.main === module) void main();
