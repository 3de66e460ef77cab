/**
 * The engine's worker thread in Node (bundled as dist/engineWorker.js): text and options in, the
 * engine's result out as plain data; or a file's path, read, decoded and analysed here, so the
 * extension host does none of it (the workspace index). No `vscode` here.
 */
import { closeSync, fstatSync, openSync, readSync } from 'fs';
import { parentPort } from 'worker_threads';
import { answer, answerFile, type ReadBytes, type WorkerRequest } from './engineProtocol';
import { warmUp } from './engineWarmUp';

export type { WorkerReply, WorkerRequest } from './engineProtocol';

/** One open, one stat, the reads, one close; synchronous: this thread has nothing else to do meanwhile. */
const readBytes: ReadBytes = (file, maxBytes) => {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { tooLarge: size };
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break; // shrunk meanwhile
      read += n;
    }
    return { bytes: read === size ? bytes : bytes.subarray(0, read) };
  } finally { closeSync(fd); }
};

// Warms up while it waits for its first request (engineWarmUp.ts): one run per turn.
const warming = warmUp((next) => { setTimeout(next, 0); });
parentPort?.on('message', (m: WorkerRequest) => {
  warming.stop();
  parentPort?.postMessage('file' in m ? answerFile(m, readBytes) : answer(m));
});
