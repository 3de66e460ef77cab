/** Command, view, setting and colour ids are declared once in code (src/extension/platform/ids.ts) and must match package.json. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLORS, COMMANDS, CONFIG_SECTION, GOALS_VIEW, LANGUAGE_ID, SETTINGS, VIEW_CONTAINER } from '../../src/extension/platform/ids';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const c = pkg.contributes;

describe('package.json contributions match src/extension/platform/ids.ts', () => {
  it('commands', () => assert.deepEqual(c.commands.map((x: { command: string }) => x.command).sort(), Object.values(COMMANDS).sort()));
  it('settings', () => assert.deepEqual(Object.keys(c.configuration.properties).sort(), Object.values(SETTINGS).map((s) => `${CONFIG_SECTION}.${s}`).sort()));
  it('colours', () => assert.deepEqual(c.colors.map((x: { id: string }) => x.id).sort(), Object.values(COLORS).sort()));
  it('every colour has explicit high-contrast defaults', () => {
    for (const col of c.colors) assert.ok(col.defaults.highContrast && col.defaults.highContrastLight, col.id);
  });
  it('view container, view and language', () => {
    assert.equal(c.viewsContainers.activitybar[0].id, VIEW_CONTAINER);
    assert.equal(c.views[VIEW_CONTAINER][0].id, GOALS_VIEW);
    assert.equal(c.languages[0].id, LANGUAGE_ID);
  });
  it('menus only name contributed commands', () => {
    const ids = new Set(Object.values(COMMANDS) as string[]);
    for (const list of Object.values(c.menus) as Array<Array<{ command: string }>>) for (const m of list) assert.ok(ids.has(m.command), m.command);
  });
  it('works in untrusted workspaces and lazily activates', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(!pkg.activationEvents.includes('*') && !pkg.activationEvents.includes('onStartupFinished'));
  });
});

describe('the .vsix ships every page a webview loads', () => {
  it('each dist asset named in src/extension/views is allowed by .vscodeignore', () => {
    const views = join(__dirname, '..', '..', 'src', 'extension', 'views');
    const assets = new Set<string>();
    for (const f of readdirSync(views)) for (const m of readFileSync(join(views, f), 'utf8').matchAll(/asset\('([^']+)'\)/g)) assets.add(m[1]);
    assert.ok(assets.size >= 6, [...assets].join(', '));
    const allowed = readFileSync(join(__dirname, '..', '..', '.vscodeignore'), 'utf8').split('\n');
    for (const a of assets) assert.ok(allowed.includes(`!dist/${a}`), `${a} is left out of the .vsix`);
  });
});

describe('first minute: walkthrough, icon, the shipped sample', () => {
  const ROOT = join(__dirname, '..', '..');
  const nls = (lang: string) => JSON.parse(readFileSync(join(ROOT, lang ? `package.nls.${lang}.json` : 'package.nls.json'), 'utf8')) as Record<string, string>;
  const key = (s: string) => /^%([^%]+)%$/.exec(s)?.[1] ?? assert.fail(`${s} is not a %key%`);
  const walkthrough = c.walkthroughs[0];

  it('walks through open a sample → hover → confirm → export, each step done by its command', () => {
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['open', 'hover', 'confirm', 'export']);
    const done = walkthrough.steps.map((s: { completionEvents: string[] }) => s.completionEvents.join(' '));
    assert.match(done[0], /onCommand:chitieu\.openSample/);
    assert.match(done[2], /onCommand:chitieu\.confirm/);
    assert.match(done[3], /onCommand:chitieu\.export/);
  });

  it('every step says its title, description and media in English and Vietnamese, and the media files exist', () => {
    for (const lang of ['', 'vi']) {
      const words = nls(lang);
      for (const text of [walkthrough.title, walkthrough.description]) assert.ok(words[key(text)], text);
      for (const s of walkthrough.steps) {
        assert.ok(words[key(s.title)] && words[key(s.description)], s.id);
        const media = words[key(s.media.markdown)];
        assert.match(media, lang ? /\.vi\.md$/ : /^media\/walkthrough\/[a-z]+\.md$/, `${s.id}: ${media}`);
        assert.ok(readFileSync(join(ROOT, media), 'utf8').startsWith('# '), media);
      }
      assert.match(words[key(walkthrough.steps[0].description)], /\(command:chitieu\.openSample\)/);
    }
  });

  it('ships the sample it opens and the icon (a 128×128 PNG), and the README pictures', () => {
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!samples/000_b8550bfa09380357.txt'));
    assert.ok(readFileSync(join(ROOT, 'samples', '000_b8550bfa09380357.txt'), 'utf8').includes('450 nghìn tỷ đồng'));
    const png = readFileSync(join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(ignore.includes('!media/**') && pkg.icon.startsWith('media/'));
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const m of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      assert.ok(!/^https?:/.test(m[1]), `${m[1]}: shipped in the package, not fetched`);
      assert.ok(readFileSync(join(ROOT, m[1])).length > 0, `${m[1]} exists (npm run screenshots)`);
      assert.ok(ignore.some((l) => l.startsWith('!') && (l.slice(1) === m[1] || (l.endsWith('/**') && m[1].startsWith(l.slice(1, -2))) || (l.endsWith('*.png') && m[1].startsWith(l.slice(1, -5))))), `${m[1]} is in the .vsix (.vscodeignore)`);
    }
  });
});
