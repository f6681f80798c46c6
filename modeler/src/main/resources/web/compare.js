// As-is and to-be side by side — or any two versions of either model, picked above the diagrams and carried in the
// page's address (?from=AS_IS:2&to=TO_BE:5; latest as-is against latest to-be by default): the elements removed, added
// and changed highlighted on both diagrams (by element id, as the server's comparison matches them), the metric deltas
// in a table, both views zoomed and scrolled together, and a difference clicked in the list marked on both diagrams;
// below, the simulation of both versions side by side (./simulation/compare-section.js).
import { api, params } from './kit/api.js';
import { $, el } from './kit/dom.js';
import { dateTime } from './kit/format.js';
import { onLanguage, showMissing, showPage, texts } from './kit/i18n.js';
import { retranslate, translateModule } from './bpmn/translate.js';
import { typeName } from './bpmn/types.js';
import { renderSimulation, showSimulation } from './simulation/compare-section.js';

const t = texts('compare', {
  asIs: ['Hiện trạng', 'As-is'],
  toBe: ['Sau đơn giản hóa', 'To-be'],
  legendRemoved: ['Bỏ đi', 'Removed'],
  legendAdded: ['Thêm mới', 'Added'],
  legendChanged: ['Thay đổi', 'Changed'],
  metricsTitle: ['Chỉ số', 'Metrics'],
  elementsTitle: ['Khác biệt theo phần tử', 'Element differences'],
  metric: ['Chỉ số', 'Metric'],
  delta: ['Chênh lệch', 'Delta'],
  added: ['Thêm mới', 'Added'],
  removed: ['Bỏ đi', 'Removed'],
  changed: ['Thay đổi', 'Changed'],
  none: ['Không có.', 'None.'],
  titleOf: [(name) => `So sánh quy trình: ${name}`, (name) => `Compare the process: ${name}`],
  versionOf: [(label, v) => `${label} — v${v}`, (label, v) => `${label} — v${v}`],
  element: ['Phần tử', 'Element'],
  type: ['Loại', 'Type'],
  name: ['Tên', 'Name'],
  what: ['Thay đổi gì', 'What changed'],
  'fields.name': ['Tên', 'Name'],
  'fields.type': ['Loại', 'Type'],
  'fields.lane': ['Làn', 'Lane'],
  nothing: ['(không có)', '(none)'],
  pickFrom: ['So sánh phiên bản', 'Compare version'],
  pickTo: ['với phiên bản', 'with version'],
  option: [(label, v, when) => `${label} — v${v} (${when})`, (label, v, when) => `${label} — v${v} (${when})`],
  zoomIn: ['Phóng to', 'Zoom in'],
  zoomOut: ['Thu nhỏ', 'Zoom out'],
  zoomFit: ['Vừa khung', 'Fit'],
  elementsHelp: ['Bấm vào một dòng để đánh dấu phần tử đó trên cả hai sơ đồ.', 'Click a row to mark that element on both diagrams.'],
  AS_IS: ['Hiện trạng', 'As-is'],
  TO_BE: ['Sau đơn giản hóa', 'To-be']
});
showPage(t);
const code = params.get('code');
const enc = encodeURIComponent;
const METRICS = ['activities', 'applicantTouchpoints', 'inPersonVisits', 'handOffs', 'documentsRequested', 'waits',
  'gateways', 'events'];
const state = { versions: { AS_IS: [], TO_BE: [] }, asked: null, comparison: null, focus: null };
const ZOOM_STEP = 1.25;

function mark(viewer, ids, marker) {
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  ids.forEach((id) => { if (registry.get(id)) canvas.addMarker(id, marker); });
}

/** Keeps the two views on the same zoom and scroll, except while apart() runs. */
function synchronize(a, b) {
  let busy = false;
  const follow = (from, to) => from.on('canvas.viewbox.changed', ({ viewbox }) => {
    if (busy) return;
    busy = true;
    to.get('canvas').viewbox({ x: viewbox.x, y: viewbox.y, width: viewbox.width, height: viewbox.height });
    busy = false;
  });
  follow(a, b);
  follow(b, a);
  return {
    apart(fn) {
      busy = true;
      try { fn(); } finally { busy = false; }
    }
  };
}

/** The version a side of the address names ({kind, version}; version null for the latest), or fallback. */
function sideOf(param, fallback) {
  const m = /^(AS_IS|TO_BE)(?::(\d+))?$/.exec((params.get(param) || '').toUpperCase());
  return m ? { kind: m[1], version: m[2] ? Number(m[2]) : null } : fallback;
}

const refOf = (side) => side.kind + (side.version ? ':' + side.version : '');
const sideLabel = (side) => t('versionOf', t(side.kind), side.version);

