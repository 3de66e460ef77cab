/**
 * "Set document date…": the date a document speaks from, as the researcher knows it (a plan's
 * signing date, a report's date). The engine then reads every deadline against it: a target year
 * after it is still ahead, one before it is past. Stored with the document's annotations
 * (`.chitieu/<path>.json`, `documentDate`), so the CLI and other windows use it too. Undoable.
 *
 * Arguments (from the status bar, hover links, tests): the document (a URI or its string) and the
 * date as typed; without a date, an input box asks for one and checks it as it is typed.
 */
import * as vscode from 'vscode';
import { parseDocumentDateInput } from '../../annotations/parseInput';
import { inputError } from './inputMessages';
import { COMMANDS } from '../platform/ids';
import { writtenDate } from '../../format';
import { CannotSave, type AnnotationStore } from '../model/annotationStore';
import { say } from './commandKit';
import { t } from '../platform/l10n';
import type { Log } from '../platform/log';

const PROMPT = () => t('The date this document speaks from: a year (2024), a month (2024-03 or 03/2024) or a day (2024-03-12 or 12/03/2024). Leave it empty to clear it: the date then comes from the text, or from the chitieu.referenceDate setting.');

/** The document a command is about: the URI it was given, else the active editor's. */
function documentOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) return vscode.Uri.parse(arg);
  return vscode.window.activeTextEditor?.document.uri;
}

/**
 * Sets (or clears) the date; returns it as stored (`''` when cleared), or undefined when nothing
 * changed (cancelled, refused, or a date that does not read).
 */
export async function setDocumentDate(store: AnnotationStore, uriArg?: unknown, typed?: unknown): Promise<string | undefined> {
  const uri = documentOf(uriArg);
  if (!uri) { void vscode.window.showInformationMessage(t('chitieu: open the document whose date you want to set first.')); return undefined; }
  const name = uri.path.split('/').pop();
  const why = store.cannotSave(await store.load(uri), uri);
  if (why) throw new CannotSave(why, store.peek(uri)?.error ? store.peek(uri)?.file : undefined);
  let input: string | undefined = typeof typed === 'string' ? typed : undefined;
  if (input === undefined) {
    const current = store.documentDateOf(uri);
    input = await vscode.window.showInputBox({
      title: t('chitieu: date of {0}', name ?? ''), prompt: PROMPT(), value: current ? writtenDate(current) : '', placeHolder: '12/03/2024', ignoreFocusOut: true,
      validateInput: (s) => inputError(parseDocumentDateInput(s)),
    });
    if (input === undefined) return undefined;
  }
  const r = parseDocumentDateInput(input);
  if (!r.ok) { void vscode.window.showErrorMessage(`chitieu: ${inputError(r)}`); return undefined; }
  await store.setDocumentDate(uri, r.value || undefined, r.value ? `date ${name} ${writtenDate(r.value)}` : `clear the date of ${name}`);
  vscode.window.setStatusBarMessage(r.value ? t('chitieu: {0} is dated {1}', name ?? '', writtenDate(r.value)) : t('chitieu: {0} has no date set', name ?? ''), 4000);
  return r.value;
}

export function registerDocumentDateCommand(store: AnnotationStore, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.setDocumentDate, async (uri?: unknown, date?: unknown) => {
    try { return await setDocumentDate(store, uri, date); } catch (e) { say(e, log); return undefined; }
  });
}
