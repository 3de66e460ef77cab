/**
 * *chitieu: Reopen with Encoding…*: for a text file whose encoding cannot be told (two read as
 * Vietnamese alike), or was told wrong, the person chooses. Offered are the detection's candidates,
 * best first with how sure it is, then the other encodings chitieu reads; each with the file's first
 * line read that way. The choice is remembered for the file (workspace state, model/encodingChoices.ts)
 * and used every time it is read again, this session and the next: a legacy encoding shows the
 * converted view in place of the garbled tab (annotations still belong to the file), UTF-8 shows the
 * file as VS Code reads it. From the palette (the active file or converted view), the converted
 * view's title menu, and the notices about such a file. A second argument (an encoding name) skips
 * the pick.
 */
import * as vscode from 'vscode';
import { ENCODING_LABEL, encodingNamed } from '../../sources/encodings/detect';
import type { EncodingName } from '../../sources/types';
import { COMMANDS } from '../platform/ids';
import { t } from '../platform/l10n';
import type { Log } from '../platform/log';
import { sourceViewUri, textFileArgument } from '../platform/sourceUri';
import type { EncodingChoices } from '../model/encodingChoices';
import { encodingReadings, isLegacyEncoding } from '../model/sourceNotices';
import type { SourceTexts } from '../model/sourceTexts';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import type { ChitieuCommand } from './commandKit';
import type { SourceOpener } from './openAsText';

const name = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

export interface ReopenWithEncodingContext {
  sources: SourceTexts;
  choices: EncodingChoices;
  opener: SourceOpener;
  index: WorkspaceIndex;
  log: Log;
}

interface EncodingItem extends vscode.QuickPickItem { encoding?: EncodingName }

/** The quick pick's items: candidates (with how sure), a separator, the others; the current reading marked. */
function items(bytes: Uint8Array, current: EncodingName | undefined): EncodingItem[] {
  const out: EncodingItem[] = [];
  let others = false;
  for (const r of encodingReadings(bytes)) {
    if (r.confidence === undefined && !others) {
      others = true;
      out.push({ label: t('Other encodings'), kind: vscode.QuickPickItemKind.Separator });
    }
    const said = [r.confidence !== undefined ? t('{0}% sure', Math.round(r.confidence * 100)) : '', r.name === current ? t('shown now') : ''].filter(Boolean).join(' · ');
    out.push({ label: ENCODING_LABEL[r.name], description: said, detail: r.preview || t('(nothing on the first lines)'), encoding: r.name });
  }
  return out;
}

export function reopenWithEncodingCommand(ctx: ReopenWithEncodingContext): ChitieuCommand {
  return {
    id: COMMANDS.reopenWithEncoding,
    async execute(arg?: unknown, encoding?: unknown) {
      const file = textFileArgument(arg); // the converted view stands for its file
      if (!file) {
        void vscode.window.showInformationMessage(t('chitieu: open a .txt or .md file first (or its converted view) to read it in another encoding.'));
        return undefined;
      }
      let chosen: EncodingName | undefined;
      if (typeof encoding === 'string') {
        chosen = encodingNamed(encoding);
        if (!chosen) throw new Error(t('unknown encoding {0}', encoding));
      } else {
        const bytes = await vscode.workspace.fs.readFile(file);
        const current = ctx.choices.get(file) ?? ctx.sources.peek(file)?.encoding?.name;
        const pick = await vscode.window.showQuickPick(items(bytes, current === 'ascii' ? 'utf-8' : current), {
          title: t('Reopen {0} with Encoding', name(file)),
          placeHolder: t('The encoding {0} is in (each shows its first line read that way); chitieu remembers it for this file', name(file)),
          matchOnDescription: true,
          matchOnDetail: true,
        });
        chosen = pick?.encoding;
      }
      if (!chosen) return undefined;
      await ctx.choices.set(file, chosen);
      let text;
      try { text = await ctx.sources.get(file); } catch (e) {
        ctx.log.warn(`${vscode.workspace.asRelativePath(file)}: cannot read it as ${chosen}: ${(e as Error).message}`);
        void vscode.window.showErrorMessage(t('chitieu cannot read {0} as {1}: {2}.', name(file), ENCODING_LABEL[chosen], (e as Error).message));
        return undefined;
      }
      ctx.log.info(`${vscode.workspace.asRelativePath(file)}: reopened as ${chosen} (chosen; it reads ${Math.round((text.encoding?.confidence ?? 0) * 100)}% as Vietnamese), remembered for this file`);
      void ctx.index.update(file);
      vscode.window.setStatusBarMessage(t('chitieu: {0} read as {1}, remembered for this file', name(file), ENCODING_LABEL[chosen]), 5000);
      if (isLegacyEncoding(text)) return ctx.opener.openInPlace(file);
      // UTF-8 (or a file read as ASCII): the file itself, as VS Code reads it; its converted view closes.
      const view = sourceViewUri(file).toString();
      const views = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === view);
      const editor = await vscode.window.showTextDocument(file, { preview: false, viewColumn: views[0]?.group.viewColumn });
      if (views.length) await vscode.window.tabGroups.close(views, true);
      return editor;
    },
  };
}
