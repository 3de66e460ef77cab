/**
 * chitieu for VS Code. `activate` only composes the four layers — platform (ids, settings, log),
 * model (the document model, the workspace index, annotations), views (highlights, hover, Outline,
 * status bar, goals tree) and commands — and hands every registration to `context.subscriptions`.
 * Imports point one way: commands → views → model → platform (eslint.config.mjs checks it).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { affectsChitieu, readConfig, type ChitieuConfig } from './platform/config';
import { currentLang, useLanguageSetting } from './platform/l10n';
import { DOCUMENT_SELECTOR, isCandidate } from './platform/documents';
import { COMMANDS, LANGUAGE_ID, SETTINGS } from './platform/ids';
import { createLog } from './platform/log';
import { createAnalyzer } from './model/analyzer';
import { AnnotationStore } from './model/annotationStore';
import { DocumentModel } from './model/documentModel';
import { WorkspaceIndex } from './model/workspaceIndex';
import { SourceDocumentProvider } from './model/sourceDocuments';
import { SourceTexts } from './model/sourceTexts';
import { SourceReaderClient } from './model/sourceReaderClient';
import { DecorationController } from './views/decorations';
import { GoalsTreeProvider, type GoalNode } from './views/goalsTree';
import { GoalsView } from './views/goalsView';
import { ChitieuHoverProvider } from './views/hover';
import { TargetStatus } from './views/statusBar';
import { OutlineRegistration } from './views/symbols';
import { GoalsTablePanel } from './views/goalsTablePanel';
import { registerCommands } from './commands/viewCommands';
import { registerAnnotationCommands } from './commands/reviewCommands';
import { registerDocumentDateCommand } from './commands/documentDate';
import { exportDataset, type ExportOptions } from './commands/exportDataset';
import { registerAll } from './commands/commandKit';
import { goalsTableCommands } from './commands/goalsTable';
import { openAsTextCommand, SourceOffer, SourceOpener } from './commands/openAsText';
import { LegacyTextOffer, saveAsUtf8Command } from './commands/saveAsUtf8';
import { openSample } from './commands/openSample';

/** True in development and test builds, false in `npm run package` (esbuild `define`): the test hook is left out. */
declare const CHITIEU_TESTS: boolean;

/** What the extension exposes to its in-host tests (and other extensions). */
export interface ChitieuApi {
  model: DocumentModel;
  decorations: DecorationController;
  index: WorkspaceIndex;
  tree: GoalsTreeProvider;
  view: vscode.TreeView<GoalNode>;
  goalsView: GoalsView;
  status: TargetStatus;
  store: AnnotationStore;
  goalsTable: GoalsTablePanel;
  sources: SourceTexts;
  sourceOffer: SourceOffer;
  config(): ChitieuConfig;
}

