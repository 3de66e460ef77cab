/**
 * The CLI's one way to read a document from disk: any format the source layer reads (text in any
 * supported encoding, PDF, .docx, .doc through word-extractor), or a message saying why not. Text
 * files are read here, synchronously; the PDF and Word readers (readBinarySource.ts, bundled apart
 * as dist/cliSources.js) are loaded only when such a file comes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ENCODING_LABEL } from '../sources/encodings/detect';
import { readTextSource } from '../sources/readText';
import { SourceError, type SourceText } from '../sources/types';

/** The PDF and Word readers' bundle, beside the CLI's (scripts/build.mjs). */
export const SOURCES_BUNDLE = 'cliSources.js';

let binaryReader: typeof import('./readBinarySource') | undefined;
/**
 * The PDF and Word readers: dist/cliSources.js beside a bundle, readBinarySource.ts from the
 * TypeScript sources (the tests, under tsx). The path is computed, so esbuild does not bundle it.
 */
function loadBinaryReader(): typeof import('./readBinarySource') {
  const bundled = join(__dirname, SOURCES_BUNDLE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  binaryReader ??= require(existsSync(bundled) ? bundled : join(__dirname, 'readBinarySource')) as typeof import('./readBinarySource');
  return binaryReader;
}

/** The extensions read as PDF or Word (any other file is read as text). */
const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', '.docx', '.doc']);

/** Whether reading `path` needs the asynchronous readers (PDF, Word). */
export const isBinarySource = (path: string) => BINARY_EXTENSIONS.has(extname(path).toLowerCase());

export type SourceFileRead = ({ text: string; source: SourceText } | { error: string }) & { warnings: string[] };

const cannotRead = (e: unknown): SourceFileRead => ({ error: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, warnings: [] });
const pct = (x: number) => `${Math.round(x * 100)}%`;

export interface ReadOptions {
  /** Say, for a text file in a legacy encoding, that `chitieu convert` writes it as UTF-8 (default true; convert itself does not). */
  convertHint?: boolean;
}

/** Reads a document of any format; `warnings` says what it lost (scanned pages, images) or which legacy encoding was read. */
export async function readSourceFile(path: string, options: ReadOptions = {}): Promise<SourceFileRead> {
  if (!isBinarySource(path)) return readTextFile(path, options);
  let bytes: Uint8Array;
  try { bytes = new Uint8Array(readFileSync(path)); } catch (e) { return cannotRead(e); }
  let reader: typeof import('./readBinarySource');
  try { reader = loadBinaryReader(); } catch (e) { return { error: `cannot load the PDF and Word readers (${(e as Error).message}); run \`npm run build\``, warnings: [] }; }
  return reader.readBinarySource(bytes, path);
}

/** A text file (any supported encoding), synchronously. */
export function readTextFile(path: string, options: ReadOptions = {}): SourceFileRead {
  let bytes: Uint8Array;
  try { bytes = new Uint8Array(readFileSync(path)); } catch (e) { return cannotRead(e); }
  return readTextBytes(bytes, options);
}

/**
 * Valid UTF-8 (with or without a BOM; the usual case) taken as it is, as the CLI read text before
 * the source layer: offsets point into the file's own text (what the editor and the annotations
 * see; no NFC applied), and the legacy decodings are not scored (that costs about as much as the
 * engine on a document). A legacy-encoded file is almost never valid UTF-8 with non-ASCII letters.
 * Undefined for anything else (NULs: binary or UTF-16; invalid UTF-8): the source layer decides.
 */
function asUtf8(bytes: Uint8Array): SourceText | undefined {
  if (bytes.subarray(0, 8000).includes(0)) return undefined;
  let text: string;
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return undefined; }
  const name = bytes.every((b) => b < 0x80) ? 'ascii' : 'utf-8';
  return { format: 'text', text, spans: text.length ? [{ start: 0, end: text.length }] : [], losses: [], encoding: { name, confidence: 1 } };
}

/** Text bytes (a file's, or the standard input's) in any supported encoding. */
export function readTextBytes(bytes: Uint8Array, options: ReadOptions = {}): SourceFileRead {
  const utf8 = asUtf8(bytes);
  if (utf8) return { text: utf8.text, source: utf8, warnings: [] };
  try {
    const source = readTextSource(bytes);
    const legacy = source.encoding && !['ascii', 'utf-8', 'utf-16le', 'utf-16be'].includes(source.encoding.name);
    const hint = options.convertHint === false ? '' : '; `chitieu convert` writes it as UTF-8';
    return { text: source.text, source, warnings: legacy ? [`read as ${ENCODING_LABEL[source.encoding!.name]} (confidence ${pct(source.encoding!.confidence)})${hint}`] : [] };
  } catch (e) {
    return { error: e instanceof SourceError ? e.message : `cannot read it (${(e as Error).message})`, warnings: [] };
  }
}

/** Re-exported: the CLI's commands take it from here. */
export { withSourcePositions } from '../sources/types';
