/**
 * pdf.js (unpdf) and word-extractor stay out of the extension's startup bundle: only the source
 * layer's worker (dist/sourceReader.js) holds them, and the manifest offers *Open as Text* for the
 * extensions the extension reads.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..', '..');
const inputsOf = async (entry: string, external: string[] = []) => {
  const r = await build({ entryPoints: [join(ROOT, entry)], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, external, logLevel: 'silent', define: { CHITIEU_TESTS: 'false' } });
  return Object.keys(r.metafile.inputs);
};

describe('the source layer is bundled apart from the extension', function () {
  this.timeout(60000);

  it('dist/extension.js has neither unpdf nor word-extractor nor src/sources readers', async () => {
    const inputs = await inputsOf('src/extension/extension.ts', ['vscode']);
    assert.ok(!inputs.some((f) => /node_modules\/(unpdf|word-extractor)\//.test(f)), inputs.filter((f) => /unpdf|word-extractor/.test(f)).join('\n'));
    assert.ok(!inputs.some((f) => /src\/sources\/(pdf|docx)\//.test(f)));
  });

  it('dist/sourceReader.js has them', async () => {
    const inputs = await inputsOf('src/extension/model/sourceReader.ts');
    assert.ok(inputs.some((f) => f.includes('node_modules/unpdf/')));
    assert.ok(inputs.some((f) => f.includes('node_modules/word-extractor/')));
  });

  it('ships in the .vsix and is offered for .pdf, .docx and .doc', () => {
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!dist\/sourceReader\.js$/m);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const when = String(pkg.contributes.menus['explorer/context'].find((m: { command: string }) => m.command === 'chitieu.openAsText').when);
    const re = new RegExp(/=~ \/(.*)\/i/.exec(when)![1].replace(/\\\\/g, '\\'), 'i');
    for (const ext of ['.pdf', '.PDF', '.docx', '.doc']) assert.ok(re.test(ext), ext);
    for (const ext of ['.txt', '.docm', '.pdfx']) assert.ok(!re.test(ext), ext);
    const include: string[] = pkg.contributes.configuration.properties['chitieu.workspace.include'].default;
    for (const g of ['**/*.pdf', '**/*.docx', '**/*.doc']) assert.ok(include.includes(g), g);
  });
});
