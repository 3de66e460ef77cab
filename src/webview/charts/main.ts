/// <reference lib="dom" />
/**
 * The charts in their webview (a browser page; bundled by esbuild into dist/charts.js, no `vscode`
 * import). Drawn as SVG by Observable Plot in the editor's theme colours (read from VS Code's
 * --vscode-* variables, drawn again when the theme changes), numbers in the language's style.
 * Document text only reaches the DOM as text (`textContent`, SVG <title> and <text>). Plot's inline
 * <style> is dropped (the page's CSP allows no inline style; charts.css has its rules).
 * Keyboard: the view tabs, selects and buttons; in a chart, ← → ↑ ↓ Home End move between bars or
 * points, Enter or Space opens the goal's evidence in the editor.
 */
import './charts.css';
import * as Plot from '@observablehq/plot';
import { formatNumber, type Lang } from '../../format';
import { defaultChange, indicatorGroups, NATIONAL_KEY, provincesOf, targetChangesChart, targetsByProvince, type IndicatorGroupInfo } from '../../research/chartData';
import type { GoalRow } from '../../research/goalTable';
import type { IndicatorGroups } from '../../research/indicatorKey';
import { foldText } from '../../research/indicatorKey';
import { finalKey, type GroupEdit } from '../../annotations/indicatorGroupsFile';
import { parseHostMessage, parseSelection, type ChartSelection, type ChartWords, type WebviewMessage } from './protocol';

declare function acquireVsCodeApi(): { postMessage(m: WebviewMessage): void; getState(): unknown; setState(s: unknown): void };
const host = acquireVsCodeApi();

interface Saved { selection: ChartSelection; groupsOpen: boolean }
function restore(x: unknown): Saved {
  const o = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  return { selection: parseSelection(o.selection) ?? { view: 'provinces' }, groupsOpen: o.groupsOpen === true };
}
const saved = restore(host.getState());
let sel: ChartSelection = saved.selection;
let rows: GoalRow[] = [];
let groups: IndicatorGroups = {};
let lang: Lang = 'en';
let words: ChartWords = {};
let canEdit = false;
let received = false;
let infos: IndicatorGroupInfo[] = [];

/** A word of the page in the language the extension chose (English when it sent none), `{0}` filled. */
function w(key: string, ...args: Array<string | number>): string {
  return (words[key] ?? key).replace(/\{(\d+)\}/g, (m, i: string) => (+i < args.length ? String(args[+i]) : m));
}
const num = (v: number) => formatNumber(v, lang);
const provinceName = (p: string) => (p === NATIONAL_KEY ? w('National') : p);
const unitName = (u: string | undefined) => (u ? u : w('no unit'));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) e.append(c);
  return e;
}

// --- the page ------------------------------------------------------------------------------------------
const tabs = (['provinces', 'changes'] as const).map((view) => {
  const b = el('button', { id: `tab-${view}`, className: 'tab' });
  b.setAttribute('role', 'tab');
  b.dataset.view = view;
  b.addEventListener('click', () => { sel = { view, group: sel.group }; render(); });
  return b;
});
const tablist = el('div', { className: 'tabs' }, ...tabs);
tablist.setAttribute('role', 'tablist');
tablist.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  const next = sel.view === 'provinces' ? 'changes' : 'provinces';
  sel = { view: next, group: sel.group };
  render();
  document.getElementById(`tab-${next}`)?.focus();
  e.preventDefault();
});

function labelled(id: string, select: HTMLSelectElement): { label: HTMLLabelElement; text: HTMLSpanElement } {
  const text = el('span');
  select.id = id;
  return { label: el('label', { className: 'field' }, text, select), text };
}
const groupSelect = el('select');
const yearSelect = el('select');
const provinceSelect = el('select');
const unitSelect = el('select');
const groupField = labelled('group', groupSelect);
const yearField = labelled('year', yearSelect);
const provinceField = labelled('province', provinceSelect);
const unitField = labelled('unit', unitSelect);
const exportSvg = el('button', { id: 'exportSvg' });
const exportPng = el('button', { id: 'exportPng' });
const groupsToggle = el('button', { id: 'groupsToggle' });
const toolbar = el('div', { className: 'toolbar' }, tablist, el('span', { className: 'grow' }), exportSvg, exportPng, groupsToggle);
const fields = el('div', { className: 'toolbar fields' }, provinceField.label, groupField.label, yearField.label, unitField.label);
const chart = el('div', { id: 'chart', className: 'chart' });
chart.setAttribute('role', 'tabpanel');
const note = el('p', { id: 'note', className: 'note' });
note.setAttribute('aria-live', 'polite');
const editor = el('section', { id: 'groups', className: 'groups' });
document.body.append(toolbar, fields, chart, note, editor);

