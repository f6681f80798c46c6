// As-is and to-be side by side: the elements removed, added and changed highlighted on both diagrams (by element
// id, as the server's comparison matches them), the metric deltas in a table, and both views scrolled together.
import { api, params } from './kit/api.js';
import { $, el } from './kit/dom.js';
import { onLanguage, showMissing, showPage, texts } from './kit/i18n.js';
import { retranslate, translateModule } from './bpmn/translate.js';
import { typeName } from './bpmn/types.js';

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
  nothing: ['(không có)', '(none)']
});
showPage(t);
const code = params.get('code');
const enc = encodeURIComponent;
const METRICS = ['activities', 'applicantTouchpoints', 'inPersonVisits', 'handOffs', 'documentsRequested', 'waits',
  'gateways', 'events'];
const state = {};

function mark(viewer, ids, marker) {
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  ids.forEach((id) => { if (registry.get(id)) canvas.addMarker(id, marker); });
}

/** Keeps the two views on the same zoom and scroll. */
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
}

function render() {
  const c = state.comparison;
  if (!c) return;
  const [before, after] = t('titleOf', '\u0000').split('\u0000');
  $('title').replaceChildren(before, el('span', { translate: false }, state.name || code), after);
  $('as-is-title').textContent = t('versionOf', t('asIs'), c.asIs.version);
  $('to-be-title').textContent = t('versionOf', t('toBe'), c.toBe.version);
  $('metrics').replaceChildren(
    el('thead', {}, el('tr', {}, el('th', {}, t('metric')), el('th', { className: 'num' }, t('asIs')),
      el('th', { className: 'num' }, t('toBe')), el('th', { className: 'num' }, t('delta')))),
    el('tbody', {}, METRICS.map((m) => {
      const delta = c.deltas[m];
      return el('tr', { dataset: { metric: m } }, el('td', {}, t(m)), el('td', { className: 'num' }, c.asIs.metrics[m]),
        el('td', { className: 'num' }, c.toBe.metrics[m]),
        el('td', { className: 'num delta ' + (delta < 0 ? 'down' : delta > 0 ? 'up' : '') }, delta > 0 ? '+' + delta : delta));
    })));
  const list = (key) => {
    const items = c.elements[key] || [];
    return [el('h4', {}, `${t(key)} (${items.length})`), items.length
      ? el('table', { className: 'data elements ' + key }, el('tbody', {}, items.map((e) => el('tr', { dataset: { id: e.id } },
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

async function load() {
  try {
    const [procedure, comparison] = await Promise.all([api('/api/procedures/' + enc(code)),
      api(`/api/procedures/${enc(code)}/compare`)]);
    state.name = procedure.name;
    state.comparison = comparison;
    $('back').textContent = code;
    $('back').href = '/procedure.html?code=' + enc(code);
    render();
    const base = `/api/procedures/${enc(code)}/models`;
    const [asIsXml, toBeXml] = await Promise.all([
      api(`${base}/AS_IS/versions/${comparison.asIs.version}`), api(`${base}/TO_BE/versions/${comparison.toBe.version}`)]);
    const asIs = ProcedoBpmn.createViewer($('as-is'), [translateModule]);
    const toBe = ProcedoBpmn.createViewer($('to-be'), [translateModule]);
    // a model without diagram interchange is drawn with a layout made here (not stored)
    await asIs.importXML((await ProcedoBpmn.withLayout(asIsXml)).xml);
    await toBe.importXML((await ProcedoBpmn.withLayout(toBeXml)).xml);
    // Pools and lanes are listed in the table but not filled on the diagrams, where they would cover everything.
    const ids = (key) => (comparison.elements[key] || []).filter((e) => !/participant|lane/i.test(e.type || ''))
      .map((e) => e.id);
    mark(asIs, ids('removed'), 'diff-removed');
    mark(toBe, ids('added'), 'diff-added');
    mark(asIs, ids('changed'), 'diff-changed');
    mark(toBe, ids('changed'), 'diff-changed');
    asIs.get('canvas').zoom('fit-viewport');
    toBe.get('canvas').zoom('fit-viewport');
    synchronize(asIs, toBe);
    $('as-is').viewer = asIs;
    $('to-be').viewer = toBe;
    document.body.dataset.ready = 'true';
  } catch (e) {
    $('error').textContent = e.message;
  }
}

onLanguage(() => {
  render();
  ['as-is', 'to-be'].forEach((id) => { if ($(id).viewer) retranslate($(id).viewer); });
});
if (code) load();
else showMissing($('error'), 'procedure');
