/**
 * The goals tree: group (province, deadline year or document) → goal → where it is stated. Goals are
 * shown after review: confirmed, rejected, edited and manual goals have their own icons and say so;
 * a filter shows only unreviewed goals; annotations whose text is gone from their document are
 * listed under "Orphaned annotations". Filtered by text, counted in the view's description and
 * badge, regrouped by command. Provinces are shown as written or grouped by their 2025 unit; goals of
 * the whole country (province null) are grouped first, under "Cả nước (national)". A goal shared by
 * several provinces is one goal per province, so it is listed under each.
 */
import * as vscode from 'vscode';
import type { Annotation, ReviewedGoal, ReviewState } from '../../annotations/model';
import type { IndexedDocument, WorkspaceIndex } from '../model/workspaceIndex';
import type { ChitieuConfig } from '../platform/config';
import { currentLang, t } from '../platform/l10n';
import { COMMANDS } from '../platform/ids';
import { amountText, goalSummary, goalYear, type Lang } from '../../format';
import { stripDiacritics } from '../../engine/text/fold';
import { PROVINCES } from '../../engine';
import { NATIONAL } from '../../export/formats';

export type Grouping = 'province' | 'year' | 'document';

const EXPAND_UP_TO = 300;
/** The longest a scheduled rebuild of the tree runs before it lets the extension host do other work, in ms. */
const SLICE_MS = 8;
export const ORPHANS_GROUP = 'Orphaned annotations';

export interface GoalEntry { uri: vscode.Uri; goal: ReviewedGoal; index: number }
/** A document's goals placed in the tree with one set of grouping and filters (`settings`): each shown goal's group label and entry. */
interface Placed { uri: vscode.Uri; settings: string; labels: string[]; entries: GoalEntry[]; unreviewed: number }
export type GoalNode =
  | { kind: 'group'; label: string; goals: GoalEntry[] }
  | { kind: 'goal'; uri: vscode.Uri; goal: ReviewedGoal; index: number; group: string }
  | { kind: 'evidence'; uri: vscode.Uri; goal: ReviewedGoal; index: number }
  | { kind: 'orphans'; label: string; items: Array<{ uri: vscode.Uri; annotation: Annotation }> }
  | { kind: 'orphan'; uri: vscode.Uri; annotation: Annotation };

/** How each review state looks in the tree. */
export const STATE_LOOK: Record<ReviewState, { icon: string; color?: string; word: () => string }> = {
  unreviewed: { icon: '', word: () => '' },
  confirmed: { icon: 'pass-filled', color: 'testing.iconPassed', word: () => t('confirmed') },
  rejected: { icon: 'circle-slash', color: 'disabledForeground', word: () => t('rejected') },
  edited: { icon: 'edit', color: 'charts.blue', word: () => t('edited') },
  manual: { icon: 'add', color: 'charts.purple', word: () => t('added by hand') },
};

const UNIT_2025 = new Map<string, string>();
for (const r of PROVINCES) {
  if (r.era === 'old') UNIT_2025.set(r.name, PROVINCES.find((n) => n.id === r.successor)?.name ?? r.name);
}

/** The group of a goal's province: as written or its 2025 unit; national goals (null) in their own group. */
function provinceGroup(province: string | null, byUnit: boolean): string {
  if (province === null) return NATIONAL;
  return byUnit ? UNIT_2025.get(province) ?? province : province;
}

export type GoalsOf = (d: IndexedDocument) => { goals: ReviewedGoal[]; orphans: Annotation[] };

/** Text as the filter compares it: without diacritics and case (`Vinh Phuc` finds `Vĩnh Phúc`, `cum` finds `cụm`). */
export const searchKey = (s: string) => stripDiacritics(s.normalize('NFC')).toLocaleLowerCase('vi');

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * A goal's tree label, short enough for the default side-bar width (about 300 px): its value, or a
 * qualitative goal's indicator, shortened; grouped by deadline year, the province first (the group
 * no longer says it). The year, the indicator and where it is stated follow in the description; the
 * whole goal is in the tooltip.
 */
export function goalTreeLabel(g: ReviewedGoal, grouping: Grouping, lang: Lang): string {
  const value = g.value === undefined ? undefined : amountText({ value: g.value, max: g.max, unit: g.unit ?? '', qualifier: g.qualifier }, lang);
  const indicator = g.indicator || (lang === 'vi' ? 'mục tiêu' : 'goal');
  if (grouping === 'year') return `${g.province ?? NATIONAL}: ${value ?? shorten(indicator, 20)}`;
  return value ?? shorten(indicator, 26);
}

