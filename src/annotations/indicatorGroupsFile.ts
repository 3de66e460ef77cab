/**
 * The researcher's indicator groups, stored with the annotations: `.chitieu/indicator-groups.json` at
 * the workspace root (one per workspace folder). It holds the corrections of the automatic grouping
 * (src/research/indicatorKey.ts `IndicatorGroups`): `merge` (a group key → the key of the group it
 * joins) and `split` (folded indicator phrases that leave the group a synonym or abbreviation put them
 * in). Written with sorted keys, one entry per line, so `git diff` shows one line per change; read
 * strictly (a file that does not parse raises `IndicatorGroupsFileError` and is never overwritten);
 * keys added by hand are kept. The edits (merge, separate, unmerge) are pure functions of the groups,
 * applied to what is on disk at the moment of writing, so another window's edits are never lost.
 */
import { ANNOTATION_DIR } from './model';
import { foldText, type IndicatorGroups } from '../research/indicatorKey';

export const INDICATOR_GROUPS_FILE = `${ANNOTATION_DIR}/indicator-groups.json`;
export const INDICATOR_GROUPS_VERSION = 1;

export class IndicatorGroupsFileError extends Error {
  constructor(message: string) { super(message); this.name = 'IndicatorGroupsFileError'; }
}

export interface IndicatorGroupsFile { version: number; groups: IndicatorGroups; extra?: Record<string, unknown> }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_KEY = 500;
const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_KEY;

/** Reads the file strictly. Throws `IndicatorGroupsFileError` naming the first problem. */
export function parseIndicatorGroupsFile(json: string): IndicatorGroupsFile {
  let data: unknown;
  try {
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (e) {
    throw new IndicatorGroupsFileError(`it is not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(data)) throw new IndicatorGroupsFileError('it should hold a JSON object with "version", "merge" and "split"');
  if (typeof data.version !== 'number') throw new IndicatorGroupsFileError('"version" is missing');
  if (data.version > INDICATOR_GROUPS_VERSION) throw new IndicatorGroupsFileError(`it was written by a newer chitieu (format version ${data.version}); update chitieu to read it`);
  if (data.version !== INDICATOR_GROUPS_VERSION) throw new IndicatorGroupsFileError(`unknown format version ${data.version}`);
  const merge: Record<string, string> = {};
  if (data.merge !== undefined) {
    if (!isObject(data.merge)) throw new IndicatorGroupsFileError('"merge" should be an object: group key → the group it joins');
    for (const [k, v] of Object.entries(data.merge)) {
      if (!isKey(k) || !isKey(v)) throw new IndicatorGroupsFileError(`"merge": "${k.slice(0, 60)}" should map to a group key (a non-empty string)`);
      Object.defineProperty(merge, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  const split: string[] = [];
  if (data.split !== undefined) {
    if (!Array.isArray(data.split) || !data.split.every(isKey)) throw new IndicatorGroupsFileError('"split" should be a list of indicator phrases (strings)');
    split.push(...new Set(data.split as string[]));
  }
  const file: IndicatorGroupsFile = { version: INDICATOR_GROUPS_VERSION, groups: { merge, split } };
  const extraKeys = Object.keys(data).filter((k) => !['version', 'merge', 'split'].includes(k));
  if (extraKeys.length) {
    const extra: Record<string, unknown> = {};
    for (const k of extraKeys) Object.defineProperty(extra, k, { value: data[k], enumerable: true, writable: true, configurable: true });
    file.extra = extra;
  }
  return file;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The file's text: stable key order, one entry per line. */
export function serializeIndicatorGroupsFile(file: IndicatorGroupsFile): string {
  const merge = file.groups.merge ?? {};
  const mergeKeys = Object.keys(merge).sort(byCodePoint);
  const split = [...new Set(file.groups.split ?? [])].sort(byCodePoint);
  const extra = file.extra ?? {};
  return [
    '{',
    `  "version": ${INDICATOR_GROUPS_VERSION},`,
    ...Object.keys(extra).sort(byCodePoint).map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(extra[k])},`),
    mergeKeys.length ? `  "merge": {\n${mergeKeys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(merge[k])}`).join(',\n')}\n  },` : '  "merge": {},',
    split.length ? `  "split": [\n${split.map((s) => `    ${JSON.stringify(s)}`).join(',\n')}\n  ]` : '  "split": []',
    '}',
    '',
  ].join('\n');
}

/** The group a key ends in after following `merge` (cycles stop). */
export function finalKey(groups: IndicatorGroups, key: string): string {
  const seen = new Set<string>();
  let k = key;
  while (groups.merge && Object.prototype.hasOwnProperty.call(groups.merge, k) && !seen.has(k)) { seen.add(k); k = groups.merge[k]; }
  return k;
}

/** An edit of the groups, as the chart page asks it (validated there and in the extension). */
export type GroupEdit =
  | { kind: 'merge'; from: string; into: string }
  | { kind: 'separate'; phrase: string }
  | { kind: 'unmerge'; key: string }
  | { kind: 'rejoin'; phrase: string };

const copy = (g: IndicatorGroups): { merge: Record<string, string>; split: string[] } => {
  const merge: Record<string, string> = {};
  for (const [k, v] of Object.entries(g.merge ?? {})) Object.defineProperty(merge, k, { value: v, enumerable: true, writable: true, configurable: true });
  return { merge, split: [...(g.split ?? [])] };
};

/**
 * Applies an edit; the groups given are not changed.
 * - merge: the group `from` (a final key) joins `into` (its final key): every phrase of `from` follows.
 *   Merging a group into itself (or into a group merged into it) changes nothing.
 * - separate: an indicator phrase leaves its group for a group of its own (its folded text): it is
 *   added to `split`, and a merge of that key is dropped.
 * - unmerge: the merge entry of `key` is removed (the group it brought comes back on its own).
 * - rejoin: a separated phrase goes back to its automatic group (removed from `split`).
 */
export function applyGroupEdit(groups: IndicatorGroups, edit: GroupEdit): IndicatorGroups {
  const next = copy(groups);
  switch (edit.kind) {
    case 'merge': {
      const from = finalKey(next, edit.from), into = finalKey(next, edit.into);
      if (from === into) return next;
      Object.defineProperty(next.merge, from, { value: into, enumerable: true, writable: true, configurable: true });
      return next;
    }
    case 'separate': {
      const own = foldText(edit.phrase);
      if (!own) return next;
      if (!next.split.includes(own)) next.split.push(own);
      delete next.merge[own];
      return next;
    }
    case 'unmerge':
      delete next.merge[edit.key];
      return next;
    case 'rejoin': {
      const own = foldText(edit.phrase);
      next.split = next.split.filter((s) => s !== own);
      return next;
    }
  }
}

/** Whether two groups are the same corrections (to skip writing what is already on disk). */
export function sameGroups(a: IndicatorGroups, b: IndicatorGroups): boolean {
  return serializeIndicatorGroupsFile({ version: 1, groups: a }) === serializeIndicatorGroupsFile({ version: 1, groups: b });
}
