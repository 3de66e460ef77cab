/**
 * The browser build's PDF reader, a bundle of its own (`dist/web/pdfReader.js`, scripts/build.mjs):
 * pdf.js (unpdf's serverless build, 1.6 MB) is loaded only the first time a PDF is read in VS Code for
 * the Web (webSourceReader.ts, platform/webBundle.ts), never at activation. It is the desktop's PDF path
 * verbatim (`readPdfSource`, src/sources), run on the extension host's thread: a Web Worker with no DOM,
 * where pdf.js runs its fake worker in-thread (code-server refuses `new Worker` to web extensions).
 * No `vscode` here; CommonJS, evaluated by platform/evalBundle.ts.
 */
export { readPdfSource } from '../../sources';
