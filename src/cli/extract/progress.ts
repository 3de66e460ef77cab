/** Progress of `extract` on a terminal: files done of all, MB/s, time left; redrawn at most ten times a second. */

export interface ProgressState { files: number; totalFiles: number; bytes: number; totalBytes: number; elapsedMs: number }

const MB = 1024 * 1024;

/** `1,204/30,000 files · 41.2 MB/s · 2:05 left` (time left from the bytes still to read at the rate so far). */
export function progressLine(s: ProgressState): string {
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? s.bytes / MB / seconds : 0;
  const left = rate > 0 ? (s.totalBytes - s.bytes) / MB / rate : undefined;
  const parts = [`${s.files.toLocaleString('en-US')}/${s.totalFiles.toLocaleString('en-US')} files`, `${rate.toFixed(rate < 1 ? 2 : 1)} MB/s`];
  if (left !== undefined && s.files < s.totalFiles) parts.push(`${clock(left)} left`);
  return parts.join(' · ');
}

/** 75 → 1:15, 3725 → 1:02:05. */
export function clock(seconds: number): string {
  const t = Math.max(0, Math.round(seconds));
  const h = Math.floor(t / 3600), m = Math.floor((t % 3600) / 60), sec = t % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}

const CLEAR = '\r\x1b[K';

export class Progress {
  private files = 0;
  private bytes = 0;
  private lastDraw = -Infinity;
  private shown = false;
  private readonly started: number;

  constructor(private readonly write: (s: string) => void, private readonly totalFiles: number, private readonly totalBytes: number, private readonly now: () => number = Date.now) {
    this.started = now();
  }

  advance(bytes: number): void {
    this.files++;
    this.bytes += bytes;
    const t = this.now();
    if (t - this.lastDraw < 100 && this.files < this.totalFiles) return;
    this.lastDraw = t;
    this.write(CLEAR + progressLine({ files: this.files, totalFiles: this.totalFiles, bytes: this.bytes, totalBytes: this.totalBytes, elapsedMs: t - this.started }));
    this.shown = true;
  }

  /** Takes the line away (before a message, and at the end). */
  clear(): void {
    if (this.shown) this.write(CLEAR);
    this.shown = false;
    this.lastDraw = -Infinity;
  }
}
