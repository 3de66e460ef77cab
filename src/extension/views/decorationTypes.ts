/**
 * The decoration types of the highlights: one per category (targets, amounts, deadlines, provinces),
 * each with its theme colour and overview-ruler lane, and one per review state drawn over them.
 * Highlights make one set per chunk of a document's items (decorations.ts).
 */
import * as vscode from 'vscode';
import type { Status } from '../../annotations/model';
import { COLORS, type Category } from '../platform/ids';

/** The decoration types of one chunk: one per category and one per review state. */
export interface ChunkTypes { categories: Record<Category, vscode.TextEditorDecorationType>; review: Record<Status, vscode.TextEditorDecorationType> }

function categoryTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(id);
  return {
    targets: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.target), border: '1px solid', borderColor: color(COLORS.targetBorder), borderRadius: '2px',
      fontWeight: 'bold', overviewRulerColor: color(COLORS.rulerTarget), overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
    amounts: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.amount), borderRadius: '2px',
      overviewRulerColor: color(COLORS.rulerAmount), overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
    deadlines: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.deadline), textDecoration: 'underline dotted',
      overviewRulerColor: color(COLORS.rulerDeadline), overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    provinces: vscode.window.createTextEditorDecorationType({ backgroundColor: color(COLORS.province), fontStyle: 'italic' }),
  };
}

/** How reviewed items look, over their category's highlight: a mark after them, a border, or struck out. */
function reviewTypes(): Record<Status, vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(id);
  const mark = (text: string, c: string) => ({ contentText: text, color: color(c), margin: '0 0 0 1px', fontWeight: 'bold' });
  return {
    confirmed: vscode.window.createTextEditorDecorationType({ after: mark('✓', COLORS.confirmed) }),
    rejected: vscode.window.createTextEditorDecorationType({
      textDecoration: 'line-through', opacity: '0.65', after: mark('✗', COLORS.rejected),
    }),
    edited: vscode.window.createTextEditorDecorationType({
      border: '1px dashed', borderColor: color(COLORS.edited), borderRadius: '2px', after: mark('✎', COLORS.edited),
    }),
    manual: vscode.window.createTextEditorDecorationType({
      border: '1px dotted', borderColor: color(COLORS.manual), borderRadius: '2px', after: mark('+', COLORS.manual),
    }),
  };
}

/** A chunk's decoration types (VS Code keeps one set of ranges per type and editor). */
export function makeChunkTypes(): ChunkTypes {
  return { categories: categoryTypes(), review: reviewTypes() };
}
