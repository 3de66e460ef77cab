/**
 * *chitieu: Compare annotations…*: two annotators of this workspace (picked from those its
 * annotations name), or two `.chitieu` folders (two clones of a corpus, say), compared in the
 * agreement report (views/agreementPanel.ts). Tests and other extensions pass
 * `{ annotators: [a, b] }` or `{ folders: [uriA, uriB] }` to skip the pickers.
 */
import * as vscode from 'vscode';
import { annotatorsIn } from '../../research/agreementSides';
import { workspaceAnnotations, type CompareSource } from '../model/agreementData';
import type { AnnotationStore } from '../model/annotationStore';
import type { WorkspaceIndex } from '../model/workspaceIndex';
import { COMMANDS } from '../platform/ids';
import { t } from '../platform/l10n';
import type { AgreementPanel } from '../views/agreementPanel';
import type { ChitieuCommand } from './commandKit';

export interface CompareOptions { annotators?: [string, string]; folders?: [vscode.Uri | string, vscode.Uri | string] }

const asUri = (u: vscode.Uri | string) => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

function given(x: unknown): CompareSource | undefined {
  if (!x || typeof x !== 'object' || x instanceof vscode.Uri) return undefined;
  const o = x as CompareOptions;
  if (Array.isArray(o.annotators) && o.annotators.length === 2 && o.annotators.every((n) => typeof n === 'string')) return { kind: 'annotators', a: o.annotators[0], b: o.annotators[1] };
  if (Array.isArray(o.folders) && o.folders.length === 2 && o.folders.every((u) => typeof u === 'string' || u instanceof vscode.Uri)) return { kind: 'folders', a: asUri(o.folders[0]), b: asUri(o.folders[1]) };
  return undefined;
}

async function pickAnnotators(store: AnnotationStore, index: WorkspaceIndex): Promise<CompareSource | undefined> {
  const counts = annotatorsIn((await workspaceAnnotations(store, index)).docs);
  if (counts.length < 2) {
    void vscode.window.showInformationMessage(counts.length
      ? t('chitieu: the annotations of this workspace are all by {0}. Compare two .chitieu folders instead, or annotate as someone else (setting chitieu.annotator).', counts[0].name || t('(no name)'))
      : t('chitieu: this workspace has no annotations yet.'));
    return undefined;
  }
  const items = counts.map((c) => ({ label: c.name || t('(no name)'), description: t('{0} annotation(s) in {1} document(s)', c.annotations, c.documents), name: c.name }));
  const a = await vscode.window.showQuickPick(items, { title: t('Compare annotations: the first annotator (A)') });
  if (!a) return undefined;
  const b = await vscode.window.showQuickPick(items.filter((i) => i !== a), { title: t('Compare annotations: {0} (A) with… (B)', a.label) });
  return b ? { kind: 'annotators', a: a.name, b: b.name } : undefined;
}

async function pickFolders(): Promise<CompareSource | undefined> {
  const pick = async (title: string) => (await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false, title, openLabel: t('Compare'),
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  }))?.[0];
  const a = await pick(t('Compare annotations: folder A (a corpus folder holding .chitieu, or the .chitieu folder)'));
  if (!a) return undefined;
  const b = await pick(t('Compare annotations: folder B'));
  if (!b) return undefined;
  if (a.toString() === b.toString()) { void vscode.window.showWarningMessage(t('chitieu: pick two different folders.')); return undefined; }
  return { kind: 'folders', a, b };
}

export function compareAnnotationsCommand(panel: AgreementPanel, store: AnnotationStore, index: WorkspaceIndex): ChitieuCommand {
  return {
    id: COMMANDS.compareAnnotations,
    execute: async (options?: unknown) => {
      let source = given(options);
      if (!source) {
        const how = await vscode.window.showQuickPick([
          { label: t('Two annotators of this workspace'), description: t('as the annotations record them (setting chitieu.annotator)'), value: 'annotators' as const },
          { label: t('Two .chitieu folders…'), description: t('two clones of a corpus, say'), value: 'folders' as const },
        ], { title: t('chitieu: Compare annotations') });
        if (!how) return undefined;
        source = how.value === 'annotators' ? await pickAnnotators(store, index) : await pickFolders();
        if (!source) return undefined;
      }
      return panel.show(source);
    },
  };
}
