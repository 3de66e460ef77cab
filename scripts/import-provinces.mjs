#!/usr/bin/env node
/**
 * Regenerates src/engine/data/provinces.data.ts from the shared reference file provinces.json.
 *
 *   node scripts/import-provinces.mjs [path/to/provinces.json] [--check]
 *
 * The path defaults to ../shared/data/provinces.json relative to the project root. With --check,
 * nothing is written: the script exits with status 1 when the committed file differs from what
 * it would generate. Dev-time only: the engine imports the generated module and never reads
 * provinces.json (users' clones do not have it).
 *
 * generated file = source + FIELD MAPPING (below) + OVERRIDES (below), then VALIDATION.
 * Every override is strict: removing or demoting a form the source does not have, or adding one
 * it already has, is an error, so the table cannot silently go stale when the source changes.
 * The validation rejects what the engine cannot use (tone-placement duplicates, aliases equal to
 * the name, one unambiguous form for two units of the same era, ...); a new source problem
 * therefore stops the import until it gets an explicit, commented override.
 * The audit behind the overrides is written up in src/engine/data/PROVINCES.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCE = resolve(ROOT, '../shared/data/provinces.json');
const OUT = join(ROOT, 'src/engine/data/provinces.data.ts');

// ─── FIELD MAPPING ─────────────────────────────────────────────────────────────────────────────
// provinces.json field            → ProvinceRecord field
// old_units[] / new_units[]       → era 'old' / 'new'
// id, name, ascii                 → id, name, ascii (unchanged)
// kind 'thành phố trực thuộc trung ương' / 'tỉnh' → 'city' / 'province'
// official_name                   → first alias ('Tỉnh Thanh Hóa', 'Thành phố Hồ Chí Minh'),
//                                   unless already listed
// aliases                         → aliases (then OVERRIDES)
// ambiguous_aliases               → ambiguousAliases (then OVERRIDES)
// nicknames[].text                → ambiguousAliases: they are all marked "unconfirmed" in the
//                                   source and each has other referents ('Thủ đô', 'Cố đô' ...)
// successor (old units)           → successor
// formed_from (new units)         → formedFrom, ordered by the old units' GSO code
// former[].name (old:hue)         → must already be an alias (checked)
// Not carried over (not used by the engine; still in the source): gso_code, code, display_name,
// gso_official_name, status_2025, successor_name, formed_from_names, admin_centre_in_old_unit,
// area_km2, population, legal_basis*, in_force_*, sources.
const KIND = { 'thành phố trực thuộc trung ương': 'city', 'tỉnh': 'province' };

// ─── OVERRIDES: corrections to the source, one entry per decision ──────────────────────────────
// ids             records the entry applies to (each must exist)
// dropAliases     remove from aliases            dropAmbiguous  remove from ambiguousAliases
// demote          move from aliases to ambiguousAliases
// addAliases      append to aliases              addAmbiguous   append to ambiguousAliases
// set             replace scalar fields (name, kind, ascii, successor)
// why             the reason; copied nowhere, it is for the reader of this table
const BOTH_HCM = ['old:ho-chi-minh', 'new:ho-chi-minh'];
const BOTH_HUE = ['old:hue', 'new:hue'];
const BOTH_DAK_LAK = ['old:dak-lak', 'new:dak-lak'];

/** @type {Array<{ids: string[], why: string, dropAliases?: string[], dropAmbiguous?: string[], demote?: string[], addAliases?: string[], addAmbiguous?: string[], set?: Record<string, string>}>} */
const OVERRIDES = [
  // ── Tone-placement duplicates. The engine unifies hoà/hòa, hoá/hóa itself (lexicon §0), so
  //    the old-style spelling of the name is not a separate alias.
  {
    ids: ['old:hoa-binh'],
    dropAliases: ['Hoà Bình'],
    why: 'same word as the name Hòa Bình with old-style tone placement (GSO writes "Tỉnh Hoà Bình")',
  },
  {
    ids: ['old:thanh-hoa', 'new:thanh-hoa'],
    dropAliases: ['Thanh Hoá'],
    why: 'same word as the name Thanh Hóa with old-style tone placement',
  },
  {
    ids: ['old:khanh-hoa', 'new:khanh-hoa'],
    dropAliases: ['Khánh Hoà'],
    why: 'same word as the name Khánh Hòa with old-style tone placement',
  },

  // ── Aliases equal to the record's own ascii form.
  {
    ids: BOTH_DAK_LAK,
    dropAliases: ['Dak Lak'],
    why: 'identical to ascii',
  },
  {
    ids: ['old:dak-nong'],
    dropAliases: ['Dak Nong'],
    why: 'identical to ascii',
  },

  // ── Spelling variants missing from the source.
  {
    ids: BOTH_DAK_LAK,
    addAliases: ['Đăk Lắk'],
    why: 'fourth common mix of ă/ắ (seen in addresses and form option lists: "Tỉnh Đăk Lắk"); the '
      + 'source has Đăk Lăk, Đắk Lăk and Đắc Lắc but not this one',
  },

  // ── Hồ Chí Minh City. The bare name is the President's name ("tư tưởng Hồ Chí Minh", "Đoàn
  //    TNCS Hồ Chí Minh", "Chủ tịch Hồ Chí Minh"), so the source already lists it as ambiguous;
  //    the forms with a city word are the unambiguous ones.
  {
    ids: BOTH_HCM,
    demote: ['HCM', 'Sài Gòn'],
    why: 'HCM alone abbreviates the person as well ("tư tưởng HCM", "Đoàn TNCS HCM"); Sài Gòn is '
      + 'also the river (sông Sài Gòn, which also borders Bình Dương and Tây Ninh), brands and '
      + 'companies (Bia Sài Gòn, Tân Cảng Sài Gòn, Sài Gòn Giải Phóng) and, from 2025-07-01, '
      + 'one ward of the city (phường Sài Gòn)',
  },
  {
    ids: BOTH_HCM,
    addAliases: ['Tp. HCM', 'Tp HCM', 'Tp. Hồ Chí Minh', 'HCM City', 'Ho Chi Minh City'],
    why: 'common press spellings of the city-word forms (mixed-case "Tp.", the English "HCM City" '
      + 'used by Vietnamese agencies); safe because each carries the city word',
  },
  {
    ids: BOTH_HCM,
    addAmbiguous: ['Ho Chi Minh', 'Saigon'],
    why: 'the ascii form of the name is as ambiguous as the name itself; Saigon as Sài Gòn',
  },

  // ── Huế. The name is also a very common female given name ("chị Huế", "bà Nguyễn Thị Huế",
  //    photo credit "Ảnh: Nguyễn Huế" in the shared corpus, 04_long-an-xuat-khau-2018.txt), and
  //    the ascii form "Hue" is an English word. Both need context; "thành phố Huế",
  //    "TP. Huế", "Thừa Thiên Huế", "TT-Huế" stay unambiguous.
  {
    ids: BOTH_HUE,
    addAmbiguous: ['Huế', 'Hue'],
    why: 'bare name = given name; ascii = English "hue"',
  },
  {
    ids: BOTH_HUE,
    addAliases: ['Thua Thien Hue'],
    why: 'diacritic-free form of the former name, as in URLs and English texts (thuathienhue.gov.vn)',
  },
];

