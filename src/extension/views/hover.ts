/**
 * Hovers: an amount shows its value as written and normalised (grouped digits, unit, scale,
 * qualifier, role); a time expression its kind and ISO interval; a target the whole goal, with links
 * to reveal it in the goals tree and to copy it. Every item shows its review state with links to
 * confirm, reject or edit it, and when an adjudication (*Compare annotations…*) decided it, who
 * adjudicated and which annotator's side was kept. Values shown are the reviewed ones (a correction shows at once).
 * Document text is always escaped (`appendText`), and only chitieu's own commands are trusted.
 */
import * as vscode from 'vscode';
import type { ReviewState } from '../../annotations/model';
import type { DocumentModel } from '../model/documentModel';
import { datingText, documentDating } from './present';
import { amountWithExact, deadlineText, periodRange, qualifierWord, timeKindWord, timeText, type Lang } from '../../format';
import { NATIONAL } from '../../export/formats';
import { COMMANDS } from '../platform/ids';
import { SOURCE_SCHEME, sourceFileUri } from '../platform/sourceUri';
import { t } from '../platform/l10n';
import { entityAt, goalOfTarget, refOfEntity } from '../model/itemRefs';

const ROLE_TEXT = { target: () => t('target (to be reached)'), actual: () => t('actual (reported)'), other: () => t('descriptive count') } as const;
const STATE_TEXT: Record<ReviewState, () => string> = {
  unreviewed: () => t('not reviewed yet'), confirmed: () => t('✓ confirmed'), rejected: () => t('✗ rejected'), edited: () => t('✎ edited'), manual: () => t('+ added by hand'),
};
const HEADING = { target: () => t('target'), amount: () => t('amount'), deadline: () => t('time expression'), province: () => t('province') } as const;
const TRUSTED = [COMMANDS.revealGoal, COMMANDS.copyGoal, COMMANDS.confirm, COMMANDS.reject, COMMANDS.edit, COMMANDS.clearReview, COMMANDS.setDocumentDate];

/** A message with `{0}`, `{1}` … filled: the message as markdown (it is ours), the values as text (escaped: names come from files). */
function appendFilled(md: vscode.MarkdownString, message: string, ...values: string[]): void {
  message.split(/(\{\d+\})/).forEach((part) => {
    const m = /^\{(\d+)\}$/.exec(part);
    if (m && +m[1] < values.length) md.appendText(values[+m[1]]); else if (part) md.appendMarkdown(part);
  });
}