/** The version a side stands for: the one asked for, or for the latest the last one listed. */
function resolved(side) {
  const listed = state.versions[side.kind];
  return side.version || !listed.length ? side : { kind: side.kind, version: listed[listed.length - 1].version };
}

/** The two pickers: every version of both models, newest first, the compared (or asked for) ones selected. */
function renderPickers() {
  const c = state.comparison || { asIs: resolved(state.asked.from), toBe: resolved(state.asked.to) };
  const options = (selected) => ['AS_IS', 'TO_BE'].flatMap((kind) => state.versions[kind].slice().reverse()
    .map((v) => el('option', { value: `${kind}:${v.version}`, selected: selected && selected.kind === kind && selected.version === v.version },
      t('option', t(kind), v.version, dateTime(v.createdAt)))));
  $('pick-from').replaceChildren(...options(c.asIs));
  $('pick-to').replaceChildren(...options(c.toBe));
}

function render() {
  const c = state.comparison;
  if (!c) return;
  const [before, after] = t('titleOf', '\u0000').split('\u0000');
  $('title').replaceChildren(before, el('span', { translate: false }, state.name || code), after);
  $('as-is-title').textContent = sideLabel(c.asIs);
  $('to-be-title').textContent = sideLabel(c.toBe);
  renderPickers();
  renderZoom();
  $('metrics').replaceChildren(
    el('thead', {}, el('tr', {}, el('th', {}, t('metric')), el('th', { className: 'num' }, sideLabel(c.asIs)),
      el('th', { className: 'num' }, sideLabel(c.toBe)), el('th', { className: 'num' }, t('delta')))),
    el('tbody', {}, METRICS.map((m) => {
      const delta = c.deltas[m];
      return el('tr', { dataset: { metric: m } }, el('td', {}, t(m)), el('td', { className: 'num' }, c.asIs.metrics[m]),
        el('td', { className: 'num' }, c.toBe.metrics[m]),
        el('td', { className: 'num delta ' + (delta < 0 ? 'down' : delta > 0 ? 'up' : '') }, delta > 0 ? '+' + delta : delta));
    })));
  const list = (key) => {
    const items = c.elements[key] || [];
    return [el('h4', {}, `${t(key)} (${items.length})`), items.length
      ? el('table', { className: 'data elements ' + key }, el('tbody', {}, items.map((e) => el('tr', {
        className: 'item' + (state.focus === e.id ? ' focused' : ''), dataset: { id: e.id }, tabIndex: 0,
        onclick: () => focus(e.id), onkeydown: (ev) => { if (ev.key === 'Enter') focus(e.id); } },
        el('td', { dataset: { type: e.type || '' } }, typeName(e.type)),
        el('td', { translate: false }, e.name || el('code', {}, e.id)), el('td', {}, changesOf(e))))))
      : el('p', {}, t('none'))];
  };
  $('elements').replaceChildren(...list('removed'), ...list('added'), ...list('changed'));
}

/** How a changed element differs, one line per field: "Loại: Nhiệm vụ → Nhiệm vụ người dùng". */
function changesOf(element) {
  if (!element.details) return (element.changes || []).join('; ');
  const value = (field, v) => {
    if (v === null || v === undefined) return t('nothing');
    // a name from the model is data, not the page's words
    return field === 'type' ? typeName(v) : el('span', { translate: false }, `«${v}»`);
  };
  return element.details.flatMap((d, i) => [i ? '; ' : '', `${t.of('fields', d.field)}: `, value(d.field, d.from), ' → ',
    value(d.field, d.to)]);
}

/** The zoom buttons of both diagrams: in, out, fit (the other diagram follows). */
function renderZoom() {
  document.querySelectorAll('.zoom[data-for]').forEach((box) => {
    const canvas = () => $(box.dataset.for).viewer && $(box.dataset.for).viewer.get('canvas');
    const button = (action, label, text, zoom) => el('button', { type: 'button', className: 'secondary', title: t(label),
      'aria-label': t(label), dataset: { zoom: action }, onclick: () => { if (canvas()) zoom(canvas()); } }, text);
    box.replaceChildren(
      button('in', 'zoomIn', '+', (c) => c.zoom(c.zoom() * ZOOM_STEP, 'auto')), ' ',
      button('out', 'zoomOut', '−', (c) => c.zoom(c.zoom() / ZOOM_STEP, 'auto')), ' ',
      button('fit', 'zoomFit', t('zoomFit'), (c) => c.zoom('fit-viewport', 'auto')));
  });
}

