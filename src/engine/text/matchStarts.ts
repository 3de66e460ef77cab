/**
 * What a pattern's matches can start with, in the terms of text/syllableStarts: the first syllables
 * (whole runs of letters) of the matches that start with a letter, and the other code units a match
 * can start with (a digit of `12/3/2024`, the bracket of `(TTXVN 1/12)`). Read from the pattern's
 * source ({@link prefixesOf}), so a rule added to a pattern adds its starts: a list written by hand
 * beside the pattern would fall behind it.
 */
import { isLetterCode } from './chars';
import { someUnitsMatching } from './regexFirstChars';
import { classOfUnit, prefixesOf } from './regexPrefixes';

export interface MatchStarts {
  /** The runs of letters a match that starts with a letter starts with, each up to its first non-letter. */
  syllables: string[];
  /** The code units other than letters a match can start with, all ASCII. */
  units: number[];
}

/** Longer than any first syllable (the prefixes are read this far; a syllable that reaches the end is refused). */
const PREFIX_UNITS = 16;

/** A prefix read far enough: its first run of letters has ended (or it starts with no letter). */
function syllableEnded(p: string): boolean {
  for (let i = 0; i < p.length; i++) if (!isLetterCode(p.charCodeAt(i))) return true;
  return false;
}

/** The units a prefix's first unit stands for: itself, or the class it stands for (regexPrefixes). */
function firstUnits(p: string): number[] {
  const cls = classOfUnit(p[0]);
  return cls === undefined ? [p.charCodeAt(0)] : someUnitsMatching(cls, 0x80);
}

/**
 * The starts of a `u`-flag pattern's matches. Throws when they cannot be told: a match that can start
 * with anything (`.`, `\\p{L}`, a negated class), a first syllable whose end is not a non-letter the
 * pattern names (a match that can end after it, a large class after it), a large class of letters
 * first (`[a-zđ]`), a first unit outside ASCII that is no letter. Every match starts with one of the
 * syllables then a non-letter, or with one of the units; more may be listed than can match
 * (lookarounds are read as empty).
 */
export function matchStartsOf(source: string): MatchStarts {
  const prefixes = prefixesOf(source, true, PREFIX_UNITS, syllableEnded);
  const refuse = (why: string) => new Error(`matchStartsOf: ${why} (${source.slice(0, 60)}…)`);
  if (prefixes === null) throw refuse('too many prefixes');
  const syllables = new Set<string>();
  const units = new Set<number>();
  for (const p of prefixes) {
    if (p === '') throw refuse('a match can start with anything');
    if (isLetterCode(p.charCodeAt(0)) && classOfUnit(p[0]) === undefined) {
      let e = 1;
      while (e < p.length && isLetterCode(p.charCodeAt(e))) e++;
      if (e === p.length || classOfUnit(p[e]) !== undefined) throw refuse(`where the first syllable of "${p}" ends cannot be told`);
      syllables.add(p.slice(0, e));
      continue;
    }
    for (const c of firstUnits(p)) {
      if (isLetterCode(c)) throw refuse(`a class of letters starts "${p}"`);
      if (c >= 0x80) throw refuse(`a match can start with U+${c.toString(16)}, outside ASCII`);
      units.add(c);
    }
  }
  return { syllables: [...syllables], units: [...units].sort((a, b) => a - b) };
}
