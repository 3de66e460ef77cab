/**
 * Every user-facing string exists in English and Vietnamese: the manifest's `%key%` placeholders in
 * package.nls.json and package.nls.vi.json, the code's `t('…')` messages in l10n/bundle.l10n.json
 * (current with the code: `npm run l10n`) and l10n/bundle.l10n.vi.json, with the same placeholders.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleText, collectMessages } from '../../scripts/l10n-bundle';
import { INPUT_ERRORS, parseAmountInput, parseProvinceInput } from '../../src/annotations/parseInput';

const ROOT = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const json = (p: string) => JSON.parse(read(p)) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join(' ');

describe('localisation: every key in both languages', () => {
  const manifestKeys = [...read('package.json').matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
  const nlsEn = json('package.nls.json'), nlsVi = json('package.nls.vi.json');

  it('package.json says where the code bundles are', () => assert.equal(JSON.parse(read('package.json')).l10n, './l10n'));

  it('every %key% of package.json is in package.nls.json and package.nls.vi.json, and no other key', () => {
    assert.ok(manifestKeys.length > 50, `${manifestKeys.length} keys`);
    assert.deepEqual([...new Set(manifestKeys)].sort(), Object.keys(nlsEn).sort());
    assert.deepEqual(Object.keys(nlsVi).sort(), Object.keys(nlsEn).sort());
    for (const k of Object.keys(nlsEn)) assert.ok(nlsVi[k].trim() && nlsEn[k].trim(), k);
  });

  it('no manifest string a user reads is left in English only', () => {
    const c = JSON.parse(read('package.json')).contributes;
    const literal = (s: unknown) => typeof s === 'string' && !/^%[^%]+%$/.test(s);
    for (const cmd of c.commands) assert.ok(!literal(cmd.title), cmd.command);
    for (const [k, p] of Object.entries<Record<string, unknown>>(c.configuration.properties)) {
      assert.ok(!literal(p.markdownDescription) && p.description === undefined, `${k}: a localised markdownDescription`);
      for (const d of (p.enumDescriptions as unknown[] | undefined) ?? []) assert.ok(!literal(d), k);
      if (p.enum) assert.equal((p.enumDescriptions as unknown[] | undefined)?.length, (p.enum as unknown[]).length, `${k}: enumDescriptions`);
    }
    for (const w of c.viewsWelcome) assert.ok(!literal(w.contents), w.when);
    for (const v of c.views.chitieu) assert.ok(!literal(v.name), v.id);
    for (const col of c.colors) assert.ok(!literal(col.description), col.id);
  });

  it('l10n/bundle.l10n.json holds exactly the messages of the t() calls in src/ (npm run l10n)', () => {
    const messages = collectMessages();
    assert.ok(messages.length > 50, `${messages.length} messages`);
    assert.equal(read('l10n/bundle.l10n.json'), bundleText(messages));
  });

  it('l10n/bundle.l10n.vi.json translates every message, with the same placeholders', () => {
    const vi = json('l10n/bundle.l10n.vi.json');
    const messages = collectMessages();
    assert.deepEqual(Object.keys(vi).sort(), [...messages].sort());
    for (const m of messages) {
      assert.ok(vi[m].trim(), m);
      assert.equal(placeholders(vi[m]), placeholders(m), m);
    }
  });

  it('Vietnamese uses the project’s terms', () => {
    const vi = Object.values(json('l10n/bundle.l10n.vi.json')).concat(Object.values(nlsVi)).join('\n');
    for (const term of ['chỉ tiêu', 'mục tiêu', 'xác nhận', 'từ chối', 'Sửa', 'tỉnh/thành phố', 'Xuất dữ liệu']) assert.ok(vi.includes(term), term);
  });
});

describe('localisation: the input parsers’ messages', () => {
  it('every error code of src/annotations/parseInput.ts is said through t() with the same English (commands/inputMessages.ts)', () => {
    const messages = new Set(collectMessages());
    const said = read('src/extension/commands/inputMessages.ts');
    for (const [code, english] of Object.entries(INPUT_ERRORS)) {
      assert.ok(messages.has(english), `${code}: “${english}” is not a t() message`);
      assert.match(said, new RegExp(`\\b${code}: \\([^)]*\\) => t\\('${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`), code);
    }
  });

  it('a parser error carries its code and arguments; its English is the template filled in', () => {
    const r = parseAmountInput('4,5,6 tỷ');
    assert.ok(!r.ok);
    assert.ok(['notOneNumber', 'onlyPartIsValue', 'notANumber', 'severalValues'].includes(r.code), r.code);
    assert.ok(r.args.every((a) => r.error.includes(a)), r.error);
    const p = parseProvinceInput('Thanh');
    assert.ok(!p.ok && p.code === 'notAProvinceDidYouMean' && p.args[0] === 'Thanh' && /Thanh Hóa/.test(p.args[1]), JSON.stringify(p));
  });
});