export function activate(context: vscode.ExtensionContext): ChitieuApi {
  const log = createLog();
  let config = readConfig();
  const getConfig = () => config;
  // Every word and number the code shows follows chitieu.language (platform/l10n.ts), read from this snapshot.
  const languageSource = useLanguageSetting(() => config.language);
  const store = new AnnotationStore(log);
  // PDF and Word reading is a worker thread of its own, started the first time such a file is read (pdf.js is large).
  const sourceReader = new SourceReaderClient(path.join(context.extensionPath, 'dist', 'sourceReader.js'), log);
  const sources = new SourceTexts(sourceReader.read, log);
  const workerFile = path.join(context.extensionPath, 'dist', 'engineWorker.js');
  const model = new DocumentModel(createAnalyzer(workerFile, log), store, getConfig, log, sources, () => createAnalyzer(workerFile, log));
  const index = new WorkspaceIndex(model, getConfig, log);
  const decorations = new DecorationController(model, getConfig, log);
  const tree = new GoalsTreeProvider(index, getConfig, model.goalsOf, store.onDidChange, (uri, offset) => model.pageAt(uri, offset));
  const goalsView = new GoalsView(tree, index, getConfig);
  const view = goalsView.view;
  const referenceDate = () => config.referenceDate;
  const status = new TargetStatus(model, referenceDate);
  const goalsTable = new GoalsTablePanel(context.extensionUri, index, store, model.goalsOf, log);
  const updateView = () => goalsView.update();
  const opener = new SourceOpener({ sources, log, memento: context.workspaceState });
  const sourceOffer = new SourceOffer(opener, { sources, log, memento: context.workspaceState });
  context.subscriptions.push(
    languageSource, log, store, sourceReader, sources, new SourceDocumentProvider(sources, log), model, index, decorations, tree, goalsView, status, goalsTable, sourceOffer,
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new ChitieuHoverProvider(model, referenceDate, currentLang)),
    new OutlineRegistration(model, currentLang),
    ...registerCommands({ config: getConfig, tree, view, index, model, log, updateView }),
    ...registerAnnotationCommands({ model, tree, index, config: getConfig, log, updateView, view }),
    registerDocumentDateCommand(store, log),
    ...registerAll([...goalsTableCommands(goalsTable), openAsTextCommand(opener), saveAsUtf8Command(sources, log)], log),
    new LegacyTextOffer(sources),
    vscode.commands.registerCommand(COMMANDS.openSample, () => openSample(context.extensionUri)),
    vscode.commands.registerCommand(COMMANDS.exportDataset, (opts?: ExportOptions) => exportDataset({ store, index, model, log }, opts && typeof opts === 'object' && !(opts instanceof vscode.Uri) ? opts : {})),
    vscode.workspace.onDidGrantWorkspaceTrust(() => log.info('workspace trusted: annotations can be saved')),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsChitieu(e)) return;
      config = readConfig();
      if (affectsChitieu(e, SETTINGS.enable) || affectsChitieu(e, SETTINGS.referenceDate)) { model.reset(); void index.refresh(); }
      else if (affectsChitieu(e, 'workspace')) void index.refresh();
      if (affectsChitieu(e, SETTINGS.provinceGrouping) || affectsChitieu(e, SETTINGS.language)) tree.rebuild();
      decorations.refreshAll();
      status.update();
      goalsView.update();
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => assignLanguage(doc, model, getConfig)),
  );
  for (const doc of vscode.workspace.textDocuments) assignLanguage(doc, model, getConfig);
  decorations.refreshAll();
  // Annotation files first (the index keeps the texts of annotated documents), then the index.
  void store.loadAll().catch((e) => log.error(`reading annotations failed: ${(e as Error).message}`)).then(() => index.refresh());
  log.info(`chitieu activated (analysis: ${model.analyzerKind})`);

  const api: ChitieuApi = { model, decorations, index, tree, view, goalsView, status, store, goalsTable, sources, sourceOffer, config: getConfig };
  if (CHITIEU_TESTS && process.env.CHITIEU_TEST_ENTRY) {
    // In-host tests (scripts/vscode/run-host-tests.mjs): deferred so activation completes first.
    setTimeout(() => {
      void import('./platform/testHook').then((m) => m.runHostTests(process.env, {
        pid: process.pid, node: process.versions.node, analyzer: model.analyzerKind,
        vscode: { version: vscode.version, uiKind: vscode.env.uiKind, remoteName: vscode.env.remoteName },
      })).catch((e) => log.error(`in-host tests crashed: ${(e as Error).stack}`));
    }, 0);
  }
  return api;
}

/** Gives detected Vietnamese plain-text files chitieu's language (syntax colours) when the setting allows. */
function assignLanguage(doc: vscode.TextDocument, model: DocumentModel, config: () => ChitieuConfig): void {
  if (!config().assignLanguage || doc.languageId !== 'plaintext' || !isCandidate(doc)) return;
  if (model.wouldAnalyse(doc)) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export function deactivate(): void { /* everything is disposed through context.subscriptions */ }
