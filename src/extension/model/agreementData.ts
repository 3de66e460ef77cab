/**
 * The annotations *Compare annotations…* compares: two annotators of this workspace's `.chitieu`
 * store, or two `.chitieu` folders (two clones, say), each anchored to the document's text — the
 * workspace's when the document is here, else the folder's own copy. Read through
 * `vscode.workspace.fs` (any file system). The comparison itself is pure (src/research/).
 */
import * as vscode from 'vscode';
import { ANNOTATION_DIR, type Annotation } from '../../annotations/model';
import { documentPathFor } from '../../annotations/storeFormat';
import { annotatedDocuments, annotatorSide, withoutAdjudications, type AnnotationFileText, type SideNames } from '../../research/agreementSides';
import { compareAnnotators, type AgreementReport, type AnnotatedDocument } from '../../research/interAnnotator';
import type { AnnotationStore } from './annotationStore';
import type { WorkspaceIndex } from './workspaceIndex';

export type CompareSource =
  | { kind: 'annotators'; a: string; b: string }
  | { kind: 'folders'; a: vscode.Uri; b: vscode.Uri };

export interface Comparison {
  source: CompareSource;
  names: SideNames;
  report: AgreementReport;
  /** The workspace document of each compared document path (absent: not in this workspace). */
  uris: Map<string, vscode.Uri>;
  /** Where each document's text was read from when it is not in the workspace (links open it there). */
  elsewhere: Map<string, vscode.Uri>;
  texts: Map<string, string | undefined>;
  /** The workspace's annotations of each document (adjudications included). */
  workspace: Map<string, readonly Annotation[]>;
  /** Each side's annotations, by document path and id. */
  sides: { a: Map<string, Annotation>; b: Map<string, Annotation> };
  problems: string[];
}

const sideKey = (document: string, id: string) => `${document}\n${id}`;
const decoder = new TextDecoder('utf-8', { fatal: true });

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try { return decoder.decode(await vscode.workspace.fs.readFile(uri)); } catch { return undefined; }
}

async function exists(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try { return (await vscode.workspace.fs.stat(uri)).type; } catch { return undefined; }
}

/** The workspace's documents with their annotations (every annotator's), anchored to their current text. */
export async function workspaceAnnotations(store: AnnotationStore, index: WorkspaceIndex): Promise<{ docs: AnnotatedDocument[]; uris: Map<string, vscode.Uri>; texts: Map<string, string | undefined> }> {
  await store.loadAll();
  const docs: AnnotatedDocument[] = [], uris = new Map<string, vscode.Uri>(), texts = new Map<string, string | undefined>();
  for (const st of store.all) {
    if (st.error) continue;
    const read = await index.read(st.doc);
    const text = typeof read === 'string' ? read : read?.getText();
    const annotations = text === undefined ? st.annotations : store.forText(st.doc, text);
    docs.push({ path: st.path, annotations });
    uris.set(st.path, st.doc);
    texts.set(st.path, text);
  }
  return { docs, uris, texts };
}

/** A folder as its corpus root and its `.chitieu` folder (the folder itself when it is one), or why it is neither. */
export async function annotationFolder(uri: vscode.Uri): Promise<{ root: vscode.Uri; annotations: vscode.Uri } | string> {
  if (await exists(uri) !== vscode.FileType.Directory) return `${uri.fsPath} is not a folder`;
  if (uri.path.replace(/\/+$/, '').endsWith(`/${ANNOTATION_DIR}`)) return { root: vscode.Uri.joinPath(uri, '..'), annotations: uri };
  const annotations = vscode.Uri.joinPath(uri, ANNOTATION_DIR);
  if (await exists(annotations) !== vscode.FileType.Directory) return `${uri.fsPath} holds no ${ANNOTATION_DIR}/ folder (nothing annotated there yet)`;
  return { root: uri, annotations };
}

