/**
 * Reads one file out of a zip archive (stored or deflated): in Node with its zlib, found at run time
 * (`process.getBuiltinModule`), elsewhere with the web platform's DecompressionStream. No dependency,
 * and no import of a Node built-in: the web build bundles this too.
 */
import { SourceError } from '../types';

const EOCD = 0x06054b50, CENTRAL = 0x02014b50, LOCAL = 0x04034b50;

interface Entry { name: string; method: number; compressedSize: number; localOffset: number }

function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) if (view.getUint32(i, true) === EOCD) { end = i; break; }
  if (end < 0) throw new SourceError('not a Word .docx file (it is not a zip archive, or it is cut short)');
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const out: Entry[] = [];
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new SourceError('a damaged .docx file (its zip directory is broken)');
    const nameLength = view.getUint16(p + 28, true), extra = view.getUint16(p + 30, true), comment = view.getUint16(p + 32, true);
    out.push({ name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)), method: view.getUint16(p + 10, true), compressedSize: view.getUint32(p + 20, true), localOffset: view.getUint32(p + 42, true) });
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

/** What is used of Node's zlib. */
interface Zlib { inflateRawSync(data: Uint8Array): Uint8Array }
/** Node's zlib (the CLI, the desktop extension's source worker), or undefined (a browser, a web worker). */
const nodeZlib = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:zlib') as Zlib | undefined;

/**
 * A deflated entry inflated. Node's zlib at once: through DecompressionStream, a Blob and a Response,
 * a Word file's entries took about twice as long, most of it waiting (the entries are small).
 */
export async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  return nodeZlib ? new Uint8Array(nodeZlib.inflateRawSync(data)) : inflateRawWithStreams(data);
}

/** {@link inflateRaw} with the web platform's DecompressionStream (what a browser has). */
export async function inflateRawWithStreams(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The contents of `name` in the archive, or undefined when it has no such file. */
export async function readZipEntry(bytes: Uint8Array, name: string): Promise<Uint8Array | undefined> {
  const e = entries(bytes).find((x) => x.name === name);
  if (!e) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(e.localOffset, true) !== LOCAL) throw new SourceError('a damaged .docx file (a zip entry is broken)');
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) {
    try { return await inflateRaw(data); } catch { throw new SourceError('a damaged .docx file (a zip entry does not decompress)'); }
  }
  throw new SourceError(`a .docx file compressed with zip method ${e.method}, which chitieu does not read; save it again from Word`);
}
