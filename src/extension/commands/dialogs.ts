/**
 * The dialogs of the annotation commands: pick a label, type a value (checked as it is typed), the
 * edit dialog. The engine's reading of a selection is a starting point: it comes from the model.
 */
import * as vscode from 'vscode';
import { ATTRIBUTES_OF, type Attributes, type Label } from '../../annotations/model';
import { entityAttributes, entityLabel } from '../../annotations/review';
import { normaliseUnitInput, parseAmountInput, parseDateInput, parsePeriodInput, parseProvinceInput, type Parsed } from '../../annotations/parseInput';
import type { Extraction } from '../../engine';
import { groupDigits } from '../../export/formats';
import type { Subject } from '../model/itemRefs';
import { currentLang, t } from '../platform/l10n';
import { ATTRIBUTE_TEXT, enumText, inputError } from './inputMessages';
import { deadlineText } from '../../format';

/** A change asked for without dialogs (from tests and other extensions). */
export interface EditPatch { label?: Label; attrs?: Attributes; note?: string }

/** The engine's reading of a short text (DocumentModel.readSnippet). */
export type ReadSnippet = (text: string) => Extraction;

export const LABEL_TEXT: Record<Label, () => string> = {
  target: () => t('target'), amount: () => t('amount'), deadline: () => t('time expression / deadline'), province: () => t('province'), goal: () => t('goal'),
};


export async function pickLabel(text: string, read: ReadSnippet): Promise<Label | undefined> {
  const guess = guessLabel(text, read);
  const items = (['target', 'amount', 'deadline', 'province', 'goal'] as Label[]).map((l) => ({ label: LABEL_TEXT[l](), value: l, description: l === guess ? t('what chitieu reads here') : undefined }));
  items.sort((a, b) => (a.value === guess ? -1 : b.value === guess ? 1 : 0));
  return (await vscode.window.showQuickPick(items, { title: t('Annotate “{0}” as…', text.slice(0, 60)) }))?.value;
}

function guessLabel(text: string, read: ReadSnippet): Label | undefined {
  const e = read(text).entities[0];
  return e ? entityLabel(e) : undefined;
}

/** What the engine reads in the selected text, as attributes of the chosen label (a starting point to correct). */
export function readingOf(read: ReadSnippet, label: Label, text: string, province?: string): Attributes {
  const entities = read(text).entities;
  const want = label === 'target' || label === 'amount' ? 'amount' : label === 'deadline' ? 'time' : label === 'province' ? 'province' : undefined;
  const e = entities.find((x) => x.type === want);
  const attrs: Attributes = e ? entityAttributes(e) : {};
  if (label === 'target') { delete attrs.role; if (province) attrs.province = province; }
  if (label === 'amount' && !attrs.role) attrs.role = 'other';
  if (label === 'goal') { attrs.indicator = text.replace(/\s+/g, ' ').slice(0, 120); if (province) attrs.province = province; }
  return attrs;
}

/** The engine's reading, then the one attribute that matters most, typed and checked. */
export async function firstReading(read: ReadSnippet, label: Label, text: string, province?: string): Promise<Attributes | undefined> {
  const attrs = readingOf(read, label, text, province);
  const main: keyof Attributes = label === 'target' || label === 'amount' ? 'value' : label === 'deadline' ? 'end' : label === 'province' ? 'province' : 'indicator';
  const patch = await askAttribute(main, attrs, label === 'target' || label === 'amount' ? text : undefined);
  return patch && { ...attrs, ...patch };
}

export function describe(a: Attributes): string {
  const parts: string[] = [];
  if (a.value !== undefined) parts.push(`${a.qualifier ? a.qualifier.replace('_', ' ') + ' ' : ''}${groupDigits(a.value)}${a.max !== undefined ? `–${groupDigits(a.max)}` : ''}${a.unit ? (a.unit === '%' ? '%' : ` ${a.unit}`) : ''}`);
  if (a.kind) parts.push(`${a.kind} ${a.start ?? ''}${a.end && a.end !== a.start ? `–${a.end}` : ''}`.trim());
  if (a.province) parts.push(a.province);
  if (a.indicator) parts.push(a.indicator.slice(0, 40));
  if (a.deadline) parts.push(deadlineText(a.deadline, currentLang()));
  return parts.join(', ') || t('no attributes');
}

const ENUMS: Partial<Record<keyof Attributes, readonly string[]>> = {
  qualifier: ['(none)', 'more_than', 'nearly', 'about', 'at_least', 'at_most'],
  role: ['target', 'actual', 'other'],
  kind: ['deadline', 'period', 'point', 'date', 'after'],
};

const show = (k: keyof Attributes, v: unknown) => (v === undefined || v === '' ? '—' : typeof v === 'number' && (k === 'value' || k === 'max') ? groupDigits(v)
  : ENUMS[k] && typeof v === 'string' ? enumText(k, v) : String(v));

