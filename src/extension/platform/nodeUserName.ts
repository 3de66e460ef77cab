/**
 * The operating system's user name (`os.userInfo()`, else `USER`/`USERNAME`): who is annotating when
 * `chitieu.annotator` is empty, in the Node build. The one place chitieu asks the OS who the person is.
 * Git's `user.name` is not used: it would take a process per activation for a name most people can type once.
 */
import * as os from 'os';

export function osUserName(): string {
  try {
    const name = os.userInfo().username.trim();
    if (name) return name;
  } catch { /* no user entry (some containers): fall through */ }
  return (process.env.USER ?? process.env.USERNAME ?? '').trim();
}
