/**
 * The browser build (VS Code for the Web): dist/web/extension.js bundles for a browser (esbuild fails on
 * any Node built-in), leaves out the Node bundle's own files, pdf.js and word-extractor, and its test
 * hook in production; pdf.js is in a bundle of its own (dist/web/pdfReader.js), loaded when a PDF is
 * read, which reads every test PDF as the desktop does; the manifest names them and the .vsix ships
 * them. It runs for real in `node scripts/vscode/run-host-tests.mjs --web` (test/web).
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { evaluateBundle } from '../../src/extension/platform/evalBundle';
import type { WebPdfReader } from '../../src/extension/model/webSourceReader';
import { readSource } from '../../src/sources';

const ROOT = join(__dirname, '..', '..');
const browserBuild = async (entry: string, tests: boolean) => {
  const r = await build({
    entryPoints: [join(ROOT, entry)], bundle: true, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], format: 'cjs',
    write: false, metafile: true, external: ['vscode'], logLevel: 'silent', define: { CHITIEU_TESTS: String(tests) },
  });
  return { inputs: Object.keys(r.metafile.inputs), text: r.outputFiles[0].text };
};

describe('the browser build', function () {
  this.timeout(60000);

  it('bundles for a browser, with none of the Node bundle\'s own files nor the PDF and .doc readers', async () => {
    const { inputs, text } = await browserBuild('src/extension/extension.web.ts', false);
    for (const f of ['src/extension/extension.ts', 'platform/nodeWorker.ts', 'platform/testHook.ts', 'platform/webTestHook.ts', 'model/sourceReader.ts', 'model/sourceReaderClient.ts', 'model/engineWorker.ts', 'platform/nodeThreadPriority.ts']) {
      assert.ok(!inputs.some((i) => i.endsWith(f)), `${f} is not in the production browser bundle`);
    }
    assert.ok(!inputs.some((f) => /node_modules\/(unpdf|word-extractor)\//.test(f)), inputs.filter((f) => /unpdf|word-extractor/.test(f)).join('\n'));
    assert.ok(inputs.some((f) => f.endsWith('src/sources/docx/readDocx.ts')), '.docx is read in the browser');
    assert.deepEqual([...new Set(text.match(/\brequire\("[^"]+"\)/g))], ['require("vscode")'], 'vscode is its one import');
  });

  it('has its test hook in test builds only', async () => {
    assert.ok((await browserBuild('src/extension/extension.web.ts', true)).inputs.some((f) => f.endsWith('platform/webTestHook.ts')));
  });

  it('the engine\'s Web Worker bundles for a browser', async () => {
    const { inputs } = await browserBuild('src/extension/model/engineWebWorker.ts', false);
    assert.ok(inputs.some((f) => f.includes('src/engine/')));
  });

  it('reads PDFs in a bundle of its own, built for a browser, loaded with no Node globals: the desktop\'s text, pages, spans and losses for every test PDF', async () => {
    const { inputs, text } = await browserBuild('src/extension/model/webPdfReader.ts', false);
    assert.ok(inputs.some((f) => f.includes('node_modules/unpdf/')));
    assert.ok(!/\brequire\("/.test(text), 'no imports: it is evaluated with none');
    // As webSourceReader.ts loads it (platform/webBundle.ts): evaluated with no require, process, Buffer or global.
    const reader = evaluateBundle<WebPdfReader>(text, 'pdfReader.js');
    const dir = join(ROOT, 'test', 'fixtures', 'sources');
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
    assert.ok(pdfs.length >= 8 && pdfs.includes('scanned.pdf') && pdfs.includes('locked.pdf'), pdfs.join(', '));
    const outcome = (p: Promise<unknown>) => p.then((r) => ({ r }), (e: Error) => ({ error: `${e.name}: ${e.message}` }));
    for (const f of pdfs) {
      const bytes = new Uint8Array(readFileSync(join(dir, f)));
      const desktop = await outcome(readSource(bytes, { name: f }));
      const web = await outcome(reader.readPdfSource(bytes));
      assert.deepEqual(web, desktop, f);
    }
    const scanned = await reader.readPdfSource(new Uint8Array(readFileSync(join(dir, 'scanned.pdf'))));
    assert.ok(scanned.losses.some((l) => l.kind === 'scanned-page'), JSON.stringify(scanned.losses));
  });

  it('is the manifest\'s browser entry and ships in the .vsix', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.browser, './dist/web/extension.js');
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    for (const f of ['dist/web/extension.js', 'dist/web/engineWorker.js', 'dist/web/pdfReader.js']) assert.match(ignore, new RegExp(`^!${f.replace(/[./]/g, '\\$&')}$`, 'm'));
    const build = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8');
    assert.match(build, /outfile: 'dist\/web\/extension\.js'/);
    assert.match(build, /outfile: 'dist\/web\/engineWorker\.js'/);
    assert.match(build, /entryPoints: \['src\/extension\/model\/webPdfReader\.ts'\], outfile: 'dist\/web\/pdfReader\.js'/);
  });
});
