/**
 * Two writers, one annotation file: a three-way merge by annotation id. `base` is the file as this
 * writer last read or wrote it, `ours` what it holds now, `theirs` what is on disk now. A change on
 * one side only wins; a change on both sides goes to the later `updated` (ours on a tie); a deletion
 * loses to a change. Nothing the other writer added is lost.
 */
import type { Annotation } from './model';

/** Equality of what a person decided (label, status, attributes, note, quote), not of where it currently sits. */
function sameDecision(a: Annotation, b: Annotation): boolean {
  return a.label === b.label && a.status === b.status && a.quote === b.quote && a.note === b.note && a.updated === b.updated
    && JSON.stringify(sortedAttrs(a)) === JSON.stringify(sortedAttrs(b));
}

function sortedAttrs(a: Annotation): Array<[string, unknown]> {
  return Object.entries(a.attrs).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : 1));
}

export interface MergeResult {
  annotations: Annotation[];
  /** How many of the other writer's changes were taken in. */
  fromTheirs: number;
  /** Ids changed on both sides (resolved by `updated`). */
  conflicts: string[];
}

export function mergeAnnotations(base: readonly Annotation[] | undefined, ours: readonly Annotation[], theirs: readonly Annotation[]): MergeResult {
  const b = new Map((base ?? []).map((a) => [a.id, a]));
  const o = new Map(ours.map((a) => [a.id, a]));
  const t = new Map(theirs.map((a) => [a.id, a]));
  const out: Annotation[] = [];
  const conflicts: string[] = [];
  let fromTheirs = 0;
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const x = o.get(id), y = t.get(id), z = b.get(id);
    if (x && y) {
      if (sameDecision(x, y)) { out.push(x); continue; }
      const oursChanged = !z || !sameDecision(x, z), theirsChanged = !z || !sameDecision(y, z);
      if (!oursChanged) { out.push(y); fromTheirs++; continue; }
      if (!theirsChanged) { out.push(x); continue; }
      conflicts.push(id);
      if (y.updated > x.updated) { out.push(y); fromTheirs++; } else out.push(x);
    } else if (x) {
      // Not on disk: they deleted it (if it was in base), or we added it.
      if (z && sameDecision(x, z)) continue;
      out.push(x);
    } else if (y) {
      // Not ours: we deleted it (if it was in base), or they added it.
      if (z && sameDecision(y, z)) continue;
      out.push(y);
      fromTheirs++;
    }
  }
  return { annotations: out, fromTheirs, conflicts };
}

/** The document's date after two writers: a side that changed it (from `base`) wins, ours when both did. */
export function mergeDocumentDate(base: string | undefined, ours: string | undefined, theirs: string | undefined): string | undefined {
  return ours !== base ? ours : theirs;
}
