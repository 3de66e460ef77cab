/**
 * Writes the PDF and Word files of the in-host tests' workspace (committed; tests never run this):
 *   npx tsx scripts/generate-workspace-sources.ts
 * - test/fixtures/workspace/dien-bien-2030.pdf: two A5 pages with a Vietnamese text layer (DejaVu Sans
 *   embedded), a plan's targets on each page (page 2's goals let the tests check the page shown);
 * - test/fixtures/workspace/son-la-2030.docx: a minimal WordprocessingML package (generate-source-fixtures.ts's docx()).
 * Needs the devDependencies pdf-lib and @pdf-lib/fontkit and /usr/share/fonts/truetype/dejavu.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { docx, para } from './generate-source-fixtures';

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

async function main(): Promise<void> {
  writeFileSync(join(OUT, 'dien-bien-2030.pdf'), await pdf());
  writeFileSync(join(OUT, 'son-la-2030.docx'), docx(DOCX_PARAGRAPHS.map(para).join('')));
}

if (require.main === module) void main();
