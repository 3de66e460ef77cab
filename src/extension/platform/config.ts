/** One typed reader for chitieu's settings: the section name in one place, each value normalised with its default. */
import * as vscode from 'vscode';
import { isDocumentDate } from '../../annotations/storeFormat';
import { CONFIG_SECTION, SETTINGS, type Category } from './ids';
import { defaultAnnotator } from './userName';

export type EnableMode = 'auto' | 'always' | 'never';
export type ProvinceGrouping = 'asWritten' | 'unit2025';
/** `chitieu.language`: VS Code's display language (`auto`), or Vietnamese or English whatever it is. */
export type LanguageSetting = 'auto' | 'vi' | 'en';
/** `chitieu.legacyText`: a text file in a legacy Vietnamese encoding opened in VS Code (garbled) is shown converted when its encoding is sure (`open`), offered (`ask`), or left alone (`off`). */
export type LegacyTextMode = 'open' | 'ask' | 'off';

export interface ChitieuConfig {
  enable: EnableMode;
  highlight: Record<Category, boolean>;
  include: string[];
  exclude: string[];
  provinceGrouping: ProvinceGrouping;
  assignLanguage: boolean;
  debounceMs: number;
  /** The date (`YYYY[-MM[-DD]]`) of documents whose text states none and that have no date set; '' for none. */
  referenceDate: string;
  language: LanguageSetting;
  legacyText: LegacyTextMode;
  /** Who the annotations made here are by: `chitieu.annotator`, else the OS user name in the Node build (platform/userName.ts); '' when neither is known. */
  annotator: string;
}

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], d: T): T => (allowed.includes(v as T) ? (v as T) : d);
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
const date = (v: unknown) => (typeof v === 'string' && isDocumentDate(v.trim()) ? v.trim() : '');
const strings = (v: unknown, d: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : d);

/** An annotator's name as written into annotation files: one line, spaces collapsed, at most 100 characters. */
export const annotatorName = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, 100) : '');

export function readConfig(scope?: vscode.ConfigurationScope): ChitieuConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const debounce = c.get<number>(SETTINGS.debounceMs);
  return {
    enable: oneOf(c.get(SETTINGS.enable), ['auto', 'always', 'never'], 'auto'),
    highlight: {
      targets: bool(c.get(SETTINGS.highlightTargets), true),
      amounts: bool(c.get(SETTINGS.highlightAmounts), true),
      deadlines: bool(c.get(SETTINGS.highlightDeadlines), true),
      provinces: bool(c.get(SETTINGS.highlightProvinces), false),
    },
    include: strings(c.get(SETTINGS.include), ['**/*.txt', '**/*.md', '**/*.pdf', '**/*.docx', '**/*.doc']),
    exclude: strings(c.get(SETTINGS.exclude), ['**/node_modules/**', '**/.git/**', '**/.chitieu/**']),
    provinceGrouping: oneOf(c.get(SETTINGS.provinceGrouping), ['asWritten', 'unit2025'], 'asWritten'),
    assignLanguage: bool(c.get(SETTINGS.assignLanguage), false),
    debounceMs: typeof debounce === 'number' && debounce >= 0 && debounce <= 5000 ? debounce : 250,
    referenceDate: date(c.get(SETTINGS.referenceDate)),
    language: oneOf(c.get(SETTINGS.language), ['auto', 'vi', 'en'], 'auto'),
    legacyText: oneOf(c.get(SETTINGS.legacyText), ['open', 'ask', 'off'], 'open'),
    annotator: annotatorName(c.get(SETTINGS.annotator)) || annotatorName(defaultAnnotator()),
  };
}

export const HIGHLIGHT_SETTING: Record<Category, string> = {
  targets: SETTINGS.highlightTargets,
  amounts: SETTINGS.highlightAmounts,
  deadlines: SETTINGS.highlightDeadlines,
  provinces: SETTINGS.highlightProvinces,
};

export function affectsChitieu(e: vscode.ConfigurationChangeEvent, key?: string): boolean {
  return e.affectsConfiguration(key ? `${CONFIG_SECTION}.${key}` : CONFIG_SECTION);
}
