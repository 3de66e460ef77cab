import { performance } from 'node:perf_hooks';
import { extract } from '../src/engine';
const MB = 1 << 20;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const words = 'phát triển kinh tế xã hội bền vững nâng cao đời sống nhân dân đẩy mạnh công nghiệp hóa hiện đại hóa ';
const cases: Record<string, (n: number) => string> = {
  digits: (n) => fill('0123456789', n),
  dots: (n) => fill('.', n),
  commas: (n) => fill(',', n),
  nam: (n) => fill('năm ', n),
  pct: (n) => fill('1% ', n),
  hanoi: (n) => fill('tỉnh Hà Nội ', n),
  deadline: (n) => fill('đến năm 2025, ', n),
  words: (n) => fill(words, n),
  newlines: (n) => fill('\n', n),
  spacesKcn: (n) => ' '.repeat(n - 'khu công nghiệp'.length) + 'khu công nghiệp',
};
const only = process.argv[2];
for (const [k, f] of Object.entries(cases)) {
  if (only && k !== only) continue;
  const t = (n: number) => { const s = f(n); const t0 = performance.now(); const r = extract(s); const d = performance.now() - t0; return [d, r.entities.length, r.goals.length]; };
  const a = t(MB / 4), b = t(MB);
  console.log(k.padEnd(10), a.map(x => Math.round(x as number)).join(' '), '|', b.map(x => Math.round(x as number)).join(' '), 'ratio', ((b[0] as number) / (a[0] as number)).toFixed(2));
}
