/**
 * Where `extract` writes: a sink (the standard output, or a file written under a temporary name and
 * renamed into place when complete) that makes the writer wait while the reader is behind, and the
 * assembly of the format around the documents' pieces.
 */
import { closeSync, createWriteStream, openSync, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Goal } from '../../engine/types';
import { CSV_HEAD, JSON_HEAD, jsonItemSeparator, jsonTail, toTree } from '../../export/formats';
import type { CliIo } from '../io';
import type { OutputFormat } from './document';

export interface Sink {
  /** Resolves when the sink can take more. */
  write(s: string): Promise<void> | void;
  /** Completes the output (a file is renamed into place). */
  close(): Promise<void>;
  /** Gives up: a file's temporary name is removed, the previous file stays. */
  abort(): void;
}

export function stdoutSink(io: CliIo): Sink {
  return {
    write: (s) => (s !== '' && io.stdout(s) === false && io.drained ? io.drained() : undefined),
    close: async () => undefined,
    abort: () => undefined,
  };
}

/** A sink writing `path` under a temporary name; throws (ENOENT, EISDIR…) at once when that cannot be opened. */
export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  let stream: WriteStream;
  try { stream = createWriteStream('', { fd, highWaterMark: 1 << 20 }); } catch (e) { closeSync(fd); unlinkSync(tmp); throw e; }
  let failure: Error | undefined;
  stream.on('error', (e) => { failure ??= e; });
  const failed = () => { if (failure) throw failure; };
  return {
    write(s) {
      failed();
      if (stream.write(s)) return undefined;
      return new Promise<void>((resolve, reject) => {
        const done = () => { stream.off('error', onError); resolve(); };
        const onError = (e: Error) => { stream.off('drain', done); reject(e); };
        stream.once('drain', done);
        stream.once('error', onError);
      });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        failed();
        stream.once('error', reject);
        stream.end(() => {
          try { renameSync(tmp, path); resolve(); } catch (e) { reject(e); }
        });
      });
    },
    abort() {
      stream.destroy();
      try { unlinkSync(tmp); } catch { /* already gone */ }
    },
  };
}

/** The text around and between the documents' pieces; the tree keeps each document's goals (not its text) to the end. */
export class FormatAssembler {
  private count = 0;
  private readonly tree: Array<{ path: string; goals: Goal[] }> = [];

  constructor(private readonly format: OutputFormat) {}

  head(): string {
    return this.format === 'json' ? JSON_HEAD : this.format === 'csv' ? CSV_HEAD : '';
  }

  item(path: string, piece: string, goals: Goal[] | undefined): string {
    const n = this.count++;
    if (this.format === 'tree') { if (goals?.length) this.tree.push({ path, goals }); return ''; }
    return this.format === 'json' ? jsonItemSeparator(n) + piece : piece;
  }

  tail(): string {
    return this.format === 'json' ? jsonTail(this.count) : this.format === 'tree' ? toTree(this.tree) : '';
  }

  get documents(): number { return this.count; }
}
