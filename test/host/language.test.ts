/**
 * In the real extension host: `chitieu.language` chooses chitieu's words and number style. English
 * (VS Code's language here) by default; `vi` gives a Vietnamese hover, tree label and status bar
 * whatever VS Code's language; switching back to `en` restores English.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, offsetOf, open, unescapeMarkdown, until } from './helpers';

const SEED_VINH_PHUC = '000_b8550bfa09380357.txt';

async function setLanguage(value: 'vi' | 'en' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('chitieu').update('language', value, vscode.ConfigurationTarget.Workspace);
  const want = value ?? 'auto';
  await until(async () => (await api()).config().language === want, `chitieu.language to be ${want}`);
}

async function hoverOn450(): Promise<string> {
  const editor = await open(SEED_VINH_PHUC);
  const pos = editor.document.positionAt(offsetOf(editor.document, '450 nghìn tỷ đồng') + 1);
  return unescapeMarkdown(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos)));
}

async function vinhPhucGoalLabels(): Promise<string[]> {
  const chitieu = await api();
  await chitieu.index.whenIdle();
  const vp = await until(() => chitieu.tree.getChildren().find((n) => n.kind === 'group' && n.label === 'Vĩnh Phúc'), 'the Vĩnh Phúc group');
  return chitieu.tree.getChildren(vp).map((g) => chitieu.tree.getTreeItem(g).label as string);
}

describe('chitieu.language', function () {
  this.timeout(60000);

  before(async () => { await api(); });
  afterEach(async () => { await setLanguage(undefined); await closeAll(); });

  it('is English by default in an English VS Code', async () => {
    assert.equal(vscode.env.language.slice(0, 2), 'en');
    const text = await hoverOn450();
    assert.match(text, /Value: nearly 450 trillion VND \(450,000,000,000,000\)/);
    assert.ok((await vinhPhucGoalLabels()).includes('nearly 450 trillion VND'));
  });

  it('vi: the hover, the tree and the status bar in Vietnamese, numbers the Vietnamese way', async () => {
    await setLanguage('vi');
    const text = await hoverOn450();
    assert.match(text, /\*\*chitieu · chỉ tiêu\*\*/);
    assert.match(text, /Giá trị: gần 450 nghìn tỷ đồng \(450\.000\.000\.000\.000 ₫\)/);
    assert.match(text, /Mức độ: gần/);
    assert.match(text, /Vai trò: chỉ tiêu \(cần đạt\)/);
    assert.match(text, /Thời hạn: đến năm 2025/);
    assert.match(text, /Giai đoạn: 2021–2025/);
    assert.match(text, /\[Xác nhận\]\(command:chitieu\.confirm/);
    assert.match(text, /\[Từ chối\]\(command:chitieu\.reject/);
    assert.match(text, /Duyệt: chưa duyệt/);
    assert.doesNotMatch(text, /Value|Deadline|Confirm/);
    const labels = await until(async () => {
      const l = await vinhPhucGoalLabels();
      return l.includes('gần 450 nghìn tỷ đồng') ? l : undefined;
    }, 'the tree label in Vietnamese');
    assert.ok(labels.length > 1);
    const chitieu = await api();
    await until(() => /^\$\(target\) \d+ mục tiêu$/.test(chitieu.status.text), 'the status bar in Vietnamese');
    assert.match(String(chitieu.view.description), /\d+ mục tiêu · \d+ tỉnh\/thành phố/);
  });

  it('en: English again, whatever VS Code’s language', async () => {
    await setLanguage('vi');
    await setLanguage('en');
    assert.match(await hoverOn450(), /Value: nearly 450 trillion VND \(450,000,000,000,000\)/);
    await until(async () => (await vinhPhucGoalLabels()).includes('nearly 450 trillion VND'), 'the tree label in English');
  });
});