/** Asks for one attribute; returns the attributes to change, or undefined when cancelled. */
export async function askAttribute(k: keyof Attributes, current: Attributes, typed?: string): Promise<Attributes | undefined> {
  const enumValues = ENUMS[k];
  if (enumValues) {
    const pick = await vscode.window.showQuickPick(enumValues.map((v) => ({ label: enumText(k, v), description: v === '(none)' ? undefined : v, value: v, picked: current[k] === v })), { title: t('{0}: now {1}', ATTRIBUTE_TEXT[k](), show(k, current[k])) });
    if (!pick) return undefined;
    return { [k]: pick.value === '(none)' ? undefined : pick.value } as Attributes;
  }
  const indicatorEmpty = t('Type what is measured, e.g. giá trị sản xuất công nghiệp.');
  const validators: Partial<Record<keyof Attributes, (s: string) => Parsed<unknown> | { ok: false; message: string }>> = {
    value: parseAmountInput, max: parseAmountInput, start: parseDateInput, end: parseDateInput,
    deadline: (s) => (s.trim() ? parseDateInput(s) : { ok: true, value: '' }),
    period: (s) => (s.trim() ? parsePeriodInput(s) : { ok: true, value: '' }),
    province: (s) => (s.trim() ? parseProvinceInput(s) : { ok: true, value: '' }),
    indicator: (s) => (s.trim() ? { ok: true, value: s.trim().replace(/\s+/g, ' ') } : { ok: false, message: indicatorEmpty }),
    unit: (s) => ({ ok: true, value: normaliseUnitInput(s) }),
  };
  const check = validators[k] ?? ((s: string) => ({ ok: true as const, value: s }));
  const problem = (s: string) => { const r = check(s); return r.ok ? undefined : 'message' in r ? r.message : inputError(r); };
  const prompts: Partial<Record<keyof Attributes, string>> = {
    value: t('Value: a number as written in Vietnamese or plain (450 nghìn tỷ đồng, 2,5 triệu, 1.234,5, 25%)'),
    max: t('Upper bound of a range (a number)'),
    start: t('Start: a year or a date (2021, 6/2025, 31/12/2025)'),
    end: t('End: a year or a date (2025, 12/2025, 31/12/2025)'),
    deadline: t('Deadline: a year or a date (2025, 12/2030, 31/12/2025); empty for none'),
    period: t('Period: two years (2021-2025); empty for none'),
    province: t('Province (Thanh Hóa, Hải Phòng, TP. Hồ Chí Minh …); empty for none'),
    indicator: t('Indicator: what is measured'),
    unit: t('Unit (VND, USD, %, ha, MW, dự án …)'),
  };
  const initial = typed ?? (k === 'value' && current.value !== undefined ? String(current.value).replace('.', ',') : current[k] !== undefined ? String(current[k]) : '');
  const input = await vscode.window.showInputBox({
    title: `chitieu: ${ATTRIBUTE_TEXT[k]()}`, prompt: prompts[k] ?? ATTRIBUTE_TEXT[k](), value: initial, ignoreFocusOut: true,
    validateInput: problem,
  });
  if (input === undefined) return undefined;
  const r = check(input);
  if (!r.ok) return undefined;
  if (k === 'value') {
    const v = r.value as { value: number; max?: number; unit?: string; qualifier?: Attributes['qualifier'] };
    return { value: v.value, max: v.max, unit: v.unit ?? current.unit, qualifier: v.qualifier ?? current.qualifier };
  }
  if (k === 'max') return { max: (r.value as { value: number }).value };
  return { [k]: r.value === '' ? '' : r.value } as Attributes;
}

/** The edit dialog: pick an attribute, type it (checked as typed), repeat; Save writes, Escape leaves all as it was. */
export async function editDialog(s: Subject): Promise<EditPatch | undefined> {
  let attrs: Attributes = { ...s.attrs };
  let label = s.label;
  let note = s.existing?.note ?? '';
  for (;;) {
    type Item = vscode.QuickPickItem & { key: 'save' | 'label' | 'note' | keyof Attributes };
    const items: Item[] = [
      { label: `$(check) ${t('Save')}`, key: 'save', description: describe(attrs) },
      ...(label === 'target' || label === 'amount' ? [{ label: t('label'), description: LABEL_TEXT[label](), key: 'label' as const }] : []),
      ...ATTRIBUTES_OF[label].filter((k) => !(label === 'amount' && k === 'role')).map((k): Item => ({ label: ATTRIBUTE_TEXT[k](), description: show(k, attrs[k]), key: k })),
      ...(label === 'amount' ? [{ label: ATTRIBUTE_TEXT.role(), description: show('role', attrs.role), key: 'role' as const }] : []),
      { label: t('note'), description: note || '—', key: 'note' },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: t('Edit {0} “{1}”', LABEL_TEXT[label](), s.text.slice(0, 50)), placeHolder: t('Pick what to correct; Save when done (Escape discards)'), ignoreFocusOut: true });
    if (!pick) return undefined;
    if (pick.key === 'save') return { label, attrs, note };
    if (pick.key === 'label') {
      const l = await vscode.window.showQuickPick([{ label: LABEL_TEXT.target(), value: 'target' as const }, { label: LABEL_TEXT.amount(), value: 'amount' as const }], { title: t('Is it a target (to be reached) or another amount?') });
      if (l) { label = l.value; if (label === 'target') delete attrs.role; else attrs.role = attrs.role ?? 'actual'; }
      continue;
    }
    if (pick.key === 'note') {
      const n = await vscode.window.showInputBox({ title: t('chitieu: note'), prompt: t('A note for this annotation (kept in the annotation file and exports)'), value: note });
      if (n !== undefined) note = n.trim();
      continue;
    }
    const patch = await askAttribute(pick.key, attrs);
    if (patch) attrs = { ...attrs, ...patch };
  }
}
