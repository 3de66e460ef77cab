/**
 * Hovers: an amount shows its value as written and normalised (grouped digits, unit, scale,
 * qualifier, role); a time expression its kind and ISO interval; a target the whole goal, with links
 * to reveal it in the goals tree and to copy it. Document text is always escaped (`appendText`), and
 * only chitieu's own commands are trusted in links.
 */
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis';
import { entityAt, goalOfAmount } from './entityIndex';
import { amountValue, QUALIFIER_TEXT, scaleName, timeInterval } from './present';
import { COMMANDS } from './ids';

const ROLE_TEXT = { target: 'target (to be reached)', actual: 'actual (reported)', other: 'descriptive count' } as const;

export class ChitieuHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.get(doc);
    if (!analysis.vietnamese) return undefined;
    const offset = doc.offsetAt(position);
    const e = entityAt(analysis, offset);
    if (!e) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [COMMANDS.revealGoal, COMMANDS.copyGoal] };
    const range = new vscode.Range(doc.positionAt(e.span[0]), doc.positionAt(e.span[1]));
    if (e.type === 'amount') {
      md.appendMarkdown(`**chitieu · ${e.role === 'target' ? 'target' : 'amount'}**\n\n`);
      md.appendMarkdown('As written: ').appendText(e.text).appendMarkdown('\n\n');
      md.appendMarkdown('Value: ').appendText(amountValue(e));
      const scale = scaleName(e.value);
      if (scale) md.appendText(` (${scale})`);
      md.appendMarkdown('\n\n');
      if (e.qualifier) md.appendMarkdown('Qualifier: ').appendText(QUALIFIER_TEXT[e.qualifier]).appendMarkdown('\n\n');
      md.appendMarkdown('Role: ').appendText(ROLE_TEXT[e.role]).appendMarkdown('\n\n');
      const goal = goalOfAmount(analysis, e.span, e.value);
      if (goal) {
        const g = goal.goal;
        md.appendMarkdown('---\n\n**Goal**\n\n');
        md.appendMarkdown('Province: ').appendText(g.province ?? '—').appendMarkdown('\n\n');
        md.appendMarkdown('Indicator: ').appendText(g.indicator).appendMarkdown('\n\n');
        if (g.deadline) md.appendMarkdown('Deadline: ').appendText(g.deadline).appendMarkdown('\n\n');
        if (g.period) md.appendMarkdown('Period: ').appendText(g.period).appendMarkdown('\n\n');
        md.appendMarkdown('Evidence: ').appendText(`“${g.evidence.replace(/\s+/g, ' ')}”`).appendMarkdown('\n\n');
        const args = encodeURIComponent(JSON.stringify([doc.uri.toString(), goal.index]));
        md.appendMarkdown(`[Reveal in goals tree](command:${COMMANDS.revealGoal}?${args}) · [Copy goal](command:${COMMANDS.copyGoal}?${args})`);
      }
    } else if (e.type === 'time') {
      md.appendMarkdown(`**chitieu · time expression**\n\n`);
      md.appendMarkdown('As written: ').appendText(e.text).appendMarkdown('\n\n');
      md.appendMarkdown('Kind: ').appendText(e.kind).appendMarkdown('\n\n');
      md.appendMarkdown('Interval: ').appendText(timeInterval(e));
    } else {
      md.appendMarkdown(`**chitieu · province**\n\n`);
      md.appendText(e.name);
      if (e.unit2025 !== e.name) md.appendText(` (part of ${e.unit2025} from 1 July 2025)`);
    }
    return new vscode.Hover(md, range);
  }
}