// ─── Text helpers ───────────────────────────────────────────────────────────────────────────────
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu; // grave, acute, tilde, hook, dot below

/** Tone-placement-insensitive key: each syllable as (letters without tone, tone). hoà = hòa. */
function toneKey(s) {
  return s
    .normalize('NFD')
    .split(/([^\p{L}\p{M}]+)/u)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const tones = part.match(TONE_MARKS) ?? [];
      return part.replace(TONE_MARKS, '').normalize('NFC') + (tones.length ? `#${tones.join('')}` : '');
    })
    .join('')
    .normalize('NFC');
}
const caselessKey = (s) => toneKey(s).toLowerCase().replace(/\s*[-–—]\s*/g, '-').replace(/\s+/g, ' ');

/** Diacritic-free form; đ/Đ do not decompose and are mapped explicitly. */
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Old-style tone placement: oá/oé/uý with nothing after the vowel pair (not after q). */
const OLD_STYLE_TONE = /(?:[oO][áàảãạéèẻẽẹ]|(?<![qQ])[uU][ýỳỷỹỵ])(?![\p{L}\p{M}])/u;

// ─── Build ──────────────────────────────────────────────────────────────────────────────────────
function fail(msg) {
  throw new Error(`import-provinces: ${msg}`);
}

function pushUnique(list, items, what, id) {
  for (const item of items) {
    if (list.includes(item)) fail(`${id}: ${what} already has "${item}" (override is stale)`);
    list.push(item);
  }
}
function removeExisting(list, items, what, id) {
  for (const item of items) {
    const i = list.indexOf(item);
    if (i < 0) fail(`${id}: ${what} has no "${item}" (override is stale)`);
    list.splice(i, 1);
  }
}

