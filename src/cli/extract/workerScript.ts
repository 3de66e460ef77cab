/**
 * How a worker thread starts. The CLI bundle (dist/cli.js) starts dist/cliWorker.js, a bundle of
 * its own with only the engine and the reading of files: a worker does not load what only the main
 * thread needs (the export formats, the Excel writer), so it starts faster and holds less memory.
 * From the TypeScript sources (the unit tests, under tsx) it starts worker.ts through tsx.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export const WORKER_BUNDLE = 'cliWorker.js';

/**
 * A small young generation: the engine's garbage is short-lived, and V8's default (up to 48 MB per
 * thread) is mostly resident memory; 8 MB keeps a thread's footprint small at no measured cost.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

export function startWorker(): Worker {
  const bundled = join(__dirname, WORKER_BUNDLE);
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits: WORKER_LIMITS });
  const source = join(__dirname, 'worker.ts');
  return new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)});`, { eval: true, resourceLimits: WORKER_LIMITS });
}
