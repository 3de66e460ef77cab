/**
 * `extensionTestsPath` for @vscode/test-electron (desktop VS Code, `npm run test:electron`): runs the
 * same in-host suite (out/test/host/*.test.js) with mocha inside the Electron extension host.
 */
import * as path from 'path';
import * as fs from 'fs';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60000 });
  const dir = path.resolve(__dirname, '..', 'host');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  await new Promise<void>((resolve, reject) => mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve())));
}
