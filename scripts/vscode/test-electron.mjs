// `npm run test:electron`: the in-host suite in a desktop VS Code downloaded by @vscode/test-electron
// (needs internet; on machines without it use `npm test`, which runs the same suite in code-server).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve(import.meta.dirname, '..', '..');
const workspace = join(mkdtempSync(join(tmpdir(), 'chitieu-electron-')), 'workspace');
cpSync(join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'electron', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} finally {
  rmSync(join(workspace, '..'), { recursive: true, force: true });
}