export class GoalsTreeProvider implements vscode.TreeDataProvider<GoalNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GoalNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  grouping: Grouping = 'province';
  filter = '';
  /** Show only goals nobody has reviewed yet. */
  unreviewedOnly = false;
  private roots: GoalNode[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private count = 0;
  private unreviewed = 0;
  private total = 0;

  constructor(private readonly index: WorkspaceIndex, private config: () => ChitieuConfig, private readonly goalsOf: GoalsOf, annotationsChanged: vscode.Event<unknown>,
    /** The PDF page of an offset in a document's text, when it is a PDF's. */
    private readonly pageAt: (uri: vscode.Uri, offset: number) => number | undefined = () => undefined) {
    // Changes come in bursts (a folder of files written, another window's annotations, indexing): one
    // rebuild per burst, at most every 100 ms, and never more than a tenth of the time. Those rebuilds
    // run in slices of a few milliseconds (a large workspace's tree takes a while to build, and the
    // extension host must not stop for it); the tree shows the last whole one meanwhile.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => { if (!timer) timer = setTimeout(() => { timer = undefined; void this.rebuildInSlices(); }, Math.max(100, 9 * this.lastRebuildMs)); };
    this.disposables.push(index.onDidChange(soon), annotationsChanged(soon), { dispose: () => { clearTimeout(timer); this.building++; } });
  }

  /** How long the last rebuild took, in ms of work (rebuilds are spaced by it). */
  private lastRebuildMs = 0;
  /** Rebuilds finished and their ms of work, since activation (the bench reads them). */
  readonly rebuilt = { count: 0, ms: 0 };
  /** Counts rebuilds begun: a sliced one that is overtaken stops. */
  private building = 0;

  /** Builds the tree now, in one go (after a command: the caller reads the tree next). */
  rebuild(): void {
    this.building++;
    const t0 = performance.now();
    const b = this.builder();
    for (const d of this.index.documents) b.add(d);
    const built = b.finish();
    this.counted(performance.now() - t0);
    this.install(built);
  }

  /** Builds the tree in slices of at most SLICE_MS, yielding to the extension host between them; a newer rebuild overtakes it. */
  async rebuildInSlices(): Promise<void> {
    const mine = ++this.building;
    const b = this.builder();
    const docs = this.index.documents;
    let work = 0, t0 = performance.now();
    for (let i = 0; i < docs.length; i++) {
      b.add(docs[i]);
      if (performance.now() - t0 >= SLICE_MS && i + 1 < docs.length) {
        work += performance.now() - t0;
        await new Promise((r) => setTimeout(r, 0));
        if (mine !== this.building) return;
        t0 = performance.now();
      }
    }
    const built = b.finish();
    this.counted(work + performance.now() - t0);
    this.install(built);
  }

  private counted(ms: number): void {
    this.lastRebuildMs = ms;
    this.rebuilt.count++;
    this.rebuilt.ms += ms;
  }

  private install(built: { roots: GoalNode[]; count: number; unreviewed: number; total: number }): void {
    this.roots = built.roots;
    this.count = built.count;
    this.unreviewed = built.unreviewed;
    this.total = built.total;
    this.changed.fire(undefined);
  }

  /**
   * Each document's goals as one set of grouping and filters places them, kept per reviewed result
   * (a new analysis or review makes a new one): the tree is rebuilt many times while a workspace is
   * indexed, and each rebuild then only gathers what earlier ones worked out.
   */
  private readonly placed = new WeakMap<readonly ReviewedGoal[], Placed>();
  /** Documents whose goals were placed afresh, since activation (tests count them). */
  placements = 0;

  /** The tree's groups, built one document at a time, with the current grouping and filters. */
  private builder(): { add(d: IndexedDocument): void; finish(): { roots: GoalNode[]; count: number; unreviewed: number; total: number } } {
    const groups = new Map<string, Extract<GoalNode, { kind: 'group' }>>();
    const orphans: Array<{ uri: vscode.Uri; annotation: Annotation }> = [];
    const needle = searchKey(this.filter.trim());
    const byUnit = this.config().provinceGrouping === 'unit2025';
    const { grouping, unreviewedOnly } = this;
    const settings = `${grouping}|${byUnit}|${unreviewedOnly}|${needle}`;
    let unreviewed = 0, total = 0;
    const place = (uri: vscode.Uri, goals: readonly ReviewedGoal[]): Placed => {
      const fileLabel = grouping === 'document' ? vscode.workspace.asRelativePath(uri) : '';
      this.placements++;
      const out: Placed = { uri, settings, labels: [], entries: [], unreviewed: 0 };
      goals.forEach((goal, index) => {
        if (goal.state === 'unreviewed') out.unreviewed++;
        if (unreviewedOnly && goal.state !== 'unreviewed') return;
        if (needle && !searchKey(`${goal.indicator} ${goal.evidence} ${goal.province ?? NATIONAL}`).includes(needle)) return;
        out.labels.push(grouping === 'province' ? provinceGroup(goal.province, byUnit)
          : grouping === 'year' ? goal.deadline?.slice(0, 4) ?? t('(no deadline)')
            : fileLabel);
        out.entries.push({ uri, goal, index });
      });
      return out;
    };
    return {
      add: (d) => {
        const reviewed = this.goalsOf(d);
        for (const a of reviewed.orphans) orphans.push({ uri: d.uri, annotation: a });
        total += reviewed.goals.length;
        let p = this.placed.get(reviewed.goals);
        if (!p || p.uri !== d.uri || p.settings !== settings) { p = place(d.uri, reviewed.goals); this.placed.set(reviewed.goals, p); }
        unreviewed += p.unreviewed;
        for (let k = 0; k < p.entries.length; k++) {
          const label = p.labels[k];
          let g = groups.get(label);
          if (!g) { g = { kind: 'group', label, goals: [] }; groups.set(label, g); }
          g.goals.push(p.entries[k]);
        }
      },
      finish: () => {
        const roots: GoalNode[] = [...groups.values()].sort((a, b) => (a.label === NATIONAL ? -1 : b.label === NATIONAL ? 1 : a.label.localeCompare(b.label, 'vi')));
        const count = roots.reduce((n, g) => n + (g.kind === 'group' ? g.goals.length : 0), 0);
        if (orphans.length) roots.unshift({ kind: 'orphans', label: ORPHANS_GROUP, items: orphans });
        return { roots, count, unreviewed, total };
      },
    };
  }

  get goalCount(): number { return this.count; }
  /** Every goal of the indexed documents, whether the filters show it or not. */
  get totalCount(): number { return this.total; }
  get unreviewedCount(): number { return this.unreviewed; }
  get groupCount(): number { return this.roots.filter((r) => r.kind === 'group').length; }

  getChildren(node?: GoalNode): GoalNode[] {
    if (!node) return this.roots;
    if (node.kind === 'group') {
      const group = node.label;
      return node.goals.map((x) => ({ kind: 'goal', uri: x.uri, goal: x.goal, index: x.index, group }));
    }
    if (node.kind === 'goal') return [{ kind: 'evidence', uri: node.uri, goal: node.goal, index: node.index }];
    if (node.kind === 'orphans') return node.items.map((x) => ({ kind: 'orphan', uri: x.uri, annotation: x.annotation }));
    return [];
  }

  getParent(node: GoalNode): GoalNode | undefined {
    if (node.kind === 'group' || node.kind === 'orphans') return undefined;
    if (node.kind === 'orphan') return this.roots.find((r) => r.kind === 'orphans');
    const uri = node.uri.toString(), index = node.index;
    const root = this.roots.find((r): r is Extract<GoalNode, { kind: 'group' }> => r.kind === 'group' && r.goals.some((x) => x.uri.toString() === uri && x.index === index));
    if (!root) return undefined;
    if (node.kind === 'goal') return root;
    return { kind: 'goal', uri: node.uri, goal: node.goal, index: node.index, group: root.label };
  }

  /** The tree node of a goal (by its index among the document's reviewed goals), for `reveal`. */
  findGoal(uri: string, index: number): GoalNode | undefined {
    for (const r of this.roots) {
      if (r.kind !== 'group') continue;
      const x = r.goals.find((g) => g.uri.toString() === uri && g.index === index);
      if (x) return { kind: 'goal', uri: x.uri, goal: x.goal, index: x.index, group: r.label };
    }
    return undefined;
  }

  /** Every goal node in tree order (for "next unreviewed"). */
  goalNodes(): Array<Extract<GoalNode, { kind: 'goal' }>> {
    return this.roots.flatMap((r) => (r.kind === 'group' ? r.goals.map((x) => ({ kind: 'goal' as const, uri: x.uri, goal: x.goal, index: x.index, group: r.label })) : []));
  }

  getTreeItem(node: GoalNode): vscode.TreeItem {
    if (node.kind === 'group' || node.kind === 'orphans') {
      const n = node.kind === 'group' ? node.goals.length : node.items.length;
      // Expanded while the tree is small; a large corpus opens collapsed so the view renders at once.
      const state = this.count <= EXPAND_UP_TO ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(node.label, state);
      item.id = `${node.kind}:${this.grouping}:${node.label}`;
      if (node.kind === 'orphans') {
        const ambiguous = node.items.filter((x) => x.annotation.ambiguous).length;
        item.label = t('Orphaned annotations');
        item.description = [n - ambiguous ? t('{0} whose text is gone', n - ambiguous) : '', ambiguous ? t('{0} ambiguous, to look at', ambiguous) : ''].filter(Boolean).join(', ');
        item.tooltip = t('Annotations not placed for sure: their quoted text is no longer in their document, or several places fit them alike (ambiguous). They are kept and never exported as spans; open one to look, then confirm, re-annotate or remove it.');
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.contextValue = 'chitieu.orphans';
        return item;
      }
      item.description = n === 1 ? t('1 goal') : t('{0} goals', n);
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'province' ? (node.label === NATIONAL ? 'globe' : 'location') : this.grouping === 'year' ? 'calendar' : 'file');
      item.contextValue = 'chitieu.group';
      return item;
    }
    if (node.kind === 'orphan') {
      const a = node.annotation;
      const item = new vscode.TreeItem(`“${a.quote.replace(/\s+/g, ' ').slice(0, 80)}” (${a.label}, ${a.status})`, vscode.TreeItemCollapsibleState.None);
      item.id = `orphan:${node.uri.toString()}#${a.id}`;
      item.description = `${vscode.workspace.asRelativePath(node.uri)} @ ${a.start}`;
      item.tooltip = new vscode.MarkdownString().appendText(`${t('Was: {0}', `…${a.prefix}[${a.quote}]${a.suffix}…`)}\n\n${a.ambiguous
        ? t('Ambiguous: several places of the document fit this annotation alike; it is shown at the likeliest and is not exported until you review the item there again (or remove it).')
        : t('This text is no longer in the document. The annotation is kept.')}`);
      item.iconPath = new vscode.ThemeIcon(a.ambiguous ? 'question' : 'debug-disconnect', new vscode.ThemeColor('list.warningForeground'));
      if (a.ambiguous) item.description = `${t('ambiguous')} · ${item.description}`;
      item.command = { command: COMMANDS.openGoal, title: a.ambiguous ? t('Open its likeliest place') : t('Open where it was'), arguments: [node.uri.toString(), a.ambiguous ? [a.start, a.end] : [a.start, a.start]] };
      item.contextValue = 'chitieu.orphan';
      return item;
    }
    const g = node.goal;
    const look = STATE_LOOK[g.state];
    if (node.kind === 'goal') {
      // The label is what a reader scans for (the value), short enough for the default side-bar width;
      // the year, the indicator and where it is follow in the description, the whole goal is in the tooltip.
      const lang = currentLang();
      const item = new vscode.TreeItem(goalTreeLabel(g, this.grouping, lang), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `goal:${this.grouping}:${node.uri.toString()}#${node.index}`;
      const where = this.grouping === 'document' ? g.province ?? NATIONAL : vscode.workspace.asRelativePath(node.uri);
      const word = look.word();
      const page = this.pageAt(node.uri, g.span[0]);
      const indicator = g.value === undefined ? '' : g.indicator;
      const year = this.grouping === 'year' ? undefined : goalYear(g);
      item.description = [word, year, indicator, where, page ? t('p. {0}', page) : ''].filter(Boolean).join(' · ');
      item.tooltip = new vscode.MarkdownString().appendText(`${g.province ?? NATIONAL}\n\n${goalSummary(g, lang)}${word ? ` — ${word}` : ''}${g.note ? `\n${t('Note: {0}', g.note)}` : ''}\n\n“${g.evidence.replace(/\s+/g, ' ')}”${page ? `\n\n${t('{0}, page {1}', vscode.workspace.asRelativePath(node.uri), page)}` : ''}`);
      item.iconPath = look.icon ? new vscode.ThemeIcon(look.icon, look.color ? new vscode.ThemeColor(look.color) : undefined) : new vscode.ThemeIcon(g.quantitative ? 'target' : 'milestone');
      item.command = { command: COMMANDS.openGoal, title: t('Open goal'), arguments: [node.uri.toString(), g.span] };
      item.contextValue = `chitieu.goal.${g.state}`;
      return item;
    }
    const item = new vscode.TreeItem(`“${g.evidence.replace(/\s+/g, ' ').slice(0, 120)}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `evidence:${this.grouping}:${node.uri.toString()}#${node.index}`;
    const page = this.pageAt(node.uri, g.span[0]);
    item.description = page ? t('{0}, page {1}', vscode.workspace.asRelativePath(node.uri), page) : `${vscode.workspace.asRelativePath(node.uri)} @ ${g.span[0]}`;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = { command: COMMANDS.openGoal, title: t('Open goal'), arguments: [node.uri.toString(), g.span] };
    return item;
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); this.changed.dispose(); }
}
