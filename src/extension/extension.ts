/**
 * chitieu for VS Code. `activate` only composes: it builds the parts and hands every registration to
 * `context.subscriptions`. No module-level mutable state.
 */
import * as vscode from 'vscode';
import { AnalysisCache, isCandidate } from './analysis';
import { affectsChitieu, readConfig, type ChitieuConfig } from './config';
import { DecorationController } from './decorations';
import { ChitieuHoverProvider } from './hover';
import { ChitieuSymbolProvider } from './symbols';
import { TargetStatus } from './statusBar';
import { WorkspaceIndex } from './workspaceIndex';
import { GoalsTreeProvider, type GoalNode } from './goalsTree';
import { registerCommands } from './commands';
import { COMMANDS, GOALS_VIEW, LANGUAGE_ID, SETTINGS } from './ids';
import { AnnotationStore } from './annotations/store';
import { ReviewService } from './annotations/reviewService';
import { registerAnnotationCommands } from './annotations/commands';
import { exportDataset, type ExportOptions } from './annotations/exportCommand';
import { registerDocumentDateCommand } from './annotations/documentDateCommand';
import { documentDating } from './present';

/** What the extension exposes to its in-host tests (and other extensions). */
export interface ChitieuApi {
  cache: AnalysisCache;
  decorations: DecorationController;
  index: WorkspaceIndex;
  tree: GoalsTreeProvider;
  view: vscode.TreeView<GoalNode>;
  status: TargetStatus;
  store: AnnotationStore;
  review: ReviewService;
  config(): ChitieuConfig;
}

const SELECTOR: vscode.DocumentSelector = [
  { language: 'plaintext' }, { language: 'markdown' }, { language: LANGUAGE_ID },
];

export function activate(context: vscode.ExtensionContext): ChitieuApi {
  const log = vscode.window.createOutputChannel('chitieu', { log: true });
  let config = readConfig();
  const getConfig = () => config;
  const cache = new AnalysisCache(getConfig, log);
  const store = new AnnotationStore(log);
  // The engine reads a document against the date set for it, else the setting's (else what its text says).
  cache.optionsFor = (uri) => ({ documentDate: store.documentDateOf(uri), referenceDate: config.referenceDate || undefined });
  const dating = (doc: vscode.TextDocument) => documentDating(cache.get(doc).result, store.documentDateOf(doc.uri), config.referenceDate);
  const review = new ReviewService(cache, store);
  const reviewed = (doc: vscode.TextDocument) => (cache.get(doc).vietnamese ? review.forDocument(doc) : undefined);
  const decorations = new DecorationController(cache, (doc) => review.forDocument(doc), getConfig, log);
  const index = new WorkspaceIndex(cache, getConfig, log);
  index.keepText = (uri) => store.has(uri);
  const tree = new GoalsTreeProvider(index, getConfig, (d) => review.goalsOf(d), store.onDidChange);
  const view = vscode.window.createTreeView(GOALS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const status = new TargetStatus(cache, dating);
  const updateView = () => {
    const n = tree.goalCount;
    view.description = `${n} goal${n === 1 ? '' : 's'} · ${tree.groupCount} ${tree.grouping === 'province' ? 'provinces' : tree.grouping === 'year' ? 'years' : 'documents'}${tree.unreviewedOnly ? ' · unreviewed only' : ` · ${tree.unreviewedCount} unreviewed`}${tree.filter ? ` · “${tree.filter}”` : ''}`;
    view.badge = n ? { value: n, tooltip: `${n} goals` } : undefined;
    view.message = n ? undefined : tree.filter ? `No goal matches “${tree.filter}”.` : tree.unreviewedOnly ? 'Every goal is reviewed.' : 'No goals found yet in Vietnamese .txt/.md files of this workspace.';
  };
  context.subscriptions.push(
    log, cache, store, review, decorations, index, tree, view, status,
    index.onDidChange(() => updateView()),
    tree.onDidChangeTreeData(() => updateView()),
    store.onDidChange((uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc) decorations.schedule(doc, 10);
      // A document that just got annotations keeps its text in the index, to anchor them.
      const indexed = index.documents.find((d) => d.uri.toString() === uri.toString());
      if (indexed && indexed.text === undefined && store.has(uri) && !doc) void index.update(uri);
      // A document whose date changed is read again (an open one by the decorations' analysis).
      else if (index.isStale(uri)) { if (doc) cache.get(doc); else void index.update(uri); }
      status.update();
    }),
    vscode.languages.registerHoverProvider(SELECTOR, new ChitieuHoverProvider(reviewed, dating)),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new ChitieuSymbolProvider(cache), { label: 'chitieu goals' }),
    ...registerCommands({ config: getConfig, tree, view, index, cache, log, updateView, review, store }),
    ...registerAnnotationCommands({ store, review, tree, index, config: getConfig, log, updateView }),
    registerDocumentDateCommand(store, log),
    vscode.commands.registerCommand(COMMANDS.exportDataset, (opts?: ExportOptions) => exportDataset({ store, index, cache, log }, opts && typeof opts === 'object' && !(opts instanceof vscode.Uri) ? opts : {})),
    vscode.workspace.onDidGrantWorkspaceTrust(() => log.info('workspace trusted: annotations can be saved')),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsChitieu(e)) return;
      config = readConfig();
      if (affectsChitieu(e, SETTINGS.enable) || affectsChitieu(e, SETTINGS.referenceDate)) { cache.clear(); void index.refresh(); }
      if (affectsChitieu(e, 'workspace')) void index.refresh();
      if (affectsChitieu(e, SETTINGS.provinceGrouping)) tree.rebuild();
      decorations.refreshAll();
      status.update();
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => assignLanguage(doc, cache, getConfig)),
  );
  for (const doc of vscode.workspace.textDocuments) assignLanguage(doc, cache, getConfig);
  decorations.refreshAll();
  // Annotation files first (the index keeps the texts of annotated documents), then the index.
  const ready = store.loadAll().catch((e) => log.error(`reading annotations failed: ${(e as Error).message}`)).then(() => index.refresh());
  void ready;
  log.info('chitieu activated');

  const api: ChitieuApi = { cache, decorations, index, tree, view, status, store, review, config: getConfig };
  if (process.env.CHITIEU_TEST_ENTRY) {
    // In-host tests (scripts/vscode/run-host-tests.mjs): deferred so activation completes first.
    setTimeout(() => {
      void import('./testHook').then((m) => m.runHostTests(process.env, {
        pid: process.pid, node: process.versions.node, vscode: { version: vscode.version, uiKind: vscode.env.uiKind, remoteName: vscode.env.remoteName },
      })).catch((e) => log.error(`in-host tests crashed: ${(e as Error).stack}`));
    }, 0);
  }
  return api;
}

/** Gives detected Vietnamese plain-text files chitieu's language (syntax colours) when the setting allows. */
function assignLanguage(doc: vscode.TextDocument, cache: AnalysisCache, config: () => ChitieuConfig): void {
  if (!config().assignLanguage || doc.languageId !== 'plaintext' || !isCandidate(doc)) return;
  if (cache.get(doc).vietnamese) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export function deactivate(): void { /* everything is disposed through context.subscriptions */ }
