/**
 * The scheduling priority of an engine worker's thread (the Node bundle only). The engine workers that
 * read the workspace's files (the index) run below normal priority (nice 10), so the extension host's
 * thread, VS Code's window and the worker of editor documents get a core as soon as they want one: on
 * a 2-core machine with both workers busy, the timer probe of `npm run bench:vscode` saw the extension
 * host wait up to 80 ms for a core while its own code was idle. The work is the same; it only gives way.
 * Linux only, where the nice value belongs to the thread that sets it; on macOS and Windows the
 * same call would lower the whole extension host, so it is not made there.
 */
import * as os from 'os';

/** Lowers the calling thread's priority; whether it did. */
export function lowerThreadPriority(platform: string = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
    return true;
  } catch { return false; }
}