function mapUnit(u, era, gsoOrder) {
  const kind = KIND[u.kind];
  if (!kind) fail(`${u.id}: unknown kind "${u.kind}"`);
  if (!u.id.startsWith(`${era}:`)) fail(`${u.id}: id does not start with ${era}:`);
  const aliases = [];
  if (u.official_name && u.official_name !== u.name && !(u.aliases ?? []).includes(u.official_name)) {
    aliases.push(u.official_name);
  }
  aliases.push(...(u.aliases ?? []));
  const ambiguousAliases = [...(u.ambiguous_aliases ?? []), ...(u.nicknames ?? []).map((n) => n.text)];
  for (const f of u.former ?? []) {
    if (!aliases.includes(f.name)) fail(`${u.id}: former name "${f.name}" is not an alias`);
  }
  /** @type {Record<string, unknown>} */
  const r = { id: u.id, era, name: u.name, kind, ascii: u.ascii, aliases, ambiguousAliases };
  if (era === 'old') r.successor = u.successor;
  else r.formedFrom = [...u.formed_from].sort((a, b) => gsoOrder(a) - gsoOrder(b));
  return r;
}

function applyOverrides(records) {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const o of OVERRIDES) {
    if (!o.why) fail(`override for ${o.ids.join(', ')} has no reason`);
    for (const id of o.ids) {
      const r = byId.get(id);
      if (!r) fail(`override names unknown id ${id}`);
      if (o.dropAliases) removeExisting(r.aliases, o.dropAliases, 'aliases', id);
      if (o.dropAmbiguous) removeExisting(r.ambiguousAliases, o.dropAmbiguous, 'ambiguousAliases', id);
      if (o.demote) {
        removeExisting(r.aliases, o.demote, 'aliases', id);
        pushUnique(r.ambiguousAliases, o.demote, 'ambiguousAliases', id);
      }
      if (o.addAliases) pushUnique(r.aliases, o.addAliases, 'aliases', id);
      if (o.addAmbiguous) pushUnique(r.ambiguousAliases, o.addAmbiguous, 'ambiguousAliases', id);
      for (const [field, value] of Object.entries(o.set ?? {})) {
        if (!['name', 'kind', 'ascii', 'successor'].includes(field)) fail(`${id}: cannot set ${field}`);
        if (r[field] === value) fail(`${id}: ${field} is already "${value}" (override is stale)`);
        r[field] = value;
      }
    }
  }
}

