/**
 * chitieu's browser entry (package.json `browser`, dist/web/extension.js): VS Code for the Web's
 * extension host, a Web Worker (vscode.dev, github.dev, VS Code Server and code-server when the
 * extension runs as a web extension). Files are read and written through `workspace.fs` only; no
 * Node built-ins, `process` or `Buffer` here or in anything this bundle imports (eslint.config.mjs).
 * The engine runs in a Web Worker (dist/web/engineWorker.js) where the host allows one (vscode.dev);
 * VS Code Server and code-server refuse workers to the web extensions they serve, and the engine then
 * runs on the extension host's own thread — itself a worker, off the UI thread. Word .docx files are
 * read in-process, PDF files through pdf.js in a bundle loaded the first time one is read
 * (dist/web/pdfReader.js); .doc files are not read here (model/webSourceReader.ts).
 */
import * as vscode from 'vscode';
import { activateChitieu, type ChitieuApi } from './activate';
import { webSourceReader, type WebPdfReader } from './model/webSourceReader';
import { loadWebBundle } from './platform/webBundle';
import { startWebWorker } from './platform/webWorker';

export type { ChitieuApi, ChitieuHost } from './activate';

/** True in development and test builds, false in `npm run package` (esbuild `define`): the test hook is left out. */
declare const CHITIEU_TESTS: boolean;

export function activate(context: vscode.ExtensionContext): ChitieuApi {
  return activateChitieu(context, {
    engineWorker: () => startWebWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'engineWorker.js').toString(true)),
    engineWorkers: Math.min(4, Math.max(1, (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1)),
    readSource: () => ({ read: webSourceReader(() => loadWebBundle<WebPdfReader>(context.extensionUri, 'dist', 'web', 'pdfReader.js')), dispose: () => undefined }),
    runTests: CHITIEU_TESTS ? (api, log) => {
      // In-host tests in the browser (scripts/vscode/run-host-tests.mjs --web): only when a setting names them.
      void import('./platform/webTestHook').then((m) => m.runWebHostTests(api.model.analyzerKind, log))
        .catch((e) => log.error(`in-host tests crashed: ${(e as Error).stack}`));
    } : undefined,
  });
}

export function deactivate(): void { /* everything is disposed through context.subscriptions */ }
