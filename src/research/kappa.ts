/**
 * Cohen's kappa: agreement between two raters on the same items beyond what chance gives,
 * κ = (pₒ − pₑ) / (1 − pₑ), with pₒ the share of items rated alike and pₑ the share expected when
 * each rater picks categories at their own rates. Pure TypeScript.
 */

export interface Kappa {
  /** κ; undefined when there is nothing to compare (no items) or chance alone explains everything (pₑ = 1: one category for both). */
  kappa: number | undefined;
  /** Observed agreement pₒ (undefined without items). */
  observed: number | undefined;
  /** Chance agreement pₑ. */
  expected: number | undefined;
  items: number;
}

/** κ over pairs of ratings (one pair per item), any number of categories. */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): Kappa {
  const n = pairs.length;
  if (n === 0) return { kappa: undefined, observed: undefined, expected: undefined, items: 0 };
  const a = new Map<string, number>(), b = new Map<string, number>();
  let same = 0;
  for (const [x, y] of pairs) {
    if (x === y) same++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  let expected = 0;
  for (const [c, k] of a) expected += (k / n) * ((b.get(c) ?? 0) / n);
  const observed = same / n;
  const kappa = expected >= 1 ? undefined : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, items: n };
}
