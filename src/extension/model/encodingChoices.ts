/**
 * The encoding a person chose for a text file (*Reopen with Encoding…*), remembered per file in the
 * workspace state and used every time the file is read again (this session and the next): its text
 * view, the workspace index, the UTF-8 copy. The source layer then decodes the file that way without
 * detecting (`readTextSource(bytes, name)`); the choice is `given` in the SourceText's encoding.
 */
import * as vscode from 'vscode';
import { encodingNamed } from '../../sources/encodings/detect';
import type { EncodingName } from '../../sources/types';
import { documentKey } from '../platform/sourceUri';

/** The workspace-state key: `{ [file URI]: encoding name }`. */
export const ENCODING_CHOICES_KEY = 'chitieu.textEncodings';
/** Files remembered at most (the oldest choices are forgotten first). */
const MAX_FILES = 1000;

export class EncodingChoices implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a file whose chosen encoding changed (or was forgotten). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  private all(): Record<string, string> { return this.memento.get<Record<string, string>>(ENCODING_CHOICES_KEY, {}); }

  /** The encoding chosen for a file (or its text view), if any. */
  get(uri: vscode.Uri): EncodingName | undefined {
    const name = this.all()[documentKey(uri)];
    return name === undefined ? undefined : encodingNamed(name);
  }

  /** Remembers (or, with undefined, forgets) the encoding of a file. */
  async set(uri: vscode.Uri, name: EncodingName | undefined): Promise<void> {
    const k = documentKey(uri);
    const { [k]: _old, ...rest } = this.all();
    const next = name === undefined ? rest : { ...rest, [k]: name };
    const keys = Object.keys(next);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_FILES))) delete next[old];
    await this.memento.update(ENCODING_CHOICES_KEY, next);
    this.changed.fire(vscode.Uri.parse(k));
  }

  dispose(): void { this.changed.dispose(); }
}
