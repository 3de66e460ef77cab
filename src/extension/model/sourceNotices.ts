/**
 * What a person is told about a file's conversion (pure: no `vscode`, unit-tested): the losses in
 * one line, serious when text is missing (a scanned page, an unreadable part); the name of a legacy
 * text file's UTF-8 copy.
 */
import type { Loss, SourceText } from '../../sources/types';

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
