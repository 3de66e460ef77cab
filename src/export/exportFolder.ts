/**
 * Where an export may write, so that it never writes over a file it did not create.
 *
 * - An export gets a folder of its own: `exports/<format>-YYYY-MM-DD-HHMM` under the workspace (or
 *   corpus) root, proposed by both the extension and `chitieu export`.
 * - A folder export (brat) leaves a manifest, `.chitieu-export.json`, listing the files it wrote. A
 *   later export into the same folder replaces only those files (and removes those it no longer
 *   writes); it refuses to write into a folder that holds corpus documents (`.txt`/`.md` files the
 *   manifest does not list) or over any file the manifest does not list.
 * - A folder holding a manifest is an export, never a part of the corpus: the goals index and the
 *   CLI's folder walk leave it out.
 *
 * Pure TypeScript (no `vscode`, no Node built-ins): the caller lists the folder and does the writing.
 */

/** The manifest's file name, at the top of an export folder. */
export const EXPORT_MANIFEST = '.chitieu-export.json';
/** The folder, under the root, that holds the proposed export folders. */
export const EXPORTS_DIR = 'exports';

export interface ExportManifest {
  chitieu: 'export';
  version: 1;
  format: string;
  /** ISO time of the export. */
  written: string;
  /** Paths relative to the export folder, with `/`. */
  files: string[];
}

const DOCUMENT = /\.(txt|md)$/i;
const pad = (n: number) => String(n).padStart(2, '0');

/** `exports/brat-2026-12-04-1530` (local time): a new folder for an export made at `now`. */
export function defaultExportFolder(format: string, now: Date): string {
  return `${EXPORTS_DIR}/${format}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/** `exports/goals-csv-2026-12-04-1530.csv`: a new file for a one-file export made at `now`. */
export function defaultExportFile(format: string, extension: string, now: Date): string {
  return `${defaultExportFolder(format, now)}.${extension}`;
}

export function manifestText(format: string, files: readonly string[], now: Date): string {
  const m: ExportManifest = { chitieu: 'export', version: 1, format, written: now.toISOString(), files: [...files].sort() };
  return JSON.stringify(m, null, 2) + '\n';
}

/** The manifest's content, or undefined when the text is not a chitieu export manifest. */
export function parseManifest(text: string | undefined): ExportManifest | undefined {
  if (text === undefined) return undefined;
  try {
    const m = JSON.parse(text) as Partial<ExportManifest>;
    if (m?.chitieu !== 'export' || !Array.isArray(m.files) || !m.files.every((f) => typeof f === 'string')) return undefined;
    return m as ExportManifest;
  } catch {
    return undefined;
  }
}

export interface FolderPlan {
  /** Why the export must not write there (worded for the person), or undefined when it may. */
  refuse?: string;
  /** Files of an earlier export (listed in its manifest) that this one does not write: to remove. */
  remove: string[];
}

/**
 * May an export write `files` into a folder that holds `existing` (every file under it, relative,
 * with `/`; the manifest itself left out) and whose manifest is `manifest` (undefined: none, or the
 * folder does not exist)? It may when every existing file it would write was written by an earlier
 * export (listed in the manifest) and no corpus document it did not write lies in the folder.
 */
export function planFolderExport(existing: readonly string[], manifest: ExportManifest | undefined, files: readonly string[]): FolderPlan {
  const ours = new Set(manifest?.files ?? []);
  const foreign = existing.filter((f) => !ours.has(f));
  const documents = foreign.filter((f) => DOCUMENT.test(f));
  if (documents.length) {
    return { refuse: `it holds ${documents.length} document${documents.length === 1 ? '' : 's'} that chitieu did not write (${documents.slice(0, 3).join(', ')}${documents.length > 3 ? ', …' : ''}); an export never writes over the corpus. Choose a new, empty folder (such as ${EXPORTS_DIR}/…)`, remove: [] };
  }
  const writing = new Set(files);
  const clash = foreign.filter((f) => writing.has(f));
  if (clash.length) return { refuse: `it holds ${clash.slice(0, 3).join(', ')}${clash.length > 3 ? ', …' : ''}, which an earlier export did not write; choose a new, empty folder`, remove: [] };
  const present = new Set(existing);
  return { remove: [...ours].filter((f) => !writing.has(f) && present.has(f)).sort() };
}

/** Whether a one-file export may go to `path`: never over a corpus document. */
export function refuseFileExport(path: string): string | undefined {
  return DOCUMENT.test(path) ? `${path} would be a .txt/.md file, which the corpus is made of; an export never writes over the corpus. Choose a .csv, .json or .jsonl name` : undefined;
}
