/**
 * Writes the PDF and Word files of the in-host tests' workspace (committed; tests never run this):
 *   npx tsx scripts/generate-workspace-sources.ts
 * - test/fixtures/workspace/dien-bien-2030.pdf: two A5 pages with a Vietnamese text layer (DejaVu Sans
 *   embedded), a plan's targets on each page (page 2's goals let the tests check the page shown);
 * - test/fixtures/workspace/son-la-2030.docx: a minimal WordprocessingML package (a zip written here).
 * Needs the devDependencies pdf-lib and @pdf-lib/fontkit and /usr/share/fonts/truetype/dejavu.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

const OUT = join(__dirname, '..', 'test', 'fixtures', 'workspace');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export const PDF_PAGES = [
  ['KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN',
    'Theo kế hoạch, tỉnh Điện Biên phấn đấu đến năm 2025 tốc độ tăng trưởng GRDP bình quân đạt 9,5%/năm.',
    'Thu ngân sách nhà nước trên địa bàn đạt 15.000 tỷ đồng vào năm 2025.'],
  ['Về du lịch, tỉnh Điện Biên phấn đấu đến năm 2030 đón 12 triệu lượt khách du lịch, tổng thu từ du lịch đạt 45.000 tỷ đồng.',
    'Đến năm 2030, tỷ lệ đô thị hóa của tỉnh đạt 50%.'],
];
export const DOCX_PARAGRAPHS = [
  'Tỉnh Sơn La đặt mục tiêu đến năm 2025 thu hút 5.000 tỷ đồng vốn đầu tư vào nông nghiệp công nghệ cao.',
  'Phấn đấu đến năm 2030, tỷ lệ che phủ rừng của tỉnh Sơn La đạt 50%.',
];

async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(FONT), { subset: true });
  const [SIZE, LEADING, MARGIN, WIDTH, HEIGHT] = [10, 14, 40, 420, 595];
  for (const paragraphs of PDF_PAGES) {
    const page = doc.addPage([WIDTH, HEIGHT]);
    let y = HEIGHT - MARGIN;
    for (const p of paragraphs) {
      let line = '';
      const flush = () => { page.drawText(line, { x: MARGIN, y, size: SIZE, font }); y -= LEADING; line = ''; };
      for (const word of p.split(' ')) {
        const next = line ? `${line} ${word}` : word;
        if (line && font.widthOfTextAtSize(next, SIZE) > WIDTH - 2 * MARGIN) { flush(); line = word; } else line = next;
      }
      if (line) flush();
      y -= 8;
    }
  }
  return doc.save();
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (s: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(s)}</w:t></w:r></w:p>`;

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

function docx(paragraphs: string[]): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map(para).join('')}<w:sectPr/></w:body></w:document>`],
  ]);
}

async function main(): Promise<void> {
  writeFileSync(join(OUT, 'dien-bien-2030.pdf'), await pdf());
  writeFileSync(join(OUT, 'son-la-2030.docx'), docx(DOCX_PARAGRAPHS));
}

if (require.main === module) void main();
