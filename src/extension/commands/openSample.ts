/**
 * "Open a sample" (the walkthrough's first step): a Vietnamese news article about a province's plan,
 * shipped in the extension (`samples/`, kept by .vscodeignore), opened as an **untitled** document
 * so it works with no folder open and never writes into the person's files by itself. With a folder
 * open, the untitled document is bound to `chitieu-mau.txt` in it: one Save (Ctrl+S) puts it there,
 * and from then on annotations on it are kept in `.chitieu/` (once saved, the command opens that file).
 * The cursor is put on the sample's target, ready to hover.
 */
import * as vscode from 'vscode';
import { t } from '../platform/l10n';

/** The sample, relative to the extension's folder. */
export const SAMPLE_PATH = 'samples/000_b8550bfa09380357.txt';
/** The name it is saved under in the workspace folder. */
export const SAMPLE_NAME = 'chitieu-mau.txt';
/** What the cursor is put on: the sample's target. */
const TARGET = '450 nghìn tỷ đồng';

export async function openSample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, SAMPLE_PATH)));
  const folder = vscode.workspace.workspaceFolders?.[0];
  let doc: vscode.TextDocument;
  if (folder) {
    const saved = vscode.Uri.joinPath(folder.uri, SAMPLE_NAME);
    const exists = await vscode.workspace.fs.stat(saved).then(() => true, () => false);
    if (exists) doc = await vscode.workspace.openTextDocument(saved);
    else {
      doc = await vscode.workspace.openTextDocument(saved.with({ scheme: 'untitled' }));
      if (!doc.getText()) {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(doc.uri, new vscode.Position(0, 0), text);
        await vscode.workspace.applyEdit(edit);
      }
    }
  } else {
    doc = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
  }
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const at = doc.getText().indexOf(TARGET);
  if (at >= 0) {
    const pos = doc.positionAt(at + 1);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
  if (doc.isUntitled) {
    vscode.window.setStatusBarMessage(folder
      ? t('chitieu: a sample to try; save it (Ctrl+S) into {0} to keep your annotations.', folder.name)
      : t('chitieu: a sample to try; open a folder and save it there to keep your annotations.'), 10000);
  }
  return editor;
}
