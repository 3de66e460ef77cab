/** Lookups over one analysis: the entity or goal at an offset (binary search over sorted spans). */
import type { Entity, Goal } from '../engine';
import type { Analysis } from './analysis';

export function entityAt(a: Analysis, offset: number): Entity | undefined {
  const list = a.result.entities;
  let lo = 0, hi = list.length - 1, best: Entity | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span[0] <= offset) { lo = mid + 1; if (offset < list[mid].span[1] || (offset === list[mid].span[1] && offset > list[mid].span[0])) best = list[mid]; } else hi = mid - 1;
  }
  // Prefer the innermost entity that really contains the offset (neighbours can touch).
  if (best && offset <= best.span[1]) return best;
  for (let k = Math.max(0, lo - 3); k < Math.min(list.length, lo + 1); k++) if (list[k].span[0] <= offset && offset <= list[k].span[1]) return list[k];
  return undefined;
}

/** The goal whose value is this amount (same value, inside the evidence), if any. */
export function goalOfAmount(a: Analysis, span: readonly [number, number], value: number): { goal: Goal; index: number } | undefined {
  const goals = a.result.goals;
  for (let i = 0; i < goals.length; i++) {
    const g = goals[i];
    if (g.quantitative && g.value === value && g.span[0] <= span[0] && span[1] <= g.span[1]) return { goal: g, index: i };
  }
  return undefined;
}
