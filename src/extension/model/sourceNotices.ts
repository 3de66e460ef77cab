/**
 * What a person is told about a PDF or Word file's conversion (pure: no `vscode`, unit-tested):
 * the losses in one line, serious when text is missing (a scanned page, an unreadable part).
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