function fill(select: HTMLSelectElement, options: Array<{ value: string; label: string }>, value: string | undefined): void {
  select.replaceChildren(...options.map((o) => el('option', { value: o.value, textContent: o.label })));
  if (value !== undefined) select.value = value;
}

function save(): void { host.setState({ selection: sel, groupsOpen: !editor.hidden } satisfies Saved); }

// --- theme --------------------------------------------------------------------------------------------------
function themeColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}
function theme() {
  return {
    fg: themeColour('--vscode-editor-foreground', themeColour('--vscode-foreground', '#333')),
    bg: themeColour('--vscode-editor-background', '#fff'),
    muted: themeColour('--vscode-descriptionForeground', '#777'),
    grid: themeColour('--vscode-editorWidget-border', themeColour('--vscode-panel-border', '#ccc')),
    font: themeColour('--vscode-font-family', 'system-ui, sans-serif'),
    palette: ['blue', 'orange', 'green', 'red', 'purple', 'yellow'].map((c, i) => themeColour(`--vscode-charts-${c}`, ['#3794ff', '#d18616', '#89d185', '#f14c4c', '#b180d7', '#cca700'][i])),
  };
}
// VS Code sets the theme's variables on <html> and a class on <body>: a theme change draws again.
new MutationObserver(() => { if (received) draw(); }).observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
new MutationObserver(() => { if (received) draw(); }).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// --- the views --------------------------------------------------------------------------------------------
/** The marks (bars, points) of the chart drawn, each with the goal it shows. */
interface Tagged { id: string; label: string }

/** A Plot render transform that makes each bar or point a button naming its goal (Plot renders them in index order). */
function tagged(items: readonly Tagged[]): Plot.RenderFunction {
  return function (this: unknown, index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    const marks = Array.from(g.children).filter((c) => c.tagName === 'rect' || c.tagName === 'circle' || c.tagName === 'path');
    index.forEach((i, k) => {
      const m = marks[k];
      if (!m) return;
      m.setAttribute('data-id', items[i].id);
      m.setAttribute('role', 'button');
      m.setAttribute('tabindex', '-1');
      m.setAttribute('aria-label', w('{0}: click or Enter opens the evidence', items[i].label));
      m.classList.add('mark');
    });
    return g;
  } as Plot.RenderFunction;
}

let drawn: { svg: SVGSVGElement; name: string; title: string } | undefined;

