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
import { type EncodingName, SourceError, type SourceText } from '../sources/types';

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
/** Under this share of well-formed Vietnamese words, a text read in the encoding the user named is said to read poorly. */
const POOR_READING = 0.5;

export interface ReadOptions {
  /** Say, for a text file in a legacy encoding, that `chitieu convert` writes it as UTF-8 (default true; convert itself does not). */
  convertHint?: boolean;
  /** Text files: read in this encoding, not the detected one (`--encoding`). PDF and Word files ignore it. */
  encoding?: EncodingName;
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
  const given = options.encoding;
  const utf8 = given === undefined || given === 'utf-8' ? asUtf8(bytes) : undefined;
  if (utf8) return { text: utf8.text, source: given ? { ...utf8, encoding: { ...utf8.encoding!, given: true } } : utf8, warnings: [] };
  try {
    const source = readTextSource(bytes, given);
    const enc = source.encoding!;
    const legacy = !['ascii', 'utf-8', 'utf-16le', 'utf-16be'].includes(enc.name);
    const hint = options.convertHint === false || !legacy ? '' : '; `chitieu convert` writes it as UTF-8';
    const warnings: string[] = [];
    if (enc.given) {
      const bad = source.text.split('\ufffd').length - 1;
      if (bad) warnings.push(`read as ${ENCODING_LABEL[enc.name]} (as --encoding says), but ${bad} character(s) are not ${ENCODING_LABEL[enc.name]} (shown as \ufffd); check the encoding`);
      else if (enc.confidence < POOR_READING) warnings.push(`read as ${ENCODING_LABEL[enc.name]} (as --encoding says), but it reads poorly as Vietnamese that way (${pct(enc.confidence)} well-formed words); check the encoding${hint}`);
      else if (legacy) warnings.push(`read as ${ENCODING_LABEL[enc.name]} (as --encoding says)${hint}`);
    } else if (legacy) {
      warnings.push(`read as ${ENCODING_LABEL[enc.name]} (confidence ${pct(enc.confidence)})${hint}`);
    }
    return { text: source.text, source, warnings };
  } catch (e) {
    if (!(e instanceof SourceError)) return { error: `cannot read it (${(e as Error).message})`, warnings: [] };
    if (e.problem !== 'ambiguous' || !e.candidates?.length) return { error: e.message, warnings: [] };
    // The encodings that read alike (within a tenth of the best), as --encoding takes them.
    const top = e.candidates[0].confidence;
    const names = e.candidates.filter((c) => c.confidence >= top - 0.1).slice(0, 3).map((c) => c.name);
    const said = `; name the right one with --encoding (${names.join(' or ')}), or convert it to UTF-8 yourself`;
    return { error: e.message.replace('; convert it to UTF-8 yourself', said), warnings: [] };
  }
}

/** Re-exported: the CLI's commands take it from here. */
export { withSourcePositions } from '../sources/types';
