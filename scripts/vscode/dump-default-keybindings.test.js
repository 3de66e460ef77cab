/* global require, describe, it */
// Saves VS Code's own default keybindings as the running workbench lists them (the command
// "Preferences: Open Default Keyboard Shortcuts (JSON)", workbench.action.openDefaultKeybindingsFile)
// to the file named by CHITIEU_KEYBINDINGS_OUT. Run inside code-server's extension host:
//   node scripts/vscode/run-host-tests.mjs --tests scripts/vscode/dump-default-keybindings.test.js \
//     --env CHITIEU_KEYBINDINGS_OUT=$PWD/artifacts/default-keybindings.jsonc
// then `node scripts/vscode/keybindings-fixture.mjs artifacts/default-keybindings.jsonc` writes the
// fixture test/fixtures/vscode-default-keybindings.json that test/unit/keybindings.test.ts reads.
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS loaded by mocha in the extension host, where `vscode` is only a require */
const vscode = require('vscode');
const fs = require('fs');

describe('VS Code default keybindings', function () {
  this.timeout(60000);
  it('are saved', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    let doc;
    for (let k = 0; k < 300 && !doc; k++) {
      doc = vscode.workspace.textDocuments.find((d) => /keybindings\.json$/.test(d.uri.path) && d.uri.scheme !== 'file');
      if (!doc) await new Promise((r) => setTimeout(r, 100));
    }
    if (!doc) throw new Error('the default keybindings document did not open');
    fs.writeFileSync(process.env.CHITIEU_KEYBINDINGS_OUT, `// ${doc.uri.toString()} in VS Code ${vscode.version} (${vscode.env.appName}, ${process.platform}, uiKind ${vscode.env.uiKind})\n${doc.getText()}`);
  });
});
