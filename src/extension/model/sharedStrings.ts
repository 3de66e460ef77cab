/**
 * One copy of each short string the workspace index holds many times. An analysis comes back from
 * its worker as a structured clone, so every entity's `type`, `rule`, `unit` and `role`, and every
 * goal's province, unit and indicator, arrive as strings of their own: 10,000 indexed documents
 * held hundreds of thousands of copies of a few hundred words. The index keeps its results with
 * these fields pointing at one shared copy each (the values are unchanged). Pure: no `vscode`.
 */
import type { Extraction } from '../../engine';

/** Strings longer than this are kept as they came (evidence, long indicators: seldom repeated). */
const MAX_SHARED_LENGTH = 120;

export class SharedStrings {
  private readonly pool = new Map<string, string>();

  /** @param limit how many different strings are shared at most (beyond, new ones are kept as they came). */
  constructor(private readonly limit = 200_000) {}

  get size(): number { return this.pool.size; }

  /** The shared copy of `s` (made the shared one if it is the first). */
  share<T extends string | null | undefined>(s: T): T {
    if (typeof s !== 'string' || s.length > MAX_SHARED_LENGTH) return s;
    const known = this.pool.get(s);
    if (known !== undefined) return known as T;
    if (this.pool.size < this.limit) this.pool.set(s, s);
    return s;
  }

  /** The result with its repeated fields pointing at shared copies (changed in place, and returned). */
  shareIn(result: Extraction): Extraction {
    for (const e of result.entities) {
      e.type = this.share(e.type) as typeof e.type;
      e.text = this.share(e.text);
      e.rule = this.share(e.rule);
      if (e.type === 'amount') {
        e.unit = this.share(e.unit);
        if (e.role) e.role = this.share(e.role) as typeof e.role;
        if (e.qualifier) e.qualifier = this.share(e.qualifier) as typeof e.qualifier;
      } else if (e.type === 'time') {
        e.kind = this.share(e.kind) as typeof e.kind;
        if (e.start) e.start = this.share(e.start);
        if (e.end) e.end = this.share(e.end);
      } else {
        e.name = this.share(e.name);
        e.id = this.share(e.id);
        e.unit2025 = this.share(e.unit2025);
      }
    }
    for (const g of result.goals) {
      g.province = this.share(g.province);
      g.indicator = this.share(g.indicator);
      g.rule = this.share(g.rule);
      if (g.unit !== undefined) g.unit = this.share(g.unit);
      if (g.deadline !== undefined) g.deadline = this.share(g.deadline);
      if (g.period !== undefined) g.period = this.share(g.period);
      if (g.qualifier !== undefined) g.qualifier = this.share(g.qualifier) as typeof g.qualifier;
    }
    for (const p of result.provinces) {
      p.name = this.share(p.name);
      p.id = this.share(p.id);
      p.unit2025 = this.share(p.unit2025);
    }
    return result;
  }
}