function draw(): void {
  const width = Math.max(360, chart.clientWidth || document.body.clientWidth - 16);
  const th = theme();
  drawn = undefined;
  const nodes: Node[] = [];
  const noteText: string[] = [];
  if (!received || !infos.length) {
    chart.replaceChildren(el('p', { className: 'empty', textContent: received ? w('No quantitative goals in this workspace yet.') : w('Reading the workspace…') }));
    note.textContent = '';
    return;
  }
  const style = { color: th.fg, background: 'transparent', fontFamily: th.font, fontSize: '12px', overflow: 'visible' };
  const groupLabel = infos.find((g) => g.key === sel.group)?.label ?? sel.group ?? '';
  if (sel.view === 'provinces') {
    const data = targetsByProvince(rows, sel.group!, sel.year, sel.unit);
    const otherUnits = data.units.filter((u) => u.unit !== data.unit).map((u) => `${unitName(u.unit)} (${u.count})`);
    if (otherUnits.length) noteText.push(w('Also in other units: {0}.', otherUnits.join(', ')));
    const bars = data.bars;
    if (!bars.length) nodes.push(el('p', { className: 'empty', textContent: w('No goals for this choice.') }));
    else {
      const text = (b: (typeof bars)[number]) => (b.max !== undefined ? `${num(b.value)}–${num(b.max)}` : num(b.value));
      const items: Tagged[] = bars.map((b) => ({ id: b.rowId, label: `${b.province}: ${text(b)} ${b.unit}` }));
      const longest = Math.max(...bars.map((b) => b.province.length));
      const svg = Plot.plot({
        document, width, height: Math.max(140, bars.length * 30 + 70), marginLeft: Math.min(220, 16 + longest * 7.5), marginRight: 90, marginTop: 30,
        style, ariaLabel: `${w('Targets by province')}: ${groupLabel}, ${data.year ?? ''}`,
        x: { label: w('Target ({0})', unitName(data.unit)), grid: true, tickFormat: num, nice: true, labelAnchor: 'right' },
        y: { label: null, domain: bars.map((b) => b.province), tickSize: 0 },
        marks: [
          Plot.gridX({ stroke: th.grid, strokeOpacity: 0.6 }),
          Plot.barX(bars, { x: 'value', y: 'province', fill: th.palette[0], inset: 3, title: (b: (typeof bars)[number]) => barTitle(b, text(b)), render: tagged(items) }),
          Plot.text(bars, { x: 'value', y: 'province', text: text, dx: 6, textAnchor: 'start', fill: th.fg }),
          Plot.ruleX([0], { stroke: th.muted }),
        ],
      });
      nodes.push(svg);
    }
    drawn = nodes[0] instanceof Element && nodes[0].tagName === 'svg'
      ? { svg: nodes[0] as SVGSVGElement, name: `chitieu-targets-${groupLabel}-${data.year ?? ''}`, title: `${w('Targets by province')}: ${groupLabel}, ${data.year ?? ''} (${unitName(data.unit)})` } : undefined;
  } else {
    const data = targetChangesChart(rows, sel.province ?? NATIONAL_KEY, sel.group!, sel.unit);
    if (data.undated) noteText.push(w('{0} goals without a document date are left out (chitieu: Set Document Date).', data.undated));
    const otherUnits = data.units.filter((u) => u.unit !== data.unit).map((u) => `${unitName(u.unit)} (${u.count})`);
    if (otherUnits.length) noteText.push(w('Also in other units: {0}.', otherUnits.join(', ')));
    const points = data.series.flatMap((s) => s.points.map((p, i) => ({ ...p, year: s.year ? w('Deadline {0}', s.year) : w('no deadline'), change: i ? s.changes[i - 1] : undefined })));
    if (!points.length) nodes.push(el('p', { className: 'empty', textContent: w('No goals for this choice.') }));
    else {
      const names = data.series.map((s) => (s.year ? w('Deadline {0}', s.year) : w('no deadline')));
      const colour = (name: string) => th.palette[names.indexOf(name) % th.palette.length];
      const text = (p: (typeof points)[number]) => (p.max !== undefined ? `${num(p.value)}–${num(p.max)}` : num(p.value));
      const items: Tagged[] = points.map((p) => ({ id: p.rowId, label: `${p.year}, ${p.documentDate}: ${text(p)} ${data.unit ?? ''}` }));
      const last = data.series.map((s, i) => ({ ...s.points[s.points.length - 1], name: names[i] }));
      const dates = points.map((p) => p.time);
      const span = Math.max(...dates) - Math.min(...dates);
      const pad = Math.max(span * 0.08, 180 * 864e5);
      const svg = Plot.plot({
        document, width, height: 380, marginLeft: 80, marginRight: 110, marginTop: 30, marginBottom: 40,
        style, ariaLabel: `${w('Target changes')}: ${provinceName(data.province)}, ${groupLabel}`,
        x: { type: 'utc', label: w('Document date'), domain: [new Date(Math.min(...dates) - pad), new Date(Math.max(...dates) + pad)], ticks: 6, tickFormat: dateTick, labelAnchor: 'right' },
        y: { label: w('Target ({0})', unitName(data.unit)), grid: true, tickFormat: num, nice: true, zero: true },
        marks: [
          Plot.gridY({ stroke: th.grid, strokeOpacity: 0.6 }),
          Plot.line(points, { x: (p: (typeof points)[number]) => new Date(p.time), y: 'value', z: 'year', stroke: (p: (typeof points)[number]) => colour(p.year), strokeWidth: 2 }),
          Plot.dot(points, { x: (p: (typeof points)[number]) => new Date(p.time), y: 'value', fill: (p: (typeof points)[number]) => colour(p.year), stroke: th.bg, r: 6, title: (p: (typeof points)[number]) => pointTitle(p, text(p), data.unit), render: tagged(items) }),
          Plot.text(points, { x: (p: (typeof points)[number]) => new Date(p.time), y: 'value', text: text, dy: -12, fill: th.fg }),
          Plot.text(last, { x: (p: (typeof last)[number]) => new Date(p.time), y: 'value', text: 'name', dx: 12, textAnchor: 'start', fill: (p: (typeof last)[number]) => colour(p.name), fontWeight: 'bold' }),
        ],
      });
      nodes.push(svg);
      drawn = { svg: svg as SVGSVGElement, name: `chitieu-changes-${provinceName(data.province)}-${groupLabel}`, title: `${w('Target changes')}: ${provinceName(data.province)}, ${groupLabel} (${unitName(data.unit)})` };
    }
  }
  for (const n of nodes) if (n instanceof Element) Array.from(n.querySelectorAll('style')).forEach((s) => s.remove());
  chart.replaceChildren(...nodes);
  const first = chart.querySelector<SVGElement>('.mark');
  first?.setAttribute('tabindex', '0');
  note.textContent = noteText.join(' ');
  exportSvg.disabled = exportPng.disabled = !drawn;
}

