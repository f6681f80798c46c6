// As-is and to-be side by side: the elements removed, added and changed highlighted on both diagrams (by element
// id, as the server's comparison matches them), the metric deltas in a table, and both views scrolled together.
(function () {
  Procedo.addTexts({
    vi: { asIs: 'Hiện trạng', toBe: 'Sau đơn giản hóa', legendRemoved: 'Bỏ đi', legendAdded: 'Thêm mới',
      legendChanged: 'Thay đổi', metricsTitle: 'Chỉ số', elementsTitle: 'Khác biệt theo phần tử', metric: 'Chỉ số',
      delta: 'Chênh lệch', activities: 'Hoạt động', applicantTouchpoints: 'Bước của người nộp',
      inPersonVisits: 'Lần đến trực tiếp', handOffs: 'Chuyển giao giữa bộ phận', documentsRequested: 'Giấy tờ yêu cầu',
      waits: 'Chờ đợi', gateways: 'Cổng rẽ nhánh', events: 'Sự kiện', added: 'Thêm mới', removed: 'Bỏ đi', changed: 'Thay đổi',
      none: 'Không có.', titleOf: (name) => `So sánh quy trình: ${name}`, versionOf: (label, v) => `${label} — v${v}`,
      element: 'Phần tử', type: 'Loại', name: 'Tên', what: 'Thay đổi gì' },
    en: { asIs: 'As-is', toBe: 'To-be', legendRemoved: 'Removed', legendAdded: 'Added', legendChanged: 'Changed',
      metricsTitle: 'Metrics', elementsTitle: 'Element differences', metric: 'Metric', delta: 'Delta',
      activities: 'Activities', applicantTouchpoints: 'Applicant touchpoints', inPersonVisits: 'In-person visits',
      handOffs: 'Hand-offs', documentsRequested: 'Documents requested', waits: 'Waits', gateways: 'Gateways',
      events: 'Events', added: 'Added', removed: 'Removed', changed: 'Changed', none: 'None.',
      titleOf: (name) => `Compare the process: ${name}`, versionOf: (label, v) => `${label} — v${v}`,
      element: 'Element', type: 'Type', name: 'Name', what: 'What changed' }
  });
  const { t, el, api } = Procedo;
  const $ = (id) => document.getElementById(id);
  const code = Procedo.params.get('code');
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
    $('title').textContent = t('titleOf', state.name || code);
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
          el('td', {}, el('code', {}, e.id)), el('td', {}, (e.type || '').replace('bpmn:', '')), el('td', {}, e.name || ''),
          el('td', {}, (e.changes || []).join('; '))))))
        : el('p', {}, t('none'))];
    };
    $('elements').replaceChildren(...list('removed'), ...list('added'), ...list('changed'));
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
      const asIs = window.ProcedoBpmn.createViewer($('as-is'));
      const toBe = window.ProcedoBpmn.createViewer($('to-be'));
      await asIs.importXML(asIsXml);
      await toBe.importXML(toBeXml);
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
      window.procedoCompare = { asIs, toBe };
      document.body.dataset.ready = 'true';
    } catch (e) {
      $('error').textContent = e.message;
    }
  }

  Procedo.onLanguage(render);
  load();
})();