export class ChitieuHoverProvider implements vscode.HoverProvider {
  constructor(private readonly model: DocumentModel, private readonly referenceDate: () => string, private readonly lang: () => Lang) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await this.model.analyse(doc);
    if (!analysis.vietnamese || analysis.version !== doc.version) return undefined;
    const rd = this.model.reviewedOf(doc, analysis);
    const e = entityAt(rd, doc.offsetAt(position));
    if (!e) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: TRUSTED };
    const range = new vscode.Range(doc.positionAt(e.span[0]), doc.positionAt(e.span[1]));
    const file = sourceFileUri(doc.uri);
    const a = e.attrs;
    const lang = this.lang();
    const line = (label: string, value: string) => md.appendMarkdown(`${label}: `).appendText(value).appendMarkdown('\n\n');
    if (e.label === 'target' || e.label === 'amount') {
      md.appendMarkdown(`**chitieu · ${HEADING[e.label]()}**\n\n`);
      line(t('As written'), e.text);
      if (a.value !== undefined) {
        line(t('Value'), amountWithExact({ value: a.value, max: a.max, unit: a.unit ?? '', qualifier: a.qualifier }, lang));
      }
      if (a.qualifier) line(t('Qualifier'), qualifierWord(a.qualifier, lang));
      line(t('Role'), ROLE_TEXT[e.label === 'target' ? 'target' : a.role ?? 'other']());
    } else if (e.label === 'deadline') {
      md.appendMarkdown(`**chitieu · ${HEADING.deadline()}**\n\n`);
      line(t('As written'), e.text);
      if (a.kind) line(t('Kind'), timeKindWord(a.kind, lang));
      line(t('Interval'), timeText({ kind: a.kind ?? 'point', start: a.start, end: a.end }, lang));
    } else {
      md.appendMarkdown(`**chitieu · ${HEADING.province()}**\n\n`);
      const unit = rd.provinces.find((p) => p.name === a.province)?.unit2025;
      md.appendText(a.province ?? e.text);
      if (unit && unit !== a.province) md.appendText(` (${t('part of {0} from 1 July 2025', unit)})`);
      md.appendMarkdown('\n\n');
    }
    // Review state and actions.
    const ref = encodeURIComponent(JSON.stringify([refOfEntity(doc.uri, e)]));
    md.appendMarkdown(`${t('Review')}: `).appendText(STATE_TEXT[e.state]());
    if (e.note) md.appendMarkdown(' — ').appendText(e.note);
    // The annotation that decides the item is an adjudication: who settled it, and whose side was kept.
    const decided = e.annotationId ? this.model.store.forDocument(doc).find((x) => x.id === e.annotationId) : undefined;
    const j = decided?.adjudication;
    if (j) {
      const day = /^\d{4}-\d{2}-\d{2}/.exec(decided.updated)?.[0] ?? decided.updated;
      md.appendMarkdown('\n\n');
      if (decided.annotator) appendFilled(md, t('⚖ Adjudicated by {0} ({1}): the side of {2} kept, over {3}'), decided.annotator, day, j.chose, j.over);
      else appendFilled(md, t('⚖ Adjudicated ({0}): the side of {1} kept, over {2}'), day, j.chose, j.over);
    }
    // An annotation re-anchored here without certainty (several places fit it alike): needs a look.
    for (const amb of rd.orphans) {
      if (!amb.ambiguous || amb.start >= e.span[1] || amb.end <= e.span[0]) continue;
      const [before, after] = t('⚠ Needs a look: an annotation ({0}) may belong here, but several places of the document fit it alike, so it is not applied or exported. Review this item to place it here for good.').split('{0}');
      md.appendMarkdown(`\n\n${before}`).appendText(`${amb.label}, ${amb.status}`).appendMarkdown(after ?? '');
    }
    md.appendMarkdown(`\n\n[${t('Confirm')}](command:${COMMANDS.confirm}?${ref}) · [${t('Reject')}](command:${COMMANDS.reject}?${ref}) · [${t('Edit…')}](command:${COMMANDS.edit}?${ref})`);
    if (e.state !== 'unreviewed' && e.state !== 'manual') md.appendMarkdown(` · [${t('Clear review')}](command:${COMMANDS.clearReview}?${ref})`);
    md.appendMarkdown('\n\n');
    if (e.label === 'target') {
      const index = rd.goals.findIndex((g) => g.valueSpan && g.valueSpan[0] === e.span[0] && g.valueSpan[1] === e.span[1]);
      const g = index >= 0 ? rd.goals[index] : goalOfTarget(rd, e.span);
      if (g) {
        md.appendMarkdown(`---\n\n**${t('Goal')}**\n\n`);
        // A goal shared by several provinces is one goal per province on the same value.
        const provinces = [...new Set(rd.goals.filter((x) => x.valueSpan && g.valueSpan && x.valueSpan[0] === g.valueSpan[0] && x.valueSpan[1] === g.valueSpan[1]).map((x) => x.province ?? NATIONAL))];
        line(provinces.length > 1 ? t('Provinces') : t('Province'), provinces.length ? provinces.join(', ') : g.province ?? NATIONAL);
        line(t('Indicator'), g.indicator || '—');
        if (g.deadline) line(t('Deadline'), deadlineText(g.deadline, lang));
        if (g.period) line(t('Period'), periodRange(g.period));
        line(t('Evidence'), `“${g.evidence.replace(/\s+/g, ' ')}”`);
        const args = encodeURIComponent(JSON.stringify([file.toString(), index]));
        md.appendMarkdown(`[${t('Reveal in goals tree')}](command:${COMMANDS.revealGoal}?${args}) · [${t('Copy goal')}](command:${COMMANDS.copyGoal}?${args})`);
        md.appendMarkdown('\n\n');
      }
    }
    // The date the document speaks from decides whether a deadline is still ahead: say which, and where from.
    // A PDF's text view: where in the PDF this is.
    const page = doc.uri.scheme === SOURCE_SCHEME ? this.model.pageAt(doc.uri, e.span[0]) : undefined;
    if (page) md.appendMarkdown('---\n\n').appendText(t('PDF page {0} of {1}', page, file.path.split('/').pop() ?? '')).appendMarkdown('\n\n');
    md.appendMarkdown(`---\n\n${t('Document')}: `).appendText(datingText(documentDating(analysis.result, this.model.store.documentDateOf(doc.uri), this.referenceDate()), lang));
    md.appendMarkdown(` · [${t('Set date…')}](command:${COMMANDS.setDocumentDate}?${encodeURIComponent(JSON.stringify([doc.uri.toString()]))})`);
    return new vscode.Hover(md, range);
  }
}
