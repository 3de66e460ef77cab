import fc from 'fast-check';
import { extract } from '../src/engine';
const FRAGS = ['đến năm 2025', '1,8 tỷ USD', 'Quảng Ninh', '\r\n', '\n', '\u200b', '\ufeff', '\u00ad', '\u00a0', '0', '1', '2', '9', '.', ',', ' ', 'tỉnh ', 'Hà Nội', 'đạt ', 'gần ', 'hơn ', '450 nghìn tỷ đồng', '%', 'năm ', 'giai đoạn 2021-2025', 'Phấn đấu ', 'trở thành ', 'khu công nghiệp', 'e\u0301', 'Đ', 'Ð', '😀', ';', ':', '(', ')', '-', 'tháng 6/2024', 'ha', 'MW', 'triệu', 'hai mươi lăm', 'Mục tiêu ', 'TP. Hồ Chí Minh', 'Thừa Thiên Huế'];
const frag = fc.array(fc.constantFrom(...FRAGS), { maxLength: 40 }).map((a) => a.join(''));
const arb = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), frag, frag.map(s => s.normalize('NFD')));
function check(text: string) {
  const r = extract(text);
  for (const e of r.entities) {
    const [a, b] = e.span;
    if (!(0 <= a && a <= b && b <= text.length)) throw new Error('span range ' + JSON.stringify(e));
    if (e.text !== text.slice(a, b)) throw new Error('text ' + JSON.stringify(e));
  }
  for (const g of r.goals) {
    const [a, b] = g.span;
    if (!(0 <= a && a <= b && b <= text.length)) throw new Error('goal span range ' + JSON.stringify(g));
    if (g.evidence !== text.slice(a, b)) throw new Error('evidence');
  }
  for (let i = 1; i < r.entities.length; i++) if (r.entities[i - 1].span[0] > r.entities[i].span[0]) throw new Error('sort');
}
fc.assert(fc.property(arb, (t) => { check(t); }), { numRuns: 20000 });
console.log('ok');
