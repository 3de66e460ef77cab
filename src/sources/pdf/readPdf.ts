/**
 * PDF bytes → text through unpdf (pdf.js packaged for Node, browsers and workers, no worker setup,
 * no dependencies). Each page's text runs and its image count go to layOutPages.
 * The same code runs in VS Code for the Web (dist/web/pdfReader.js, on the extension host's thread, a
 * Web Worker with no DOM): unpdf's serverless pdf.js sets `globalThis.pdfjsWorker`, so pdf.js runs its
 * "fake worker" in-thread and never calls `new Worker`; fonts are never loaded into a document
 * (`disableFontFace`, as pdf.js does by default in Node), so no DOM is touched.
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { SourceError, type SourceText } from '../types';
import { layOutPages, type PageContent, type TextRun } from './layout';

/** pdf.js calls ArrayBuffer.prototype.transferToFixedLength (Node ≥ 21, current browsers); Node 20 lacks it. */
function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
  if (proto.transferToFixedLength) return;
  Object.defineProperty(proto, 'transferToFixedLength', {
    configurable: true, writable: true,
    value(this: ArrayBuffer, length?: number) {
      const n = length ?? this.byteLength;
      const out = new ArrayBuffer(n);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
      return out;
    },
  });
}

interface PdfTextItem { str?: string; transform?: number[]; width?: number }

export async function readPdf(bytes: Uint8Array): Promise<SourceText> {
  ensureTransferToFixedLength();
  const { OPS } = await getResolvedPDFJS();
  const imageOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, disableFontFace: true } as never);
  } catch (e) {
    const name = (e as Error).name;
    throw new SourceError(name === 'PasswordException' ? 'the PDF is password-protected; open it with its password and save an unprotected copy, then try again'
      : `not a readable PDF (${(e as Error).message}); check that the file is complete`);
  }
  try {
    const pages: PageContent[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items as PdfTextItem[]) {
        if (!item.str || !item.transform) continue;
        const [a, b, , , x, y] = item.transform;
        runs.push({ str: item.str, x, y, width: item.width ?? 0, size: Math.hypot(a, b) || 1 });
      }
      const ops = await page.getOperatorList();
      pages.push({ runs, images: ops.fnArray.filter((f: number) => imageOps.has(f)).length });
      page.cleanup();
    }
    return layOutPages(pages);
  } finally {
    await pdf.destroy();
  }
}
