/**
 * chitieu's Node entry (package.json `main`, dist/extension.js): desktop VS Code and remote extension
 * hosts (VS Code Server, code-server, SSH, WSL, containers). The engine runs in a `worker_threads`
 * worker (dist/engineWorker.js), PDF and Word files are read in one of their own (dist/sourceReader.js).
 * The composition itself is activate.ts, shared with the browser entry (extension.web.ts).
 */
import { createHash } from 'crypto';
import { readFile } from 'fs/promises';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateChitieu, type ChitieuApi } from './activate';
import { SourceReaderClient } from './model/sourceReaderClient';
import type { EngineWorkerData } from './model/engineProtocol';
import { startNodeWorker } from './platform/nodeWorker';
import { diskFileBytes, fileStamp } from './platform/nodeFileBytes';
import { nodeCacheFile } from './platform/nodeCacheFile';
import { INDEX_CACHE_FILE } from './model/indexCache';
import { readThroughWorkspaceFs } from './platform/fileBytes';
import { osUserName } from './platform/nodeUserName';
import { useDefaultAnnotator } from './platform/userName';

export type { ChitieuApi, ChitieuHost } from './activate';

/** True in development and test builds, false in `npm run package` (esbuild `define`): the test hook is left out. */
declare const CHITIEU_TESTS: boolean;

export function activate(context: vscode.ExtensionContext): ChitieuApi {
  const dist = (file: string) => path.join(context.extensionPath, 'dist', file);
  useDefaultAnnotator(osUserName);
  let engineBuild: Promise<string> | undefined;
  return (running = activateChitieu(context, {
    engineWorker: (use) => startNodeWorker(dist('engineWorker.js'), { background: use === 'background' } satisfies EngineWorkerData),
    // For the workspace's files, one engine worker per core, at most four (each holds its own copy of the engine's tables), below normal priority.
    engineReadsFiles: true,
    engineWorkers: Math.min(4, Math.max(1, os.availableParallelism?.() ?? os.cpus().length)),
    // PDF and Word reading is a worker thread of its own, started the first time such a file is read (pdf.js is large).
    readSource: (log) => new SourceReaderClient(() => startNodeWorker(dist('sourceReader.js')), log),
    // The index reads workspace files from the disk here, not through a message to the window per call.
    readFileBytes: diskFileBytes(readThroughWorkspaceFs),
    // The index's results kept between sessions, on this disk; of the engine that wrote them (its worker's bundle, as a digest made once).
    indexCache: {
      file: (storage) => (storage?.scheme === 'file' ? nodeCacheFile(path.join(storage.fsPath, INDEX_CACHE_FILE)) : undefined),
      stamp: (uri) => fileStamp(uri.fsPath),
      engineBuild: () => (engineBuild ??= readFile(dist('engineWorker.js')).then((b) => `${(context.extension.packageJSON as { version?: string }).version}:${createHash('sha256').update(b).digest('hex').slice(0, 24)}`)),
    },
    runTests: CHITIEU_TESTS && process.env.CHITIEU_TEST_ENTRY ? (api, log) => {
      // In-host tests (scripts/vscode/run-host-tests.mjs).
      void import('./platform/testHook').then((m) => m.runHostTests(process.env, {
        pid: process.pid, node: process.versions.node, analyzer: api.model.analyzerKind,
        vscode: { version: vscode.version, uiKind: vscode.env.uiKind, remoteName: vscode.env.remoteName },
      })).catch((e) => log.error(`in-host tests crashed: ${(e as Error).stack}`));
    } : undefined,
  }));
}

/** The running extension (for deactivate). */
let running: ChitieuApi | undefined;

/** Everything is disposed through context.subscriptions; the index's cache is written first if it changed (VS Code waits for it). */
export function deactivate(): Promise<void> | undefined { return running?.indexCache.save(); }
