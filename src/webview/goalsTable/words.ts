/**
 * The goals table page's words. The page shows no word of its own: the extension sends them in the
 * person's language (`chitieu.language`) in the page's HTML (a `<meta name="chitieu-words">`), and
 * the page reads them before it builds anything. English here only for the pure view model's
 * defaults (tests, and a page whose words could not be read). Pure TypeScript.
 */
export const TABLE_WORDS = {
  filterPlaceholder: 'Filter: words of a province, indicator, evidence (vinh phuc, cum)…',
  filterLabel: 'Filter goals',
  showRejected: 'Show rejected',
  grouping: 'Grouping',
  noGrouping: 'No grouping',
  groupByProvince: 'Group by province',
  groupByIndicator: 'Group by indicator',
  confirm: '✓ Confirm',
  reject: '✗ Reject',
  edit: '✎ Edit…',
  confirmTitle: 'Confirm the selected goals (or the focused one) (Ctrl+Alt+Y)',
  rejectTitle: 'Reject the selected goals (or the focused one) (Ctrl+Alt+N)',
  editTitle: 'Edit the focused goal (Ctrl+Alt+E)',
  chartIndicator: 'Chart indicator',
  chartIndicatorTitle: 'Chart the focused goal’s indicator group: targets by province for its deadline year (G)',
  targetChanges: 'Target changes',
  targetChangesTitle: 'Chart the focused goal’s province: its indicator group’s targets across documents (T)',
  copy: 'Copy as TSV',
  copyTitle: 'Copy the selected rows (or the focused one) as tab-separated values (Ctrl+C)',
  exportCsv: 'Export shown as CSV…',
  exportCsvTitle: 'Save every row shown (filter and sort applied) as a CSV file',
  sortBy: 'Sort by {0} (again: descending)',
  gridLabel: 'Goals of the workspace',
  count: '{0} of {1} goals',
  rejectedHidden: '({0} rejected hidden)',
  selectedCount: '{0} selected',
  reading: 'Reading the workspace…',
  noGoals: 'No goals in this workspace yet.',
  noMatch: 'No goal matches the filter.',
  colProvince: 'Province',
  colUnit2025: 'Unit 2025',
  colIndicator: 'Indicator',
  colIndicatorGroup: 'Indicator group',
  colValue: 'Value',
  colQualifier: 'Qualifier',
  colDeadline: 'Deadline',
  colPeriod: 'Period',
  colDocument: 'Document',
  colState: 'Review',
  stateUnreviewed: 'not reviewed',
  stateConfirmed: '✓ confirmed',
  stateRejected: '✗ rejected',
  stateEdited: '✎ edited',
  stateManual: '+ added',
  qualitative: '(qualitative)',
  national: 'Cả nước (national)',
  allProvinces: 'All provinces',
  allIndicators: 'All indicator groups',
  allDeadlines: 'All deadlines',
  allStates: 'All review states',
  noDeadline: '(no deadline)',
  clearFilters: 'Clear filters',
  clearFiltersTitle: 'Show every goal again (text and column filters)',
  valueCount: '{0} ({1})',
  keptOfValues: '{0}: {1} of {2}',
  filterValuesLabel: 'Goals shown: those with any value ticked (none ticked: every value)',
  selectAllValues: 'Every value',
} as const;

export type TableWord = keyof typeof TABLE_WORDS;
export type TableWords = Record<TableWord, string>;
/** What the page gets: its words and the language numbers and qualifiers are written in. */
export interface PageWords { lang: 'vi' | 'en'; words: TableWords }

/** The words the page was given (a value per key, or the English default), or the English ones when the text is not a words object. */
export function parsePageWords(json: string | null | undefined): PageWords {
  let x: unknown;
  try { x = json ? JSON.parse(json) : undefined; } catch { x = undefined; }
  const o = typeof x === 'object' && x !== null ? x as Record<string, unknown> : {};
  const given = typeof o.words === 'object' && o.words !== null ? o.words as Record<string, unknown> : {};
  const words = { ...TABLE_WORDS } as TableWords;
  for (const k of Object.keys(TABLE_WORDS) as TableWord[]) if (typeof given[k] === 'string' && given[k]) words[k] = given[k] as string;
  return { lang: o.lang === 'vi' ? 'vi' : 'en', words };
}

/** A word with its `{0}`, `{1}` … filled. */
export function fill(word: string, ...args: Array<string | number>): string {
  return word.replace(/\{(\d+)\}/g, (m, i: string) => (+i < args.length ? String(args[+i]) : m));
}
