/**
 * The workspace's files as the settings include them (`workspace.findFiles`, no child processes of
 * ours), the folders exports write into left out, and the queue a run over them reads from.
 */
import * as vscode from 'vscode';
import { EXPORT_MANIFEST } from '../../export/exportFolder';

/**
 * The globs to search for `globs`: one group `{a,b,…}` when none has braces of its own (VS Code's globs
 * do not nest them). Each `findFiles` walks the workspace in a child process the extension host spawns,
 * a pause of its event loop that grows with the host's memory (30–40 ms with 10,000 documents indexed),
 * so the default six globs are one walk instead of six.
 */
export function searchGlobs(globs: readonly string[]): string[] {
  if (globs.length < 2 || globs.some((g) => /[{},]/.test(g))) return [...globs];
  return [`{${globs.join(',')}}`];
}

/** Files to read, each once, in the order they were added (by key, the URI as a string; parsed when read, if given as a key only). */
class ReadQueue {
  private readonly files: Array<vscode.Uri | string> = [];
  private readonly keys = new Set<string>();
  private at = 0;
  add(key: string, uri?: vscode.Uri): void {
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.files.push(uri ?? key);
  }
  next(): vscode.Uri | undefined {
    while (this.at < this.files.length) {
      const f = this.files[this.at++];
      if (typeof f !== 'string') return f;
      const uri = vscode.Uri.parse(f);
      if (uri.toString() === f) return uri; // (a key that does not read back as itself is left to the search: it lists it if it is a file)
    }
    return undefined;
  }
  get length(): number { return this.files.length; }
}

export class WorkspaceFiles {
  /** The folders exports write into (their URIs ending in `/`). */
  private readonly exportFolders = new Set<string>();

  /** Whether the file lies in an export's folder. */
  inExport(uri: vscode.Uri): boolean {
    for (const f of this.exportFolders) if (uri.toString().startsWith(f)) return true;
    return false;
  }

  /** Leaves a folder an export writes into out; its prefix (its URI ending in `/`) when it was not left out already. */
  excludeFolder(folder: vscode.Uri): string | undefined {
    const prefix = folder.toString().replace(/\/*$/, '/');
    if (this.exportFolders.has(prefix)) return undefined;
    this.exportFolders.add(prefix);
    return prefix;
  }

  /**
   * The files `include` names and `exclude` does not (globs), export folders left out: each export
   * manifest found is handed to `exportFound` (its folder) first.
   */
  async list(include: readonly string[], exclude: readonly string[], exportFound: (folder: vscode.Uri) => void): Promise<vscode.Uri[]> {
    const excluded = exclude.length ? `{${exclude.join(',')}}` : undefined;
    const found = (await Promise.all(searchGlobs([`**/${EXPORT_MANIFEST}`, ...include]).map((g) => vscode.workspace.findFiles(g, excluded)))).flat();
    const isManifest = (u: vscode.Uri) => u.path.endsWith(`/${EXPORT_MANIFEST}`);
    for (const m of found) if (isManifest(m)) exportFound(vscode.Uri.joinPath(m, '..'));
    const seen = new Map<string, vscode.Uri>();
    for (const u of found) if (!isManifest(u) && !this.inExport(u)) seen.set(u.toString(), u);
    return [...seen.values()];
  }
}

/** What a run over the workspace's files does with each (workspaceIndex.ts). */
export interface WorkspaceRun<T> {
  /** The files known already, by key (the URI as a string), with their URI where it is at hand. */
  known(): Iterable<[string, vscode.Uri | undefined]>;
  /** The workspace's files. */
  search(): Promise<vscode.Uri[]>;
  read(uri: vscode.Uri): Promise<T>;
  /** A file the search listed, read. */
  keep(key: string, read: T): void;
  /** Whether the run still stands (no newer one began). */
  current(): boolean;
  /** After each file read: how many are done, of how many known so far. */
  progressed(done: number, total: number): void;
}

/** What a run did: the files the search listed, and the reads it began before the search had listed them. */
export interface RunCounts { listed: number; readsBeforeListing: number }

/**
 * Reads every file of the workspace, `lanes` at a time: the files known already while the workspace
 * is searched (10,000 files take it 0.4–0.5 s), then those the search adds. A file read before the
 * search ended is kept once it lists it; one it does not list (deleted, excluded since) is not kept,
 * nor read once it is known to be gone. Returns the keys of the files kept, or undefined when the run
 * no longer stands; a failed search fails the run.
 */
export async function readWorkspace<T>(run: WorkspaceRun<T>, lanes: number, counts: RunCounts): Promise<Set<string> | undefined> {
  const queue = new ReadQueue();
  for (const [k, uri] of run.known()) queue.add(k, uri);
  const kept = new Set<string>();
  const readEarly = new Map<string, T>();
  let listed: Set<string> | undefined;
  let done = 0, total = queue.length;
  const keep = (k: string, read: T) => { kept.add(k); run.keep(k, read); };
  const listing = run.search().then((files) => {
    if (!run.current()) return;
    listed = new Set(files.map((u) => u.toString()));
    counts.listed = listed.size;
    for (const u of files) queue.add(u.toString(), u);
    for (const [k, read] of readEarly) if (listed.has(k)) keep(k, read);
    readEarly.clear();
    done = kept.size;
    total = listed.size;
  });
  const listingSettled = listing.then(() => undefined, () => undefined);
  const lane = async () => {
    while (run.current()) {
      const uri = queue.next();
      if (!uri) {
        if (listed) return;
        await listingSettled; // more to come from the search
        if (!listed) return; // it failed (the run ends with its error), or the run no longer stands
        continue;
      }
      const k = uri.toString();
      if (listed && !listed.has(k)) continue; // known, but no longer among the workspace's files
      if (!listed) counts.readsBeforeListing++;
      const read = await run.read(uri);
      if (!run.current()) return;
      if (!listed) readEarly.set(k, read);
      else if (listed.has(k)) keep(k, read);
      else continue;
      run.progressed(++done, total);
    }
  };
  await Promise.all([listing, ...Array.from({ length: lanes }, lane)]);
  return run.current() && listed ? kept : undefined;
}
