#!/usr/bin/env node
// Turns VS Code's default keybindings, as saved by dump-default-keybindings.test.js (JSON with
// comments, every keybinding the workbench registers, built-in extensions included), into the small
// fixture test/fixtures/vscode-default-keybindings.json: key → the commands bound to it (`when`
// clauses left out: a key bound by default anywhere counts; `"when": "false"` is never bound), without chitieu's own.
//   node scripts/vscode/keybindings-fixture.mjs artifacts/default-keybindings.jsonc
import fs from 'node:fs';
import path from 'node:path';

const input = process.argv[2];
if (!input) { console.error('usage: keybindings-fixture.mjs DEFAULT_KEYBINDINGS.jsonc'); process.exit(2); }
const text = fs.readFileSync(input, 'utf8');
const source = /^\/\/ (.*)$/m.exec(text)?.[1] ?? '';
const body = text.slice(text.indexOf('['), text.lastIndexOf(']') + 1).split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');
const bindings = JSON.parse(body);
const keys = {};
for (const b of bindings) {
  if (!b.key || !b.command || b.command.startsWith('-') || b.command.startsWith('chitieu.')) continue;
  if (b.when === 'false') continue; // never active (markdown's ctrl+k placeholder)
  const list = (keys[b.key] ??= []);
  if (!list.includes(b.command)) list.push(b.command);
}
const sorted = Object.fromEntries(Object.keys(keys).sort().map((k) => [k, keys[k].sort()]));
const out = path.join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'vscode-default-keybindings.json');
const how = 'VS Code default keybindings (Linux; code-server 4.139.1 in the browser), saved by running workbench.action.openDefaultKeybindingsFile in the extension host ' +
  '(scripts/vscode/dump-default-keybindings.test.js) and reduced by scripts/vscode/keybindings-fixture.mjs: key → commands, when clauses left out (bindings whose when is "false" dropped), chitieu\'s own bindings removed.';
// One key a line, so a diff after regenerating shows what VS Code added or dropped.
const lines = Object.entries(sorted).map(([k, cmds]) => `  ${JSON.stringify(k)}: ${JSON.stringify(cmds)}`);
fs.writeFileSync(out, `{\n "about": ${JSON.stringify(how)},\n "source": ${JSON.stringify(source)},\n "keys": {\n${lines.join(',\n')}\n }\n}\n`);
console.log(`${path.relative(process.cwd(), out)}: ${Object.keys(sorted).length} keys, ${bindings.length} bindings read`);