// ─── VALIDATION ─────────────────────────────────────────────────────────────────────────────────
function validate(records) {
  const errors = [];
  const err = (m) => errors.push(m);
  const byId = new Map();
  for (const r of records) {
    if (byId.has(r.id)) err(`duplicate id ${r.id}`);
    byId.set(r.id, r);
  }
  const old = records.filter((r) => r.era === 'old');
  const neu = records.filter((r) => r.era === 'new');
  const cities = (rs) => rs.filter((r) => r.kind === 'city').length;
  if (old.length !== 63) err(`expected 63 old units, got ${old.length}`);
  if (neu.length !== 34) err(`expected 34 new units, got ${neu.length}`);
  if (cities(old) !== 6) err(`expected 6 old cities, got ${cities(old)}`);
  if (cities(neu) !== 6) err(`expected 6 new cities, got ${cities(neu)}`);

  for (const r of records) {
    const slug = fold(r.name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (r.id !== `${r.era}:${slug}`) err(`${r.id}: id does not match name ${r.name}`);
    if (r.ascii !== fold(r.name)) err(`${r.id}: ascii "${r.ascii}" is not the folded name "${fold(r.name)}"`);
    if (!/^[\x20-\x7e]+$/.test(r.ascii)) err(`${r.id}: ascii is not ASCII`);
    const strings = [r.name, r.ascii, ...r.aliases, ...r.ambiguousAliases];
    for (const s of strings) {
      if (s !== s.normalize('NFC')) err(`${r.id}: "${s}" is not NFC`);
      if (/\u00d0/.test(s)) err(`${r.id}: "${s}" uses Ð (U+00D0) instead of Đ`);
      if (s !== s.trim() || /\s{2}|[^\S ]/.test(s)) err(`${r.id}: bad spacing in "${s}"`);
      if (OLD_STYLE_TONE.test(s)) err(`${r.id}: "${s}" uses old-style tone placement`);
    }
    const own = new Set([toneKey(r.name), toneKey(r.ascii)]);
    const seen = new Set();
    for (const a of r.aliases) {
      const k = toneKey(a);
      if (own.has(k)) err(`${r.id}: alias "${a}" repeats the name or ascii`);
      if (seen.has(k)) err(`${r.id}: alias "${a}" is a duplicate (tone placement)`);
      seen.add(k);
    }
    const seenAmb = new Set();
    for (const a of r.ambiguousAliases) {
      const k = toneKey(a);
      if (seen.has(k)) err(`${r.id}: "${a}" is both an alias and an ambiguous alias`);
      if (seenAmb.has(k)) err(`${r.id}: ambiguous alias "${a}" is a duplicate`);
      seenAmb.add(k);
    }
    if (r.era === 'old') {
      const s = byId.get(r.successor);
      if (!s || s.era !== 'new') err(`${r.id}: successor ${r.successor} is not a new unit`);
      else if (!s.formedFrom.includes(r.id)) err(`${r.id}: ${r.successor}.formedFrom lacks it`);
      if ('formedFrom' in r) err(`${r.id}: old unit with formedFrom`);
    } else {
      if (!r.formedFrom?.length) err(`${r.id}: new unit without formedFrom`);
      for (const f of r.formedFrom ?? []) {
        if (byId.get(f)?.successor !== r.id) err(`${r.id}: formedFrom ${f} has another successor`);
      }
      if (!r.formedFrom?.some((f) => byId.get(f)?.name === r.name)) {
        err(`${r.id}: name is not the name of one of its old units`);
      }
      if ('successor' in r) err(`${r.id}: new unit with successor`);
    }
  }

  // Within one era, an unambiguous written form (name, ascii or alias) must point at one unit;
  // ambiguous forms may be shared, but not be unambiguous for another unit.
  for (const era of ['old', 'new']) {
    const owner = new Map();
    for (const r of records.filter((x) => x.era === era)) {
      const amb = new Set(r.ambiguousAliases.map(caselessKey));
      for (const s of [r.name, r.ascii, ...r.aliases]) {
        const k = caselessKey(s);
        if (amb.has(k)) continue; // name or ascii that the record itself marks as ambiguous
        if (owner.has(k) && owner.get(k) !== r.id) err(`${era}: "${s}" names both ${owner.get(k)} and ${r.id}`);
        owner.set(k, r.id);
      }
    }
    for (const r of records.filter((x) => x.era === era)) {
      for (const s of r.ambiguousAliases) {
        const o = owner.get(caselessKey(s));
        if (o && o !== r.id) err(`${era}: "${s}" is ambiguous for ${r.id} but unambiguous for ${o}`);
      }
    }
  }
  if (errors.length) fail(`validation failed:\n  ${errors.join('\n  ')}`);
}

// ─── Output ─────────────────────────────────────────────────────────────────────────────────────
const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** `key: [...]` on one line when it fits in 100 columns, else one item per line. */
function arrayField(key, items, indent) {
  const one = `${indent}${key}: [${items.map(q).join(', ')}],`;
  if (one.length <= 100) return [one];
  return [`${indent}${key}: [`, ...items.map((s) => `${indent}  ${q(s)},`), `${indent}],`];
}

function renderRecord(r) {
  const ind = '    ';
  const lines = ['  {'];
  const head = `${ind}id: ${q(r.id)}, era: ${q(r.era)}, name: ${q(r.name)}, kind: ${q(r.kind)}, ascii: ${q(r.ascii)},`;
  if (head.length <= 100) lines.push(head);
  else lines.push(`${ind}id: ${q(r.id)}, era: ${q(r.era)}, name: ${q(r.name)},`, `${ind}kind: ${q(r.kind)}, ascii: ${q(r.ascii)},`);
  lines.push(...arrayField('aliases', r.aliases, ind));
  lines.push(...arrayField('ambiguousAliases', r.ambiguousAliases, ind));
  if (r.successor) lines.push(`${ind}successor: ${q(r.successor)},`);
  if (r.formedFrom) lines.push(...arrayField('formedFrom', r.formedFrom, ind));
  lines.push('  },');
  return lines.join('\n');
}

function render(records, sourceLabel, sourceHash) {
  const old = records.filter((r) => r.era === 'old');
  const neu = records.filter((r) => r.era === 'new');
  const nAlias = records.reduce((n, r) => n + r.aliases.length, 0);
  const nAmb = records.reduce((n, r) => n + r.ambiguousAliases.length, 0);
  return `// GENERATED by scripts/import-provinces.mjs — do not edit by hand; change the script's
// OVERRIDES table (or the source) and run: node scripts/import-provinces.mjs
// Source: ${sourceLabel} (sha256 ${sourceHash.slice(0, 16)}), plus ${OVERRIDES.length} documented overrides.
// See PROVINCES.md in this directory for sources, corrections and open questions.
// ${old.length} old units, ${neu.length} new units, ${nAlias} aliases, ${nAmb} ambiguous aliases.

/**
 * A Vietnamese province-level unit (tỉnh or centrally-run city) in one era.
 *
 * Matching contract:
 * - \`name\`, \`ascii\` and \`aliases\` identify the unit on their own, EXCEPT that a name or ascii form
 *   that also appears in \`ambiguousAliases\` needs context like every ambiguous alias (bare "Huế",
 *   "Hồ Chí Minh", "Ho Chi Minh", "Hue").
 * - All strings are NFC with modern tone placement (Hòa, Hóa, Thúy); the engine is expected to
 *   generate the old-style variants (hoà, hoá) and to case-fold, so neither is listed.
 * - A form can belong to an old and a new unit with the same name (old:thanh-hoa, new:thanh-hoa);
 *   the document date (before / from 2025-07-01) decides. Within one era no unambiguous form is
 *   shared by two units.
 */
export interface ProvinceRecord {
  /** \`old:thanh-hoa\`, \`new:hue\`: era prefix + slug of the ascii name. */
  id: string;
  /**
   * \`old\`: the 63 units in force until 2025-06-30 (Huế counted as the centrally-run city it became
   * on 2025-01-01, formerly Thừa Thiên Huế province). \`new\`: the 34 units from 2025-07-01
   * (Resolution 202/2025/QH15).
   */
  era: 'old' | 'new';
  /** Canonical name with diacritics, modern tone placement (Thanh Hóa, Khánh Hòa, Hòa Bình). */
  name: string;
  /** \`city\` = thành phố trực thuộc trung ương; \`province\` = tỉnh. */
  kind: 'city' | 'province';
  /** The name without diacritics (\`Thanh Hoa\`, \`Dak Lak\`). */
  ascii: string;
  /** Unambiguous forms other than name/ascii: official name, press abbreviations, variants. */
  aliases: string[];
  /** Forms that only name the unit in context (abbreviations, nicknames, person names). */
  ambiguousAliases: string[];
  /** Old units: id of the new unit it belongs to from 2025-07-01 (unchanged units included). */
  successor?: string;
  /** New units: ids of the old units it was formed from, by GSO code. */
  formedFrom?: string[];
}

export const PROVINCES: readonly ProvinceRecord[] = [
  // ── Old era: 63 units until 2025-06-30, by GSO code ──
${old.map(renderRecord).join('\n')}
  // ── New era: 34 units from 2025-07-01, by post-merger code ──
${neu.map(renderRecord).join('\n')}
];
`;
}

// ─── Main ───────────────────────────────────────────────────────────────────────────────────────
function main(argv) {
  const check = argv.includes('--check');
  const positional = argv.filter((a) => !a.startsWith('--'));
  const sourcePath = positional[0] ? resolve(positional[0]) : DEFAULT_SOURCE;
  const raw = readFileSync(sourcePath, 'utf8');
  const src = JSON.parse(raw.normalize('NFC'));

  const gso = new Map(src.old_units.map((u) => [u.id, Number(u.gso_code)]));
  const gsoOrder = (id) => gso.get(id) ?? fail(`unknown old unit ${id}`);
  const newCode = new Map(src.new_units.map((u) => [u.id, Number(u.code)]));
  const oldUnits = [...src.old_units].sort((a, b) => gso.get(a.id) - gso.get(b.id));
  const newUnits = [...src.new_units].sort((a, b) => newCode.get(a.id) - newCode.get(b.id));

  const records = [
    ...oldUnits.map((u) => mapUnit(u, 'old', gsoOrder)),
    ...newUnits.map((u) => mapUnit(u, 'new', gsoOrder)),
  ];
  applyOverrides(records);
  validate(records);

  const label = 'provinces.json';
  const hash = createHash('sha256').update(raw).digest('hex');
  const out = render(records, label, hash);
  const rel = relative(ROOT, OUT);
  if (check) {
    let current = '';
    try { current = readFileSync(OUT, 'utf8'); } catch { /* missing file = differs */ }
    if (current !== out) {
      process.stderr.write(`${rel} is out of date; run node scripts/import-provinces.mjs\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`${rel} is up to date\n`);
    }
    return;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, out);
  const count = (era) => records.filter((r) => r.era === era).length;
  process.stdout.write(`wrote ${rel}: ${count('old')} old + ${count('new')} new units from ${sourcePath}\n`);
}

main(process.argv.slice(2));