/** Marks the element with this id on both diagrams (where it is) and scrolls each diagram to it. */
function focus(id) {
  state.focus = id;
  document.querySelectorAll('table.elements tr[data-id]').forEach((row) => row.classList.toggle('focused', row.dataset.id === id));
  const viewers = ['as-is', 'to-be'].map((side) => $(side).viewer).filter((v) => v);
  state.sync.apart(() => viewers.forEach((viewer) => {
    const canvas = viewer.get('canvas');
    viewer.get('elementRegistry').forEach((element) => canvas.removeMarker(element, 'diff-focus'));
    const element = viewer.get('elementRegistry').get(id);
    if (!element) return;
    canvas.addMarker(element, 'diff-focus');
    if (element.parent) canvas.scrollToElement(element);
  }));
  $('as-is').scrollIntoView({ block: 'nearest' });
}

async function loadVersions() {
  const base = `/api/procedures/${enc(code)}/models`;
  const [asIs, toBe] = await Promise.all(['AS_IS', 'TO_BE'].map((kind) => api(`${base}/${kind}/versions`).catch(() => [])));
  state.versions = { AS_IS: asIs, TO_BE: toBe };
}

/** Compares the two versions the address names and shows them. */
async function compare() {
  document.body.dataset.ready = 'false';
  $('error').textContent = '';
  const from = sideOf('from', { kind: 'AS_IS', version: params.get('asIs') ? Number(params.get('asIs')) : null });
  const to = sideOf('to', { kind: 'TO_BE', version: params.get('toBe') ? Number(params.get('toBe')) : null });
  state.asked = { from, to };
  state.comparison = null;
  renderPickers();
  const comparison = await api(`/api/procedures/${enc(code)}/compare?from=${enc(refOf(from))}&to=${enc(refOf(to))}`);
  state.comparison = comparison;
  state.focus = null;
  render();
  const base = `/api/procedures/${enc(code)}/models`;
  const [asIsXml, toBeXml] = await Promise.all([
    api(`${base}/${comparison.asIs.kind}/versions/${comparison.asIs.version}`),
    api(`${base}/${comparison.toBe.kind}/versions/${comparison.toBe.version}`)]);
  if (!$('as-is').viewer) {
    $('as-is').viewer = ProcedoBpmn.createViewer($('as-is'), [translateModule]);
    $('to-be').viewer = ProcedoBpmn.createViewer($('to-be'), [translateModule]);
    state.sync = synchronize($('as-is').viewer, $('to-be').viewer);
  }
  const asIs = $('as-is').viewer;
  const toBe = $('to-be').viewer;
  // a model without diagram interchange is drawn with a layout made here (not stored)
  await asIs.importXML((await ProcedoBpmn.withLayout(asIsXml)).xml);
  await toBe.importXML((await ProcedoBpmn.withLayout(toBeXml)).xml);
  // Pools and lanes are listed in the table but not filled on the diagrams, where they would cover everything.
  const ids = (key) => (comparison.elements[key] || []).filter((e) => !/participant|lane/i.test(e.type || ''))
    .map((e) => e.id);
  await showSimulation(code, comparison.asIs, comparison.toBe)
    .catch((e) => { $('simulation').append(el('p', { className: 'error' }, e.message)); });
  mark(asIs, ids('removed'), 'diff-removed');
  mark(toBe, ids('added'), 'diff-added');
  mark(asIs, ids('changed'), 'diff-changed');
  mark(toBe, ids('changed'), 'diff-changed');
  state.sync.apart(() => {
    asIs.get('canvas').zoom('fit-viewport');
    toBe.get('canvas').zoom('fit-viewport');
  });
  document.body.dataset.ready = 'true';
}

/** The pickers changed: the address says the new pair (so it can be shared), then both sides are read again. */
async function pick() {
  const next = new URLSearchParams({ code, from: $('pick-from').value, to: $('pick-to').value });
  history.replaceState(null, '', '?' + next);
  ['asIs', 'toBe', 'from', 'to'].forEach((name) => params.delete(name));
  next.forEach((value, name) => params.set(name, value));
  try {
    await compare();
  } catch (e) {
    $('error').textContent = e.message;
  }
}

async function load() {
  try {
    const [procedure] = await Promise.all([api('/api/procedures/' + enc(code)), loadVersions()]);
    state.name = procedure.name;
    $('back').textContent = code;
    $('back').href = '/procedure.html?code=' + enc(code);
    $('pick').addEventListener('change', pick);
    await compare();
  } catch (e) {
    $('error').textContent = e.message;
  }
}

onLanguage(() => {
  render();
  renderSimulation();
  if (state.asked && !state.comparison) renderPickers();
  ['as-is', 'to-be'].forEach((id) => { if ($(id).viewer) retranslate($(id).viewer); });
});
if (code) load();
else showMissing($('error'), 'procedure');
