/**
 * A fresh engine worker warms up while it has nothing else to do: V8 runs new code slowly (and
 * compiles each regular expression on its first use) until it has seen it run a while. In plain
 * Node a cold engine's first 8 KB text took ~90 ms, ~18 ms after twenty runs of the text below
 * (~140 ms, most of it compiling); its first 1 MB text 310–380 → 260–285 ms. So a worker runs the
 * engine on a short built-in text a few times as it
 * starts, one run per turn of its event loop, until its first request: a request waits for one run
 * at most, and from then on the real texts warm it (a worker busy from its start, as the index's,
 * does no warm-up at all). Results are thrown away; the engine keeps no state between texts, so
 * nothing it answers depends on this. No `vscode` here.
 */
import { extract } from '../../engine';

/** A short text in the style of the documents read (plans, resolutions, news): amounts, times, places, cue words, a table. */
export const WARM_UP_TEXT = [
  'Ngày 12/3/2024, UBND tỉnh Quảng Ninh ban hành kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025, tầm nhìn đến năm 2030.',
  'Mục tiêu đến năm 2025, tốc độ tăng trưởng GRDP bình quân đạt 10%/năm; GRDP bình quân đầu người đạt khoảng 8.500 USD.',
  'Phấn đấu thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt trên 2 tỷ USD, tổng vốn đầu tư toàn xã hội gần 450 nghìn tỷ đồng.',
  'Tỷ lệ hộ nghèo giảm còn dưới 1,5%; 100% xã đạt chuẩn nông thôn mới trước năm 2027; diện tích rừng trồng mới 5.000 ha mỗi năm.',
  'Năm 2023, kim ngạch xuất khẩu của tỉnh ước đạt 3,2 tỷ USD, tăng 12,5% so với cùng kỳ; thu ngân sách nhà nước đạt 51.000 tỷ đồng.',
  'Trong 6 tháng đầu năm 2024, toàn tỉnh có 1.250 doanh nghiệp thành lập mới với tổng vốn đăng ký hơn 12 nghìn tỷ đồng.',
  'Đến hết quý IV/2026, hoàn thành đầu tư 3 khu công nghiệp với tổng diện tích khoảng 1.200 ha, tạo việc làm cho 20.000 lao động.',
  'Tỉnh Hải Dương, thành phố Hải Phòng và tỉnh Bắc Ninh phối hợp triển khai dự án đường vành đai 4 từ quý II năm 2025.',
  '',
  'STT | Chỉ tiêu | Đơn vị | Kế hoạch 2025',
  '1 | Tốc độ tăng trưởng GRDP | % | 8,5',
  '2 | Tổng vốn đầu tư | tỷ đồng | 95.000',
  '3 | Tỷ lệ đô thị hóa | % | 52',
].join('\n');

/** How many times a new worker runs the warm-up text. */
export const WARM_UP_RUNS = 20;

/**
 * Runs the engine on the warm-up text `runs` times, each run in a turn of its own (`later` schedules
 * the next: a macrotask, so the worker's messages are handled between runs), until `stop()` (the
 * worker's first request).
 */
export function warmUp(later: (next: () => void) => void, runs = WARM_UP_RUNS, run: () => void = () => { extract(WARM_UP_TEXT); }): { stop(): void } {
  let done = 0;
  const step = () => {
    if (done >= runs) return;
    done++;
    try { run(); } catch { return; /* a warm-up that fails stops; the real requests report their own errors */ }
    later(step);
  };
  later(step);
  return { stop: () => { done = runs; } };
}
