/** A document's text copied out of the editor once per version (src/extension/platform/documentText.ts). */
import * as assert from 'assert';
import type * as vscode from 'vscode';
import { textOf } from '../../src/extension/platform/documentText';

describe('a document’s text, once per version', () => {
  it('copies the text when first asked for a version, and again only after a change', () => {
    let copies = 0, content = 'Đến năm 2030 đạt 5%.';
    const doc = { version: 1, getText: () => { copies++; return content; } } as unknown as vscode.TextDocument;
    assert.equal(textOf(doc), content);
    assert.equal(textOf(doc), content);
    assert.equal(copies, 1);
    content = 'Đến năm 2035 đạt 7%.';
    (doc as { version: number }).version = 2;
    assert.equal(textOf(doc), content);
    assert.equal(copies, 2);
    const other = { version: 2, getText: () => 'khác' } as unknown as vscode.TextDocument;
    assert.equal(textOf(other), 'khác', 'each document its own');
    assert.equal(textOf(doc), content);
  });
});
