/**
 * chitieu for VS Code, composed. `activateChitieu` only composes the four layers — platform (ids,
 * settings, log), model (the document model, the workspace index, annotations), views (highlights,
 * hover, Outline, status bar, goals tree) and commands — and hands every registration to
 * `context.subscriptions`. What differs between Node and the browser (the engine's worker, reading
 * PDF and Word, the test hook) comes in as a `ChitieuHost` from the bundle's entry: extension.ts
 * (Node, `main`) or extension.web.ts (VS Code for the Web, `browser`).
 * Imports point one way: commands → views → model → platform (eslint.config.mjs checks it).
 */
import * as vscode from 'vscode';
import { affectsChitieu, readConfig, type ChitieuConfig } from './platform/config';
import { currentLang, useLanguageSetting } from './platform/l10n';
import { DOCUMENT_SELECTOR, isCandidate } from './platform/documents';
import { COMMANDS, LANGUAGE_ID, SETTINGS } from './platform/ids';
import { createLog, type Log } from './platform/log';
import type { ReadFileBytes } from './platform/fileBytes';
import { watchOpenDocuments } from './platform/sourceUri';
import { createAnalyzer, type EngineWorkerLink } from './model/analyzer';
import { AnnotationStore } from './model/annotationStore';
import { DocumentModel } from './model/documentModel';
import { WorkspaceIndex } from './model/workspaceIndex';
import { IndexCache } from './model/indexCache';
import type { CacheFile } from './platform/nodeCacheFile';
import type { FileStamp } from './platform/fileStamp';
import { SourceDocumentProvider } from './model/sourceDocuments';
import { SourceTexts, type ReadSourceFn } from './model/sourceTexts';
import { DecorationController } from './views/decorations';
import { GoalsTreeProvider, type GoalNode } from './views/goalsTree';
import { GoalsView } from './views/goalsView';
import { ChitieuHoverProvider } from './views/hover';
import { TargetStatus } from './views/statusBar';
import { OutlineRegistration } from './views/symbols';
import { GoalsTablePanel } from './views/goalsTablePanel';
import { AgreementPanel } from './views/agreementPanel';
import { ChartsPanel } from './views/chartsPanel';
import { IndicatorGroupsStore } from './model/indicatorGroupsStore';
import { registerCommands } from './commands/viewCommands';
import { registerAnnotationCommands } from './commands/reviewCommands';
import { registerDocumentDateCommand } from './commands/documentDate';
import { exportDataset, type ExportOptions } from './commands/exportDataset';
import { registerAll } from './commands/commandKit';
import { goalsTableCommands } from './commands/goalsTable';
import { compareAnnotationsCommand } from './commands/compareAnnotations';
import { chartCommands } from './commands/charts';
import { LegacyTextSwitch, openAsTextCommand, SourceOffer, SourceOpener } from './commands/openAsText';
import { saveAsUtf8Command } from './commands/saveAsUtf8';
import { reopenWithEncodingCommand } from './commands/reopenWithEncoding';
import { EncodingChoices } from './model/encodingChoices';
import { openSample } from './commands/openSample';
import { prepareNumberFormats } from '../format';

/** What the extension exposes to its in-host tests (and other extensions). */
export interface ChitieuApi {
  model: DocumentModel;
  decorations: DecorationController;
  index: WorkspaceIndex;
  /** The index's results kept between sessions. */
  indexCache: IndexCache;
  tree: GoalsTreeProvider;
  view: vscode.TreeView<GoalNode>;
  goalsView: GoalsView;
  status: TargetStatus;
  store: AnnotationStore;
  goalsTable: GoalsTablePanel;
  agreement: AgreementPanel;
  charts: ChartsPanel;
  indicatorGroups: IndicatorGroupsStore;
  sources: SourceTexts;
  sourceOffer: SourceOffer;
  legacyText: LegacyTextSwitch;
  /** The encodings chosen for text files (Reopen with Encoding…). */
  encodings: EncodingChoices;
  config(): ChitieuConfig;
}

/** What an engine worker is started for (ChitieuHost.engineWorker). */
export type EngineWorkerUse = 'background' | 'editor' | 'quick';

