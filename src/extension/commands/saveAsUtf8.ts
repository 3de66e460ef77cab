/**
 * Text files in a legacy Vietnamese encoding (TCVN3/ABC, VNI, VISCII, Windows-1258, or UTF-16):
 * VS Code shows them garbled and chitieu's index skips them. *Save a UTF-8 Copy with chitieu* writes
 * the text converted by the source layer (the encoding detected from how Vietnamese each decoding
 * reads) beside it, or where the person says, and opens it. From the file, or its converted view
 * (openAsText.ts `LegacyTextSwitch` opens it in place of the garbled file and offers this). A file
 * whose encoding cannot be told gets a message naming the candidates.
 */
import * as vscode from 'vscode';
import { ENCODING_LABEL } from '../../sources/encodings/detect';
import { COMMANDS } from '../platform/ids';
import { t } from '../platform/l10n';
import type { Log } from '../platform/log';
import type { SourceTexts } from '../model/sourceTexts';
import { utf8CopyName } from '../model/sourceNotices';
import { textFileArgument } from '../platform/sourceUri';
import type { ChitieuCommand } from './commandKit';

const name = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

export function saveAsUtf8Command(sources: SourceTexts, log: Log): ChitieuCommand {
  return {
    id: COMMANDS.saveAsUtf8,
    async execute(arg?: unknown, target?: unknown) {
      const file = textFileArgument(arg); // the converted view stands for its file
      if (!file) {
        void vscode.window.showInformationMessage(t('chitieu: open a .txt or .md file in a legacy Vietnamese encoding first (or right-click it).'));
        return undefined;
      }
      let text;
      try { text = await sources.get(file); } catch (e) {
        log.warn(`${vscode.workspace.asRelativePath(file)}: no UTF-8 copy, ${(e as Error).message}`);
        void vscode.window.showErrorMessage(t('chitieu cannot convert {0}: {1}.', name(file), (e as Error).message));
        return undefined;
      }
      const enc = text.encoding;
      if (!enc || enc.name === 'utf-8' || enc.name === 'ascii') {
        void vscode.window.showInformationMessage(t('chitieu: {0} is already UTF-8.', name(file)));
        return undefined;
      }
      const dest = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(file, '..', utf8CopyName(name(file))), saveLabel: t('Save UTF-8 copy'), title: t('A UTF-8 copy of {0}', name(file)),
      });
      if (!dest) return undefined;
      await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(text.text));
      const from = enc.given ? t('{0} (as you chose)', ENCODING_LABEL[enc.name]) : t('{0} ({1}% sure)', ENCODING_LABEL[enc.name], Math.round(enc.confidence * 100));
      log.info(`${vscode.workspace.asRelativePath(file)} → ${vscode.workspace.asRelativePath(dest)}: converted from ${from}`);
      await vscode.window.showTextDocument(dest, { preview: false });
      void vscode.window.showInformationMessage(t('chitieu: saved {0}, {1} converted from {2}.', name(dest), name(file), from));
      return dest;
    },
  };
}
