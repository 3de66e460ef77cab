/// <reference lib="dom" />
/**
 * The agreement report in its webview (a browser page; bundled by esbuild into dist/agreement.js,
 * no `vscode` import). Everything shown comes from the extension's report message, and reaches the
 * DOM only through `textContent` and `title`. Keyboard: Tab reaches every link and button; in the
 * list of disagreements ↑ ↓ Home End move between rows, Enter opens the text, A or B takes that side.
 */
import './agreement.css';
import { parseHostMessage, type DisagreementLine, type ReportMessage, type WebviewMessage } from './protocol';

declare function acquireVsCodeApi(): { postMessage(m: WebviewMessage): void; getState(): unknown; setState(s: unknown): void };
const host = acquireVsCodeApi();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) e.append(c);
  return e;
}

const saved = host.getState() as { unsettledOnly?: unknown; focus?: unknown } | undefined;
let unsettledOnly = saved?.unsettledOnly === true;
let focusIndex = typeof saved?.focus === 'number' ? saved.focus : -1;
let report: ReportMessage | undefined;
const root = el('main', { id: 'report' });
root.textContent = '…';
document.body.append(root);

const save = () => host.setState({ unsettledOnly, focus: focusIndex });

function sideCell(line: DisagreementLine, side: 'a' | 'b'): HTMLElement {
  const td = el('td', { className: `side${line.settled === side ? ' chosen' : line.settled ? ' over' : ''}`, textContent: line[side] });
  return td;
}

function render(): void {
  if (!report) return;
  const r = report, w = r.words;
  const scores = el('table', { className: 'scores' },
    el('thead', {}, el('tr', {}, ...r.columns.map((c) => el('th', { scope: 'col', textContent: c })))),
    el('tbody', {}, ...r.scores.map((s) => el('tr', { className: s === r.scores[r.scores.length - 1] ? 'overall' : '' },
      el('th', { scope: 'row', textContent: s.name }), ...s.cells.map((c) => el('td', { textContent: c }))))));
  const filter = el('input', { type: 'checkbox', id: 'unsettledOnly', checked: unsettledOnly });
  filter.addEventListener('change', () => { unsettledOnly = filter.checked; save(); render(); });
  const body = el('tbody', { id: 'disagreements' });
  r.disagreements.forEach((line, index) => {
    if (unsettledOnly && line.settled) return;
    const link = el('button', { className: 'link', textContent: line.where, title: w.open });
    link.addEventListener('click', () => host.postMessage({ type: 'open', index }));
    const actions = el('td', { className: 'actions' });
    if (line.settled && line.settledText) actions.append(el('span', { className: 'settled', textContent: `✓ ${line.settledText}` }));
    if (line.canAdjudicate) {
      for (const side of ['a', 'b'] as const) {
        const b = el('button', { textContent: side === 'a' ? w.takeA : w.takeB, title: side === 'a' ? w.takeATitle : w.takeBTitle, disabled: line.settled === side });
        b.dataset.side = side;
        b.addEventListener('click', () => host.postMessage({ type: 'adjudicate', index, side }));
        actions.append(b);
      }
    }
    const tr = el('tr', { tabIndex: -1, className: line.settled ? 'is-settled' : '' },
      el('td', {}, link), el('td', { textContent: line.kind }), el('td', { textContent: line.label }), el('td', { className: 'quote', textContent: `“${line.quote}”` }),
      sideCell(line, 'a'), sideCell(line, 'b'), actions);
    tr.dataset.index = String(index);
    body.append(tr);
  });
  const list = r.disagreements.length
    ? el('table', { className: 'disagreements' },
      el('thead', {}, el('tr', {}, ...[w.where, w.kind, w.label, w.quote, w.sideA, w.sideB, w.adjudicate].map((c) => el('th', { scope: 'col', textContent: c })))), body)
    : el('p', { className: 'none', textContent: w.none });
  body.addEventListener('keydown', onKey);
  body.addEventListener('focusin', (e) => {
    const tr = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (tr) { focusIndex = Number(tr.dataset.index); save(); }
  });
  root.replaceChildren(
    el('h1', { textContent: r.heading }),
    ...r.summary.map((s) => el('p', { className: 'summary', textContent: s })),
    el('h2', { textContent: w.scores }), scores,
    el('h2', { textContent: w.disagreements }),
    el('label', { className: 'toggle' }, filter, ` ${w.unsettledOnly}`),
    list,
  );
  // Focus back where it was (after an adjudication the report comes again).
  const again = body.querySelector<HTMLElement>(`tr[data-index="${focusIndex}"]`);
  if (again && document.hasFocus()) again.focus({ preventScroll: false });
}

function onKey(e: KeyboardEvent): void {
  const rows = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('tr[data-index]'));
  const tr = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
  if (!tr || !rows.length) return;
  const at = rows.indexOf(tr);
  const index = Number(tr.dataset.index);
  const go = (i: number) => rows[Math.max(0, Math.min(rows.length - 1, i))].focus();
  const onRow = e.target === tr;
  switch (e.key) {
    case 'ArrowDown': go(at + 1); break;
    case 'ArrowUp': go(at - 1); break;
    case 'Home': if (!onRow) return; go(0); break;
    case 'End': if (!onRow) return; go(rows.length - 1); break;
    case 'Enter': if (!onRow) return; host.postMessage({ type: 'open', index }); break;
    case 'a': case 'A': case 'b': case 'B': {
      if (!onRow || !report?.disagreements[index]?.canAdjudicate) return;
      host.postMessage({ type: 'adjudicate', index, side: e.key.toLowerCase() as 'a' | 'b' });
      break;
    }
    default: return;
  }
  e.preventDefault();
}

window.addEventListener('message', (e: MessageEvent) => {
  const m = parseHostMessage(e.data);
  if (!m) return; // not ours, or malformed: ignored
  report = m;
  render();
});

host.postMessage({ type: 'ready' });
