/**
 * The messages between the agreement report's webview (Compare annotations…) and the extension, and
 * their validation: each side checks what it receives. The report comes ready to show (numbers as
 * text, words in the person's language); the page sends back only indices of what it was sent.
 * Pure TypeScript (no `vscode`, no DOM): imported by both sides and tested in Node.
 */

/** One line of the scores table: a label (or overall) and its scores, as text. */
export interface ScoreLine { name: string; cells: string[] }

/** One disagreement as shown: where (a link), what, each side in words, and whether and how it was settled. */
export interface DisagreementLine {
  where: string;
  kind: string;
  label: string;
  quote: string;
  a: string;
  b: string;
  /** Which side an adjudication took (and its words), when one did. */
  settled?: 'a' | 'b';
  settledText?: string;
  /** Whether it can be adjudicated here (its document is in the workspace). */
  canAdjudicate: boolean;
}

export interface ReportMessage {
  type: 'report';
  /** The page's words: headings, column titles, button labels (see REPORT_WORDS). */
  words: Record<ReportWord, string>;
  heading: string;
  summary: string[];
  columns: string[];
  scores: ScoreLine[];
  disagreements: DisagreementLine[];
}
export type HostMessage = ReportMessage;

export const REPORT_WORDS = ['scores', 'disagreements', 'none', 'where', 'kind', 'label', 'quote', 'sideA', 'sideB', 'adjudicate', 'takeA', 'takeB', 'takeATitle', 'takeBTitle', 'settled', 'unsettledOnly', 'open'] as const;
export type ReportWord = typeof REPORT_WORDS[number];

/** The webview → the extension: `index` is a disagreement's position in the last report sent. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'open'; index: number }
  | { type: 'adjudicate'; index: number; side: 'a' | 'b' };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 10_000_000;
const isString = (x: unknown): x is string => typeof x === 'string';
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

export function parseWebviewMessage(x: unknown): WebviewMessage | undefined {
  if (!isObject(x)) return undefined;
  switch (x.type) {
    case 'ready': return { type: 'ready' };
    case 'open': return isIndex(x.index) ? { type: 'open', index: x.index } : undefined;
    case 'adjudicate': return isIndex(x.index) && (x.side === 'a' || x.side === 'b') ? { type: 'adjudicate', index: x.index, side: x.side } : undefined;
    default: return undefined;
  }
}

function isLine(x: unknown): x is DisagreementLine {
  return isObject(x) && ['where', 'kind', 'label', 'quote', 'a', 'b'].every((k) => isString(x[k]))
    && (x.settled === undefined || x.settled === 'a' || x.settled === 'b') && (x.settledText === undefined || isString(x.settledText))
    && typeof x.canAdjudicate === 'boolean';
}

/** A message from the extension, or undefined when it is malformed. */
export function parseHostMessage(x: unknown): HostMessage | undefined {
  if (!isObject(x) || x.type !== 'report' || !isObject(x.words) || !isString(x.heading) || !strings(x.summary) || !strings(x.columns)) return undefined;
  const words = x.words;
  if (!REPORT_WORDS.every((k) => isString(words[k]))) return undefined;
  if (!Array.isArray(x.scores) || !x.scores.every((s) => isObject(s) && isString(s.name) && strings(s.cells))) return undefined;
  if (!Array.isArray(x.disagreements) || !x.disagreements.every(isLine)) return undefined;
  return x as unknown as ReportMessage;
}
