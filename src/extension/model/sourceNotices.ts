/**
 * What a person is told about a file's conversion (pure: no `vscode`, unit-tested): the losses in
 * one line, serious when text is missing (a scanned page, an unreadable part); the name of a legacy
 * text file's UTF-8 copy; whether a garbled text file is shown converted or offered.
 */
import { decodeAs, detectEncoding, GIVEN_ENCODINGS } from '../../sources/encodings/detect';
import type { EncodingName, Loss, SourceText } from '../../sources/types';
import type { LegacyTextMode } from '../platform/config';

const SERIOUS: ReadonlySet<Loss['kind']> = new Set(['scanned-page', 'unreadable', 'ambiguous-encoding']);
const SHOWN = 3;

/** The losses of a conversion as one notice, or undefined when nothing was lost. */
export function lossNotice(text: Pick<SourceText, 'losses'>): { message: string; serious: boolean } | undefined {
  if (!text.losses.length) return undefined;
  // The serious ones first: they are the ones to act on.
  const ordered = [...text.losses].sort((a, b) => Number(SERIOUS.has(b.kind)) - Number(SERIOUS.has(a.kind)));
  const messages = [...new Set(ordered.map((l) => l.message))];
  const shown = messages.slice(0, SHOWN).join('; ');
  const more = messages.length > SHOWN ? `; and ${messages.length - SHOWN} more (see the log)` : '';
  const serious = text.losses.some((l) => SERIOUS.has(l.kind));
  return { message: `${shown}${more}.${serious ? ' Highlights and goals cover only the text that was read.' : ''}`, serious };
}


/** The UTF-8 copy of a legacy-encoded text file, beside it: `plan.txt` → `plan.utf8.txt`. */
export function utf8CopyName(file: string): string {
  const m = /^(.*?)(\.[^./]*)?$/.exec(file)!;
  return `${m[1]}.utf8${m[2] ?? '.txt'}`;
}

/** A legacy encoding detected at least this sure is shown converted without asking (`chitieu.legacyText`: open). */
export const SURE_ENCODING = 0.8;

/** Whether a text file's conversion read a legacy encoding (anything but UTF-8 and ASCII; UTF-16 counts: VS Code cannot show it without a BOM). */
export function isLegacyEncoding(t: Pick<SourceText, 'format' | 'encoding'>): boolean {
  return t.format === 'text' && !!t.encoding && t.encoding.name !== 'utf-8' && t.encoding.name !== 'ascii';
}

/** What to do with a text file VS Code shows garbled, once converted: show it converted in its place, offer that, or nothing. */
export function legacyTextAction(t: Pick<SourceText, 'format' | 'encoding'>, mode: LegacyTextMode): 'switch' | 'offer' | 'none' {
  if (mode === 'off' || !isLegacyEncoding(t)) return 'none';
  // An encoding the person chose (Reopen with Encoding…) is as sure as it gets.
  return mode === 'open' && (t.encoding!.given || t.encoding!.confidence >= SURE_ENCODING) ? 'switch' : 'offer';
}

/** Whether bytes start with a UTF-16 byte order mark (VS Code then reads them right). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** One way to read a text file, as *Reopen with Encoding…* offers it. */
export interface EncodingReading {
  name: EncodingName;
  /** How sure the detection is of it (0–1), for the candidates it judged; undefined for the others. */
  confidence?: number;
  /** The file's first line (not blank) read this way, spaces squeezed, cut at PREVIEW_CHARS. */
  preview: string;
}

const PREVIEW_BYTES = 4096;
const PREVIEW_CHARS = 80;

/**
 * The encodings a text file may be read in: the detection's candidates first (best first, with how
 * sure), then the other encodings a person may name; each with its first line read that way.
 */
export function encodingReadings(bytes: Uint8Array): EncodingReading[] {
  const judged = detectEncoding(bytes).candidates.filter((c) => c.name !== 'ascii');
  const names: Array<{ name: EncodingName; confidence?: number }> = [
    ...judged.map((c) => ({ name: c.name, confidence: c.confidence })),
    ...GIVEN_ENCODINGS.filter((n) => !judged.some((c) => c.name === n)).map((name) => ({ name })),
  ];
  const sample = bytes.subarray(0, PREVIEW_BYTES);
  return names.map((r) => ({ ...r, preview: firstLine(decodeAs(stripBom(sample, r.name), r.name)) }));
}

function stripBom(b: Uint8Array, name: EncodingName): Uint8Array {
  if (name === 'utf-8' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3);
  if ((name === 'utf-16le' && b[0] === 0xff && b[1] === 0xfe) || (name === 'utf-16be' && b[0] === 0xfe && b[1] === 0xff)) return b.subarray(2);
  return b;
}

function firstLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters (a wrong reading's) shown as spaces
  const line = (text.split(/\r\n?|\n|\u2028|\u2029/).find((l) => l.trim() !== '') ?? '').replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  const chars = [...line];
  return chars.length > PREVIEW_CHARS ? chars.slice(0, PREVIEW_CHARS - 1).join('') + '…' : line;
}
