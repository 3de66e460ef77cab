/** Every command, view, setting and colour id, declared once. A unit test checks them against package.json. */
export const EXTENSION_ID = 'chitieu.chitieu';
export const CONFIG_SECTION = 'chitieu';
export const LANGUAGE_ID = 'vietnamese-policy';

export const VIEW_CONTAINER = 'chitieu';
export const GOALS_VIEW = 'chitieu.goals';

export const COMMANDS = {
  toggleTargets: 'chitieu.toggleTargets',
  toggleAmounts: 'chitieu.toggleAmounts',
  toggleDeadlines: 'chitieu.toggleDeadlines',
  toggleProvinces: 'chitieu.toggleProvinces',
  refresh: 'chitieu.refresh',
  groupByProvince: 'chitieu.groupByProvince',
  groupByYear: 'chitieu.groupByYear',
  groupByDocument: 'chitieu.groupByDocument',
  filter: 'chitieu.filter',
  clearFilter: 'chitieu.clearFilter',
  collapseAll: 'chitieu.collapseAll',
  exportJson: 'chitieu.exportJson',
  exportCsv: 'chitieu.exportCsv',
  revealGoal: 'chitieu.revealGoal',
  copyGoal: 'chitieu.copyGoal',
  openGoal: 'chitieu.openGoal',
  focusGoals: 'chitieu.focusGoals',
  confirm: 'chitieu.confirm',
  reject: 'chitieu.reject',
  edit: 'chitieu.edit',
  clearReview: 'chitieu.clearReview',
  addAnnotation: 'chitieu.addAnnotation',
  annotateAll: 'chitieu.annotateAll',
  nextUnreviewed: 'chitieu.nextUnreviewed',
  undoAnnotation: 'chitieu.undoAnnotation',
  showUnreviewedOnly: 'chitieu.showUnreviewedOnly',
  showAllGoals: 'chitieu.showAllGoals',
  exportDataset: 'chitieu.exportDataset',
  setDocumentDate: 'chitieu.setDocumentDate',
  openGoalsTable: 'chitieu.openGoalsTable',
  openAsText: 'chitieu.openAsText',
  saveAsUtf8: 'chitieu.saveAsUtf8',
  reopenWithEncoding: 'chitieu.reopenWithEncoding',
  showCharts: 'chitieu.showCharts',
  chartIndicator: 'chitieu.chartIndicator',
  chartTargetChanges: 'chitieu.chartTargetChanges',
  compareAnnotations: 'chitieu.compareAnnotations',
  openSample: 'chitieu.openSample',
} as const;

/** Context keys set by the extension (for menus and keybindings). */
export const CONTEXT_KEYS = {
  unreviewedOnly: 'chitieu.unreviewedOnly',
  /** What the goals tree shows when it is empty (viewsWelcome): see TreeState. */
  treeState: 'chitieu.treeState',
} as const;

/** The goals tree's state, as the context key `chitieu.treeState` says it (package.json viewsWelcome). */
export type TreeState = 'indexing' | 'disabled' | 'noDocuments' | 'filtered' | 'ready';

export const SETTINGS = {
  enable: 'enable',
  highlightTargets: 'highlight.targets',
  highlightAmounts: 'highlight.amounts',
  highlightDeadlines: 'highlight.deadlines',
  highlightProvinces: 'highlight.provinces',
  include: 'workspace.include',
  exclude: 'workspace.exclude',
  provinceGrouping: 'tree.provinceGrouping',
  assignLanguage: 'assignLanguage',
  debounceMs: 'debounceMs',
  referenceDate: 'referenceDate',
  language: 'language',
  legacyText: 'legacyText',
  annotator: 'annotator',
} as const;

export const COLORS = {
  target: 'chitieu.targetBackground',
  targetBorder: 'chitieu.targetBorder',
  amount: 'chitieu.amountBackground',
  deadline: 'chitieu.deadlineBackground',
  province: 'chitieu.provinceBackground',
  rulerTarget: 'chitieu.targetRuler',
  rulerAmount: 'chitieu.amountRuler',
  rulerDeadline: 'chitieu.deadlineRuler',
  confirmed: 'chitieu.confirmedForeground',
  rejected: 'chitieu.rejectedForeground',
  edited: 'chitieu.editedBorder',
  manual: 'chitieu.manualBorder',
} as const;

export type Category = 'targets' | 'amounts' | 'deadlines' | 'provinces';
export const CATEGORIES: readonly Category[] = ['targets', 'amounts', 'deadlines', 'provinces'];