function barTitle(b: ReturnType<typeof targetsByProvince>['bars'][number], value: string): string {
  return [`${b.province}: ${value} ${b.unit}`, `${b.document}${b.documentDate ? ` (${b.documentDate})` : ''}`, `“${b.evidence.replace(/\s+/g, ' ').slice(0, 300)}”`,
    ...(b.others ? [w('{0} more goals of this province in older documents', b.others)] : [])].join('\n');
}
function pointTitle(p: { year: string; documentDate: string; document: string; evidence: string; change?: string }, value: string, unit: string | undefined): string {
  return [`${p.year}: ${value} ${unit ?? ''}${p.change ? ` (${w(p.change)})` : ''}`, `${p.document} (${p.documentDate})`, `“${p.evidence.replace(/\s+/g, ' ').slice(0, 300)}”`].join('\n');
}
function dateTick(d: Date): string {
  const m = d.getUTCMonth() + 1;
  return m === 1 && d.getUTCDate() === 1 ? String(d.getUTCFullYear()) : `${String(m).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** The controls for the selection, then the chart. The selection falls back to what has most data. */
function render(): void {
  infos = indicatorGroups(rows);
  for (const b of tabs) {
    b.textContent = b.dataset.view === 'provinces' ? w('Targets by province') : w('Target changes');
    b.setAttribute('aria-selected', String(b.dataset.view === sel.view));
    b.tabIndex = b.dataset.view === sel.view ? 0 : -1;
  }
  tablist.setAttribute('aria-label', w('Chart view'));
  groupField.text.textContent = w('Indicator');
  yearField.text.textContent = w('Deadline year');
  provinceField.text.textContent = w('Province');
  unitField.text.textContent = w('Unit');
  exportSvg.textContent = w('Export SVG…');
  exportPng.textContent = w('Export PNG…');
  groupsToggle.textContent = w('Indicator groups…');
  groupsToggle.setAttribute('aria-expanded', String(!editor.hidden));
  chart.setAttribute('aria-label', w('Charts of the workspace goals'));
  if (received && infos.length) {
    if (sel.view === 'provinces') {
      if (!infos.some((g) => g.key === sel.group)) sel = { ...sel, group: infos[0].key, year: undefined, unit: undefined };
      fill(groupSelect, infos.map((g) => ({ value: g.key, label: `${g.label} · ${w('{0} provinces', g.provinces)}` })), sel.group);
      const data = targetsByProvince(rows, sel.group!, sel.year, sel.unit);
      sel = { ...sel, year: data.year, unit: data.unit };
      fill(yearSelect, data.years.map((y) => ({ value: y, label: y })), data.year);
      fill(unitSelect, data.units.map((u) => ({ value: u.unit, label: `${unitName(u.unit)} (${u.count})` })), data.unit);
    } else {
      const provinces = provincesOf(rows);
      if (!provinces.some((p) => p.province === sel.province)) {
        const d = defaultChange(rows);
        const keep = sel.group !== undefined && provincesOf(rows, sel.group)[0];
        sel = { ...sel, province: keep ? keep.province : d?.province ?? provinces[0]?.province, unit: undefined };
        if (!keep && d) sel.group = d.group;
      }
      fill(provinceSelect, provinces.map((p) => ({ value: p.province, label: `${provinceName(p.province)} (${p.count})` })), sel.province);
      const here = new Set(rows.filter((r) => (r.province ?? NATIONAL_KEY) === sel.province).map((r) => r.indicatorGroup));
      const ofProvince = infos.filter((g) => here.has(g.key));
      if (!ofProvince.some((g) => g.key === sel.group)) sel = { ...sel, group: ofProvince[0]?.key, unit: undefined };
      fill(groupSelect, ofProvince.map((g) => ({ value: g.key, label: `${g.label} · ${w('{0} goals', g.count)}` })), sel.group);
      const data = sel.group !== undefined ? targetChangesChart(rows, sel.province ?? NATIONAL_KEY, sel.group, sel.unit) : undefined;
      sel = { ...sel, unit: data?.unit };
      fill(unitSelect, (data?.units ?? []).map((u) => ({ value: u.unit, label: `${unitName(u.unit)} (${u.count})` })), data?.unit);
    }
  }
  yearField.label.hidden = sel.view !== 'provinces';
  provinceField.label.hidden = sel.view !== 'changes';
  unitField.label.hidden = unitSelect.options.length < 2;
  draw();
  renderEditor();
  save();
}

// --- merging and splitting indicator groups -----------------------------------------------------------------
function edit(e: GroupEdit): void {
  if (e.kind === 'merge') sel = { ...sel, group: e.into, year: undefined, unit: undefined };
  save();
  host.postMessage({ type: 'editGroups', edit: e });
}

function renderEditor(): void {
  const g = infos.find((x) => x.key === sel.group);
  if (editor.hidden || !g) { editor.replaceChildren(); return; }
  const button = (text: string, title: string, e: GroupEdit, disabled = false) => {
    const b = el('button', { textContent: text, title, disabled: disabled || !canEdit });
    b.addEventListener('click', () => edit(e));
    return b;
  };
  const phrases = el('ul', {}, ...g.phrases.map((p) => el('li', {}, el('span', { textContent: `${p.text} (${p.count})` }),
    button(w('Separate'), w('Give this phrase a group of its own'), { kind: 'separate', phrase: p.text }, foldText(p.text) === g.key || g.phrases.length < 2))));
  const others = infos.filter((x) => x.key !== g.key);
  const into = el('select', { id: 'mergeInto' });
  into.setAttribute('aria-label', w('Merge this group into'));
  fill(into, others.map((x) => ({ value: x.key, label: x.label })), undefined);
  const mergeButton = el('button', { id: 'merge', textContent: w('Merge'), disabled: !canEdit || !others.length });
  mergeButton.addEventListener('click', () => { if (into.value) edit({ kind: 'merge', from: g.key, into: into.value }); });
  const merged = Object.keys(groups.merge ?? {}).filter((k) => finalKey(groups, k) === g.key);
  const separated = (groups.split ?? []).filter((s) => g.phrases.some((p) => foldText(p.text) === s));
  editor.replaceChildren(
    el('h2', { textContent: `${w('Indicator groups…').replace(/…$/, '')}: ${g.label}` }),
    el('h3', { textContent: w('Phrases in this group') }), phrases,
    el('div', { className: 'row' }, el('span', { textContent: w('Merge this group into') }), into, mergeButton),
    ...(merged.length ? [el('h3', { textContent: w('Groups merged into this one') }),
      el('ul', {}, ...merged.map((k) => el('li', {}, el('span', { textContent: k }), button(w('Unmerge'), w('Unmerge'), { kind: 'unmerge', key: k }))))] : []),
    ...(separated.length ? [el('h3', { textContent: w('Separated phrases') }),
      el('ul', {}, ...separated.map((s) => el('li', {}, el('span', { textContent: s }), button(w('Rejoin automatic group'), w('Rejoin automatic group'), { kind: 'rejoin', phrase: s }))))] : []),
    el('p', { className: 'note', textContent: canEdit ? w('Corrections are saved in .chitieu/indicator-groups.json.') : w('Groups cannot be edited: {0}', words.cannotEdit ?? '') }),
  );
}

// --- exporting -----------------------------------------------------------------------------------------------
const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 32;
/** The chart as a standalone SVG: a title line above it, the theme's background drawn in, sizes set, what only the page needs removed. */
function standaloneSvg(svg: SVGSVGElement, title: string): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width')) || svg.clientWidth, height = (Number(svg.getAttribute('height')) || svg.clientHeight) + TITLE_HEIGHT;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0,${TITLE_HEIGHT})`);
  body.append(...Array.from(clone.childNodes));
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '8');
  heading.setAttribute('y', '20');
  heading.setAttribute('text-anchor', 'start');
  heading.setAttribute('font-size', '15');
  heading.setAttribute('font-weight', 'bold');
  heading.textContent = title;
  clone.append(heading, body);
  Array.from(clone.querySelectorAll('[tabindex]')).forEach((m) => { m.removeAttribute('tabindex'); m.removeAttribute('role'); m.classList.remove('mark'); });
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', theme().bg);
  clone.insertBefore(bg, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

function exportChart(format: 'svg' | 'png'): void {
  if (!drawn) return;
  const { text, width, height } = standaloneSvg(drawn.svg, drawn.title);
  const name = drawn.name;
  if (format === 'svg') { host.postMessage({ type: 'export', format, name, data: text }); return; }
  // PNG: the SVG drawn on a canvas at twice its size (an image from a blob: URL, allowed by the page's CSP).
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const img = new Image();
  img.onload = () => {
    const scale = 2;
    const canvas = el('canvas', { width: width * scale, height: height * scale });
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    URL.revokeObjectURL(url);
    host.postMessage({ type: 'export', format, name, data: canvas.toDataURL('image/png') });
  };
  img.onerror = () => URL.revokeObjectURL(url);
  img.src = url;
}

// --- events ------------------------------------------------------------------------------------------------
groupSelect.addEventListener('change', () => { sel = { ...sel, group: groupSelect.value, year: sel.view === 'provinces' ? undefined : sel.year, unit: undefined }; render(); });
yearSelect.addEventListener('change', () => { sel = { ...sel, year: yearSelect.value, unit: undefined }; render(); });
provinceSelect.addEventListener('change', () => { sel = { ...sel, province: provinceSelect.value, unit: undefined }; render(); });
unitSelect.addEventListener('change', () => { sel = { ...sel, unit: unitSelect.value }; render(); });
exportSvg.addEventListener('click', () => exportChart('svg'));
exportPng.addEventListener('click', () => exportChart('png'));
groupsToggle.addEventListener('click', () => { editor.hidden = !editor.hidden; render(); });
editor.hidden = !saved.groupsOpen;

chart.addEventListener('click', (e) => {
  const m = (e.target as Element).closest('.mark');
  const id = m?.getAttribute('data-id');
  if (id) host.postMessage({ type: 'open', id });
});
chart.addEventListener('keydown', (e) => {
  const marks = Array.from(chart.querySelectorAll<SVGElement>('.mark'));
  const at = marks.indexOf(document.activeElement as SVGElement);
  if (at < 0) return;
  let to = at;
  switch (e.key) {
    case 'ArrowRight': case 'ArrowDown': to = Math.min(marks.length - 1, at + 1); break;
    case 'ArrowLeft': case 'ArrowUp': to = Math.max(0, at - 1); break;
    case 'Home': to = 0; break;
    case 'End': to = marks.length - 1; break;
    case 'Enter': case ' ': { const id = marks[at].getAttribute('data-id'); if (id) host.postMessage({ type: 'open', id }); e.preventDefault(); return; }
    default: return;
  }
  e.preventDefault();
  marks[at].setAttribute('tabindex', '-1');
  marks[to].setAttribute('tabindex', '0');
  marks[to].focus();
});
let resizing: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => { clearTimeout(resizing); resizing = setTimeout(draw, 100); });

window.addEventListener('message', (e: MessageEvent) => {
  const m = parseHostMessage(e.data);
  if (!m) return; // not ours, or malformed: ignored
  if (m.type === 'show') { sel = m.selection; if (received) render(); else save(); return; }
  received = true;
  rows = m.rows;
  groups = m.groups;
  lang = m.lang;
  words = m.words;
  canEdit = m.canEdit;
  document.documentElement.lang = lang;
  render();
});

render();
host.postMessage({ type: 'ready' });
