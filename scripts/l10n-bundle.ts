/**
 * Writes l10n/bundle.l10n.json, the English bundle of the code's strings: every `t('…')` call in the
 * files of src/ that import platform/l10n (message → message, sorted). `npm run l10n`; a unit test
 * (test/unit/l10n.test.ts) checks it is current and that l10n/bundle.l10n.vi.json has every key.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

/** The messages of `t('…')` calls in src/, in files that import the l10n module; throws on a `t(` whose message is not a literal. */
export function collectMessages(root = ROOT): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) { walk(p); continue; }
      if (!p.endsWith('.ts') || p.endsWith(join('platform', 'l10n.ts'))) continue;
      const text = readFileSync(p, 'utf8');
      if (!/from '[./]*(platform\/)?l10n'/.test(text)) continue;
      for (const m of text.matchAll(/(?<![\w.])t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        out.add(m[1].replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' } as Record<string, string>)[c] ?? c));
      }
      const bad = [...text.matchAll(/(?<![\w.])t\((?!\s*')/g)];
      if (bad.length) throw new Error(`${relative(root, p)}: t() must be called with a string literal ('…'), at offset ${bad[0].index}`);
    }
  };
  walk(join(root, 'src'));
  return [...out].sort();
}

export const bundleText = (messages: readonly string[]) => JSON.stringify(Object.fromEntries(messages.map((m) => [m, m])), null, 2) + '\n';

if (require.main === module) {
  const messages = collectMessages();
  writeFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), bundleText(messages));
  console.log(`l10n/bundle.l10n.json: ${messages.length} messages`);
}
