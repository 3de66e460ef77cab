import { performance } from 'node:perf_hooks';
import { extract } from '../src/engine';
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const cases: Record<string, string> = {
  dotdigits: '1.', commadigits: '1,', spacegroups: '123 ', slash: '1/', dash: '2025-', pctnum: '1,5% ', tyusd: '1,8 tỷ USD ', 
  letters: 'a', vnletters: 'ệ', caps: 'Hà Nội ', mixed: 'năm 2025 tháng 6 ', paren: '(', semis: ';', hyphen: '-', nd: 'năm 1 ', words: 'hai mươi lăm ', trieu: 'triệu ',
  tu: 'từ 1 đến ', tang: 'tăng ', nfd: 'Quảng Ninh đạt 5%, '.normalize('NFD'), zw: '\u200b', zwa: 'a\u200b', tab: '\t', list: '\n- ', listnum: '\n1. ', caps2: 'A. ', dots2: '. ', goals: 'Mục tiêu đến năm 2030, trở thành tỉnh công nghiệp, ', endstate: 'trở thành ', phan: 'phấn đấu ',
  kcn: 'có 24 khu công nghiệp ', digitsp: '1 ', vl: 'đạt 5 tỷ USD vào năm 2025; ', 'quote': '"', q2: '“', hyph: '2021-2025 ', nbsp: '75\u00a0000 ',
};
const only = process.argv[2];
for (const [k, u] of Object.entries(cases)) {
  if (only && k !== only) continue;
  const t = (n: number) => { const s = fill(u, n); const t0 = performance.now(); extract(s); return performance.now() - t0; };
  const a = t(1 << 16), b = t(1 << 18);
  console.log(k.padEnd(12), Math.round(a), Math.round(b), 'ratio', (b / a).toFixed(2), b > 2000 ? 'SLOW' : '');
}
