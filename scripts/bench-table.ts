/**
 * `npx tsx scripts/bench-table.ts [N]`: the goals table with N rows (default 50,000) in the pure layer
 * the webview runs (src/webview/goalsTable/tableModel.ts over src/research/goalTable.ts): the time to
 * filter, sort and group them, and how many rows the virtual list puts in the DOM. Rows are the goals of
 * every fixture text (seeds and the development sets), repeated under other document names with other
 * values until there are N. Figures only (best of 3 runs); nothing is asserted: the machine may be busy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/engine';
import { review } from '../src/annotations/review';
import { goalRows, rowHaystack, type Column, type GoalRow } from '../src/research/goalTable';
import { rowsAsCsv } from '../src/research/goalTableCsv';
import { parseHostMessage } from '../src/webview/goalsTable/protocol';
import { haystackOf, INITIAL_STATE, itemsOf, shownRows, visibleWindow, type TableState } from '../src/webview/goalsTable/tableModel';

const N = Number(process.argv[2] ?? 50_000);
const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const ITEM_HEIGHT = 24, VIEWPORT = 800;

function sourceRows(): GoalRow[] {
  const docs = ['seeds', 'more', 'third'].flatMap((set) => readdirSync(join(FIXTURES, set)).filter((f) => f.endsWith('.txt')).map((f) => {
    const text = readFileSync(join(FIXTURES, set, f), 'utf8');
    return { doc: review({ path: `${set}/${f}`, text, extraction: extract(text), annotations: [] }, { rejected: 'mark' }) };
  }));
  return goalRows(docs);
}

function manyRows(base: GoalRow[], n: number): GoalRow[] {
  const states: GoalRow['state'][] = ['unreviewed', 'unreviewed', 'unreviewed', 'confirmed', 'edited', 'rejected'];
  return Array.from({ length: n }, (_, i) => {
    const r = base[i % base.length], copy = Math.floor(i / base.length);
    const row: GoalRow = { ...r, id: `${copy}/${r.id}`, document: `${copy}/${r.document}`, state: states[i % states.length] };
    if (r.value !== undefined) row.value = r.value * (1 + (copy % 97) / 100);
    return row;
  });
}

function best(fn: () => unknown, runs = 3): number {
  let b = Infinity;
  for (let k = 0; k < runs; k++) { const t0 = performance.now(); fn(); b = Math.min(b, performance.now() - t0); }
  return b;
}

const base = sourceRows();
const rows = manyRows(base, N);
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`goals table, ${rows.length.toLocaleString('en')} rows (from ${base.length} goals of the fixture texts); best of 3`);
const message = { type: 'rows', rows };
console.log(`  validate the rows message (webview side)   ${ms(best(() => parseHostMessage(message)))}`);
const state = (s: Partial<TableState>): TableState => ({ ...INITIAL_STATE, ...s });
console.log(`  fold every row's text for the filter, once ${ms(best(() => rows.forEach(rowHaystack)))} (the page does it in slices when rows arrive)`);
rows.forEach(haystackOf);
console.log(`  shown rows, no filter, no sort             ${ms(best(() => shownRows(rows, INITIAL_STATE)))}`);
console.log(`  filter "vinh phuc"                         ${ms(best(() => shownRows(rows, state({ filter: 'vinh phuc' }))))} → ${shownRows(rows, state({ filter: 'vinh phuc' })).length} rows`);
console.log(`  filter "cum cong nghiep 2030"              ${ms(best(() => shownRows(rows, state({ filter: 'cum cong nghiep 2030' }))))} → ${shownRows(rows, state({ filter: 'cum cong nghiep 2030' })).length} rows`);
for (const column of ['province', 'indicator', 'value', 'deadline', 'document'] as Column[]) {
  console.log(`  sort by ${column.padEnd(10)} (asc, then desc)     ${ms(best(() => shownRows(rows, state({ sort: { column, direction: 'asc' } }))))}, ${ms(best(() => shownRows(rows, state({ sort: { column, direction: 'desc' } }))))}`);
}
console.log(`  filter "vinh phuc" + sort by indicator     ${ms(best(() => shownRows(rows, state({ filter: 'vinh phuc', sort: { column: 'indicator', direction: 'asc' } }))))}`);
const shown = shownRows(rows, INITIAL_STATE);
console.log(`  group by province / by indicator           ${ms(best(() => itemsOf(shown, state({ groupBy: 'province' }))))} / ${ms(best(() => itemsOf(shown, state({ groupBy: 'indicator' }))))}`);
console.log(`  export shown as CSV                        ${ms(best(() => rowsAsCsv(shown)))} (${(rowsAsCsv(shown).length / 1e6).toFixed(1)} MB)`);
const items = itemsOf(shown, INITIAL_STATE);
const top = visibleWindow(0, VIEWPORT, ITEM_HEIGHT, items.length);
const mid = visibleWindow((items.length / 2) * ITEM_HEIGHT, VIEWPORT, ITEM_HEIGHT, items.length);
console.log(`  DOM rows rendered (virtual list, ${VIEWPORT}px view, ${ITEM_HEIGHT}px rows): ${top.last - top.first} at the top, ${mid.last - mid.first} mid-list, of ${items.length.toLocaleString('en')} items`);
