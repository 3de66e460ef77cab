/** chitieu's one log: a LogOutputChannel (users pick the level with Developer: Set Log Level). */
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel('chitieu', { log: true });
}