/** What the bundle's platform provides. */
export interface ChitieuHost {
  /**
   * Starts an engine worker; undefined, or throwing, means analysing on the extension host. `use`:
   * `background` for the workers that read the workspace's files (they may run below normal
   * priority: platform/nodeThreadPriority.ts), `editor` for the one that analyses editor documents,
   * `quick` for the one that reads what an editor shows of a large document first.
   */
  engineWorker?: (use: EngineWorkerUse) => EngineWorkerLink;
  /** Whether the engine's workers can read the extension host's disk (Node workers: the workspace index sends them paths). */
  engineReadsFiles?: boolean;
  /** How many engine workers may run at once for the main analyses and the workspace index (the cores there are; 1 if unknown). */
  engineWorkers?: number;
  /** Converts PDF and Word files to text (a worker thread in Node; in the browser .docx and PDF on the extension host's thread, pdf.js loaded on the first PDF). */
  readSource(log: Log): { read: ReadSourceFn } & vscode.Disposable;
  /** Reads a workspace file's bytes for the index (default: through `workspace.fs`). */
  readFileBytes?: ReadFileBytes;
  /**
   * Where the workspace index keeps its results between sessions, in the extension's storage for the
   * workspace (none: no cache, as where the engine's worker reads no files), and the engine's build as
   * a key (a cache is used only by the build that wrote it).
   */
  indexCache?: { file(storage: vscode.Uri | undefined): CacheFile | undefined; engineBuild(): Promise<string>; stamp(uri: vscode.Uri): Promise<FileStamp | undefined> };
  /** In test builds: runs the in-host tests once activation is done (the test hook). */
  runTests?(api: ChitieuApi, log: Log): void;
}

