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
