/**
 * chitieu's keys override nothing: every key of package.json `contributes.keybindings` is checked
 * against VS Code's own default keybindings (test/fixtures/vscode-default-keybindings.json: the list
 * the workbench itself gives, see its "about" for how it was produced). A key collides when VS Code
 * binds the same key or chord, when a chitieu single key is the first stroke of a default chord, or
 * when a chitieu chord starts with a key VS Code binds on its own. No chitieu binding is a single
 * Ctrl+Alt+letter either: on AltGr keyboard layouts (Polish, German, …) that types a character.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const defaults = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'vscode-default-keybindings.json'), 'utf8')) as { keys: Record<string, string[]> };

const ORDER = ['ctrl', 'shift', 'alt', 'meta', 'cmd', 'win'];
/** One stroke with its modifiers in a fixed order: `alt+ctrl+Y` → `ctrl+alt+y`. */
const stroke = (s: string) => {
  const parts = s.toLowerCase().split('+');
  const key = parts.pop()!;
  return [...parts.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)), key].join('+');
};
const chord = (k: string) => k.trim().split(/\s+/).map(stroke);

const DEFAULT_CHORDS = Object.entries(defaults.keys).map(([k, commands]) => ({ strokes: chord(k), commands }));
const ours: Array<{ command: string; key: string }> = pkg.contributes.keybindings.flatMap((b: { command: string; key: string; linux?: string; win?: string }) =>
  [b.key, b.linux, b.win].filter(Boolean).map((key) => ({ command: b.command, key: key! })));

describe('keybindings: chitieu overrides none of VS Code’s defaults', () => {
  it('the fixture is VS Code’s list', () => {
    assert.ok(DEFAULT_CHORDS.length > 300, `${DEFAULT_CHORDS.length} default keys`);
    assert.deepEqual(defaults.keys['ctrl+alt+n'], ['workbench.action.files.newUntitledFile'], 'the browser’s New Untitled File');
    assert.ok(!Object.values(defaults.keys).flat().some((c) => c.startsWith('chitieu.')), 'chitieu’s own keys are not in it');
  });

  for (const { command, key } of ours) {
    it(`${command}: ${key}`, () => {
      const mine = chord(key);
      for (const d of DEFAULT_CHORDS) {
        const n = Math.min(mine.length, d.strokes.length);
        const samePrefix = mine.slice(0, n).every((s, i) => s === d.strokes[i]);
        assert.ok(!samePrefix, `${key} collides with VS Code's ${d.strokes.join(' ')} (${d.commands.join(', ')})`);
      }
      assert.ok(!(mine.length === 1 && /^ctrl\+alt\+[a-z]$/.test(mine[0])), `${key}: a single Ctrl+Alt+letter is a character on AltGr layouts`);
    });
  }

  it('every chitieu keybinding has a macOS key', () => {
    for (const b of pkg.contributes.keybindings) assert.ok(b.mac, b.command);
  });
});
