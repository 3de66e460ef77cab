/**
 * Reading a workspace file's bytes for the index, with a size limit. Through `workspace.fs` everywhere
 * (the browser build, virtual workspaces); the Node build reads `file:` URIs from the disk itself
 * (platform/nodeFileBytes.ts): each `workspace.fs` call on the extension host is also a message to
 * the window (VS Code makes sure the file system's provider is activated), which on a remote
 * connection is compressed and sent, twice per file: 15 % of the extension host's time when it
 * indexed 10,000 documents.
 */
import * as vscode from 'vscode';

/** A file's bytes, or its size when it is larger than the limit (not read). Rejects when the file cannot be read. */
export type FileBytes = { bytes: Uint8Array } | { tooLarge: number };
export type ReadFileBytes = (uri: vscode.Uri, maxBytes: number) => Promise<FileBytes>;

export const readThroughWorkspaceFs: ReadFileBytes = async (uri, maxBytes) => {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.size > maxBytes) return { tooLarge: stat.size };
  return { bytes: await vscode.workspace.fs.readFile(uri) };
};
