/**
 * The read-only text view of a PDF or Word file: a TextDocumentContentProvider on chitieu's own
 * scheme (platform/sourceUri.ts) that hands out the converted text (sourceTexts.ts). When the file
 * changes on disk, open views are read again (a new document version, so everything follows).
 * A file that cannot be converted opens as a short note saying why (its conversion error is also
 * what *Open as Text with chitieu* shows before opening it).
 */
import * as vscode from 'vscode';
import type { Log } from '../platform/log';
import { SOURCE_SCHEME, sourceViewUri } from '../platform/sourceUri';
import type { SourceTexts } from './sourceTexts';

export class SourceDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly sources: SourceTexts, private readonly log: Log) {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, this),
      sources.onDidChange((file) => {
        const view = sourceViewUri(file);
        if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === view.toString())) this.changed.fire(view);
      }),
    ];
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      return (await this.sources.get(uri)).text;
    } catch (e) {
      const why = (e as Error).message;
      this.log.warn(`${uri.path}: cannot show it as text (${why})`);
      return `chitieu could not read this file as text: ${why}`;
    }
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}
