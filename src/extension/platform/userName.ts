/**
 * Who is annotating when `chitieu.annotator` is empty. The bundle's entry says how to ask: the Node
 * build gives the operating system's user name (platform/nodeUserName.ts, from extension.ts); the
 * browser build has no one to ask, and annotations are then written without an annotator, as before
 * the setting existed, until the person sets `chitieu.annotator`.
 */
let ask: () => string = () => '';

/** Set once by the bundle's entry, before activation. */
export function useDefaultAnnotator(f: () => string): void { ask = f; }

export function defaultAnnotator(): string {
  try { return ask(); } catch { return ''; }
}
