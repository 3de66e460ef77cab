/**
 * Who is annotating when `chitieu.annotator` is empty: the operating system's user name
 * (`os.userInfo()`, else `USER`/`USERNAME`). The one place chitieu asks the OS who the person is: a
 * browser build (no `os`) replaces this module with one returning '' — annotations are then written
 * without an annotator, as before the setting existed, until the person sets `chitieu.annotator`.
 * Git's `user.name` is not used: it would take a process per activation for a name most people can type once.
 */
import * as os from 'os';

export function defaultAnnotator(): string {
  try {
    const name = os.userInfo().username.trim();
    if (name) return name;
  } catch { /* no user entry (some containers): fall through */ }
  return (process.env.USER ?? process.env.USERNAME ?? '').trim();
}