export function activateChitieu(context: vscode.ExtensionContext, host: ChitieuHost): ChitieuApi {
  const log = createLog();
  // First, so the list of open documents is made again before anyone else hears a document opened or closed.
  context.subscriptions.push(watchOpenDocuments());
  // The number formats of the views made in the turn after activation, not in their first update.
  const formats = setTimeout(prepareNumberFormats, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(formats) });
  let config = readConfig();
  const getConfig = () => config;
  // Every word and number the code shows follows chitieu.language (platform/l10n.ts), read from this snapshot.
  const languageSource = useLanguageSetting(() => config.language);
  const store = new AnnotationStore(log);
  const sourceReader = host.readSource(log);
  const encodings = new EncodingChoices(context.workspaceState);
  const sources = new SourceTexts(sourceReader.read, log, encodings);
  const worker = (use: EngineWorkerUse) => host.engineWorker && (() => host.engineWorker!(use));
  // Editor documents have a worker of their own: the workspace index's (below normal priority where it can) never delays them.
  const model = new DocumentModel(createAnalyzer(worker('editor'), log), store, getConfig, log, sources, () => createAnalyzer(worker('quick'), log),
    createAnalyzer(worker('background'), log, host.engineWorkers, host.engineReadsFiles));
  const indexCache = new IndexCache(host.engineReadsFiles ? host.indexCache?.file(context.storageUri) : undefined, host.indexCache?.engineBuild ?? (() => Promise.resolve('')), log, host.indexCache?.stamp);
  const index = new WorkspaceIndex(model, getConfig, log, host.readFileBytes, indexCache);
  const decorations = new DecorationController(model, getConfig, log);
  const tree = new GoalsTreeProvider(index, getConfig, model.goalsOf, store.onDidChange, (uri, offset) => model.pageAt(uri, offset));
  const goalsView = new GoalsView(tree, index, getConfig);
  const view = goalsView.view;
  const referenceDate = () => config.referenceDate;
  const status = new TargetStatus(model, referenceDate);
  const indicatorGroups = new IndicatorGroupsStore(log);
  const goalsTable = new GoalsTablePanel(context.extensionUri, index, store, indicatorGroups, model.goalsOf, log);
  const agreement = new AgreementPanel(context.extensionUri, store, index, () => config.annotator, log);
  const charts = new ChartsPanel(context.extensionUri, index, store, indicatorGroups, model.goalsOf, log);
  const updateView = () => goalsView.update();
  const opener = new SourceOpener({ sources, log, memento: context.workspaceState });
  const sourceOffer = new SourceOffer(opener, { sources, log, memento: context.workspaceState });
  const legacyText = new LegacyTextSwitch(opener, sources, getConfig, log);
  context.subscriptions.push(
    languageSource, log, store, sourceReader, encodings, sources, new SourceDocumentProvider(sources, log), model, index, indexCache, decorations, tree, goalsView, status, goalsTable, agreement, indicatorGroups, charts, sourceOffer, legacyText,
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new ChitieuHoverProvider(model, referenceDate, currentLang)),
    new OutlineRegistration(model, currentLang),
    ...registerCommands({ config: getConfig, tree, view, index, model, log, updateView }),
    ...registerAnnotationCommands({ model, tree, index, config: getConfig, log, updateView, view }),
    registerDocumentDateCommand(store, log),
    ...registerAll([...goalsTableCommands(goalsTable), ...chartCommands(charts, goalsTable), compareAnnotationsCommand(agreement, store, index), openAsTextCommand(opener), saveAsUtf8Command(sources, log),
      reopenWithEncodingCommand({ sources, choices: encodings, opener, index, log })], log),
    vscode.commands.registerCommand(COMMANDS.openSample, () => openSample(context.extensionUri)),
    vscode.commands.registerCommand(COMMANDS.exportDataset, (opts?: ExportOptions) => exportDataset({ store, index, model, log, groups: indicatorGroups }, opts && typeof opts === 'object' && !(opts instanceof vscode.Uri) ? opts : {})),
    vscode.workspace.onDidGrantWorkspaceTrust(() => log.info('workspace trusted: annotations can be saved')),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsChitieu(e)) return;
      config = readConfig();
      // (Through the cache: a file's entry there holds the options and enable setting it was read with.)
      if (affectsChitieu(e, SETTINGS.enable) || affectsChitieu(e, SETTINGS.referenceDate)) { model.reset(); void index.refresh(true); }
      else if (affectsChitieu(e, 'workspace')) void index.refresh(true);
      if (affectsChitieu(e, SETTINGS.provinceGrouping) || affectsChitieu(e, SETTINGS.language)) tree.rebuild();
      if (affectsChitieu(e, SETTINGS.language)) { goalsTable.relocalize(); void agreement.refresh(); }
      decorations.refreshAll();
      status.update();
      goalsView.update();
    }),
    // A large document starts its analysis as it opens, unless its language is switched first (that opens it again).
    vscode.workspace.onDidOpenTextDocument((doc) => { if (!assignLanguage(doc, model, getConfig)) model.opened(doc); }),
  );
  for (const doc of vscode.workspace.textDocuments) assignLanguage(doc, model, getConfig);
  decorations.refreshAll();
  // Annotation files first (the index keeps the texts of annotated documents), then the index.
  void store.loadAll().catch((e) => log.error(`reading annotations failed: ${(e as Error).message}`)).then(() => index.start());
  log.info(`chitieu activated (analysis: ${model.analyzerKind})`);

  const api: ChitieuApi = { model, decorations, index, indexCache, tree, view, goalsView, status, store, goalsTable, agreement, charts, indicatorGroups, sources, sourceOffer, legacyText, encodings, config: getConfig };
  if (host.runTests) {
    // In-host tests: deferred so activation completes first.
    const run = host.runTests;
    setTimeout(() => run(api, log), 0);
  }
  return api;
}

/** Gives detected Vietnamese plain-text files chitieu's language (syntax colours) when the setting allows. */
/** Gives a Vietnamese plain-text document chitieu's language (`chitieu.assignLanguage`); true when it does (VS Code then opens it again). */
function assignLanguage(doc: vscode.TextDocument, model: DocumentModel, config: () => ChitieuConfig): boolean {
  if (!config().assignLanguage || doc.languageId !== 'plaintext' || !isCandidate(doc) || !model.wouldAnalyse(doc)) return false;
  void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  return true;
}