async function annotationFiles(dir: vscode.Uri, rel = ''): Promise<Array<{ uri: vscode.Uri; rel: string }>> {
  const out: Array<{ uri: vscode.Uri; rel: string }> = [];
  const entries = await vscode.workspace.fs.readDirectory(dir);
  for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.Directory) out.push(...await annotationFiles(uri, `${rel}${name}/`));
    else if (name.endsWith('.json')) out.push({ uri, rel: `${rel}${name}` });
  }
  return out;
}

/** Compares two annotators of the workspace, or two annotation folders. Throws an Error with a message for the person when a folder is not one. */
export async function compareSource(source: CompareSource, store: AnnotationStore, index: WorkspaceIndex, label: (uri: vscode.Uri) => string): Promise<Comparison> {
  const problems: string[] = [];
  let A: AnnotatedDocument[], B: AnnotatedDocument[], names: SideNames;
  const here = await workspaceAnnotations(store, index);
  const uris = new Map(here.uris), texts = new Map(here.texts), elsewhere = new Map<string, vscode.Uri>();
  if (source.kind === 'annotators') {
    A = annotatorSide(here.docs, source.a);
    B = annotatorSide(here.docs, source.b);
    names = { a: source.a, b: source.b };
  } else {
    const fa = await annotationFolder(source.a), fb = await annotationFolder(source.b);
    for (const f of [fa, fb]) if (typeof f === 'string') throw new Error(f);
    const folders = [fa, fb] as Array<{ root: vscode.Uri; annotations: vscode.Uri }>;
    const listed = await Promise.all(folders.map(async (f) => {
      const files: AnnotationFileText[] = [];
      for (const { uri, rel } of await annotationFiles(f.annotations)) {
        const document = documentPathFor(`${ANNOTATION_DIR}/${rel}`);
        const json = document && await readText(uri);
        if (document && json !== undefined) files.push({ document, source: vscode.workspace.asRelativePath(uri), json });
        else if (document) problems.push(`${vscode.workspace.asRelativePath(uri)}: cannot be read as UTF-8 text; left out of the comparison`);
      }
      return files;
    }));
    // Texts: the workspace's document when it is here, else the first folder's copy, else the second's.
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    for (const doc of new Set(listed.flat().map((f) => f.document))) {
      if (texts.has(doc)) continue;
      const inWorkspace = root && vscode.Uri.joinPath(root, ...doc.split('/'));
      if (inWorkspace && await exists(inWorkspace) === vscode.FileType.File) {
        const read = await index.read(inWorkspace);
        uris.set(doc, inWorkspace);
        texts.set(doc, typeof read === 'string' ? read : read?.getText());
        continue;
      }
      for (const f of folders) {
        const copy = vscode.Uri.joinPath(f.root, ...doc.split('/'));
        if (await exists(copy) !== vscode.FileType.File) continue;
        elsewhere.set(doc, copy);
        texts.set(doc, await readText(copy));
        break;
      }
    }
    const textOf = (doc: string) => texts.get(doc);
    A = withoutAdjudications(annotatedDocuments(listed[0], textOf, problems));
    B = withoutAdjudications(annotatedDocuments(listed[1], textOf, problems));
    names = { a: label(source.a), b: label(source.b) };
  }
  const sides = { a: new Map<string, Annotation>(), b: new Map<string, Annotation>() };
  for (const [side, docs] of [['a', A], ['b', B]] as const) for (const d of docs) for (const x of d.annotations) sides[side].set(sideKey(d.path, x.id), x);
  const workspace = new Map(here.docs.map((d) => [d.path, d.annotations] as const));
  return { source, names, report: compareAnnotators(A, B), uris, elsewhere, texts, workspace, sides, problems };
}

/** A side's annotation of a disagreement (by its document and id). */
export function sideAnnotation(c: Comparison, side: 'a' | 'b', document: string, id: string | undefined): Annotation | undefined {
  return id === undefined ? undefined : c.sides[side].get(sideKey(document, id));
}
