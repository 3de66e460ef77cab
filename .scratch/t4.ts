import fc from 'fast-check';
import { extract, type Entity } from '../src/engine';
const LEAD = ['Phấn đấu ', 'Mục tiêu ', 'Năm 2023, ', '', 'Đến năm 2030, ', 'Giai đoạn 2021-2025, ', 'Tỉnh ủy đề ra mục tiêu '];
const SUBJ = ['tỉnh Quảng Ninh ', 'tỉnh Thanh Hóa ', 'thành phố Đà Nẵng ', 'Hà Nội ', 'tỉnh Bắc Ninh ', 'Đắk Lắk ', 'Thừa Thiên Huế ', ''];
const IND = ['giá trị sản xuất công nghiệp ', 'tổng thu ngân sách ', 'tốc độ tăng trưởng GRDP ', 'thu nhập bình quân đầu người ', 'tỷ lệ hộ nghèo ', 'diện tích rừng trồng mới ', 'số khu công nghiệp '];
const VERB = ['đạt ', 'đạt gần ', 'đạt hơn ', 'khoảng ', 'tăng ', 'giảm còn ', 'có ', 'ít nhất '];
const AMT = ['450 nghìn tỷ đồng', '1,8 tỷ USD', '8,5%', '120 triệu đồng/người/năm', '5.000 ha', '24 khu công nghiệp', 'hai mươi lăm nghìn tỷ đồng', '1.500 MW', 'từ 7% đến 8%', '3 triệu tấn'];
const TAIL = ['', ' vào năm 2025', ' đến năm 2030', ' trong 6 tháng đầu năm', ' so với cùng kỳ', ' giai đoạn 2021-2025'];
const END = ['.', ';', '.\n', '\n\n', ', ', ' '];
const sentence = fc.tuple(fc.constantFrom(...LEAD), fc.constantFrom(...SUBJ), fc.constantFrom(...IND), fc.constantFrom(...VERB), fc.constantFrom(...AMT), fc.constantFrom(...TAIL), fc.constantFrom(...END)).map((p) => p.join(''));
const doc = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
const proj = (e: Entity) => e.type === 'amount' ? ['amount', e.value, e.max, e.unit, e.qualifier, e.role] : e.type === 'time' ? ['time', e.kind, e.start, e.end] : ['province', e.name, e.id];
let fails = 0;
fc.assert(fc.property(doc, (s) => {
  const a = extract(s), b = extract(s.normalize('NFD'));
  const pa = JSON.stringify(a.entities.map(proj)), pb = JSON.stringify(b.entities.map(proj));
  if (pa !== pb) { if (fails++ < 3) console.log('ENT', JSON.stringify(s), pa, pb); return; }
  b.entities.forEach((e, i) => { if (e.text.normalize('NFC') !== a.entities[i].text) console.log('TEXT', JSON.stringify(s)); });
  const ga = JSON.stringify(a.goals.map(g => [g.province, g.indicator, g.value, g.unit, g.deadline, g.period, g.qualifier])), gb = JSON.stringify(b.goals.map(g => [g.province, g.indicator, g.value, g.unit, g.deadline, g.period, g.qualifier]));
  if (ga !== gb && fails++ < 6) console.log('GOAL', JSON.stringify(s), '\n ', ga, '\n ', gb);
  // CRLF
  const c = extract(s.replace(/\n/g, '\r\n'));
  const pc = JSON.stringify(c.entities.map(proj));
  if (pc !== pa && fails++ < 10) console.log('CRLF', JSON.stringify(s), pa, pc);
  c.entities.forEach((e, i) => { if (a.entities[i] && e.text.replace(/\r/g, '') !== a.entities[i].text && fails++ < 12) console.log('CRLFTEXT', JSON.stringify(e.text), JSON.stringify(a.entities[i].text)); });
  const gc = JSON.stringify(c.goals.map(g => [g.province, g.indicator, g.value, g.unit, g.deadline, g.period, g.qualifier, g.evidence.replace(/\r/g, '')]));
  const ga2 = JSON.stringify(a.goals.map(g => [g.province, g.indicator, g.value, g.unit, g.deadline, g.period, g.qualifier, g.evidence]));
  if (gc !== ga2 && fails++ < 14) console.log('CRLFGOAL', JSON.stringify(s), '\n ', ga2, '\n ', gc);
}), { numRuns: 3000 });
console.log('fails', fails);
