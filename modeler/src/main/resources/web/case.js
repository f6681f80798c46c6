// A case (one dossier): its summary with the legal due date, its open tasks, its history as a timeline and the
// data received, labelled from the procedure's start form.
(function () {
  Procedo.addTexts({
    vi: {
      csTitle: 'Hồ sơ', csProcedure: 'Thủ tục', csLocality: 'Địa phương', csChannel: 'Kênh nộp', csState: 'Trạng thái',
      csVersion: 'Phiên bản quy trình', csStarted: 'Tiếp nhận lúc', csDue: 'Hạn giải quyết', csEnded: 'Kết thúc lúc',
      csEndName: 'Kết quả', csCycle: 'Thời gian giải quyết', csOpenTasks: 'Công việc đang mở', csNoOpen: 'Không còn công việc nào đang mở.',
      csTaskList: 'Xem trong danh sách công việc', csTask: 'Công việc', csGroups: 'Nhóm xử lý', csAssignee: 'Người xử lý',
      csTaskDue: 'Hạn xử lý', csHistory: 'Quá trình xử lý', csStep: 'Bước', csType: 'Loại', csBegan: 'Bắt đầu',
      csFinished: 'Kết thúc', csBy: 'Người thực hiện', csTook: 'Thời gian', csData: 'Thông tin đã kê khai',
      csField: 'Trường', csValue: 'Giá trị', csNoData: 'Không có dữ liệu.', csRunning: 'đang thực hiện', csRefresh: 'Làm mới',
      csStartAnother: 'Tiếp nhận hồ sơ khác', csUnassigned: 'chưa ai nhận'
    },
    en: {
      csTitle: 'Case', csProcedure: 'Procedure', csLocality: 'Locality', csChannel: 'Channel', csState: 'State',
      csVersion: 'Workflow version', csStarted: 'Received', csDue: 'Due', csEnded: 'Ended', csEndName: 'Outcome',
      csCycle: 'Cycle time', csOpenTasks: 'Open tasks', csNoOpen: 'No open task.', csTaskList: 'Show in the task list',
      csTask: 'Task', csGroups: 'Groups', csAssignee: 'Assignee', csTaskDue: 'Due', csHistory: 'History', csStep: 'Step',
      csType: 'Type', csBegan: 'Started', csFinished: 'Ended', csBy: 'By', csTook: 'Took', csData: 'Data received',
      csField: 'Field', csValue: 'Value', csNoData: 'No data.', csRunning: 'running', csRefresh: 'Refresh',
      csStartAnother: 'Receive another dossier', csUnassigned: 'unassigned'
    }
  });
  const { t, el, api } = Procedo;
  const W = window.ProcedoWorkflow;
  const $ = (id) => document.getElementById(id);
  const enc = encodeURIComponent;
  const id = Procedo.params.get('id');
  const state = { view: null, procedure: null, labels: {} };

  function showError(e) { $('error').textContent = e ? e.message : ''; }

  const hoursBetween = (a, b) => (a && b) ? (new Date(b) - new Date(a)) / 3600000 : null;

  function table(headers, rows, attrs) {
    return el('table', Object.assign({ className: 'data' }, attrs || {}),
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, t(h))))),
      el('tbody', {}, rows));
  }

  function renderSummary() {
    const s = state.view.summary;
    const p = state.procedure;
    $('case-id').textContent = s.id;
    document.title = 'Procedo — ' + t('csTitle') + ' ' + W.shortId(s.id);
    const facts = [
      ['procedure', 'csProcedure', [el('a', { href: '/procedure.html?code=' + enc(s.procedureCode) }, s.procedureCode),
        p ? ' — ' + p.name : '']],
      ['locality', 'csLocality', W.localityName(s.locality)],
      ['channel', 'csChannel', W.channelName(s.channel)],
      ['state', 'csState', [el('span', { className: 'wf-state ' + s.state.toLowerCase(), id: 'case-state', dataset: { state: s.state } },
        W.stateName(s.state)), ...W.badges(s)]],
      ['version', 'csVersion', 'v' + s.workflowVersion],
      ['started', 'csStarted', W.when(s.startedAt)],
      ['due', 'csDue', [el('span', { className: 'when', id: 'due-at' }, W.when(s.dueAt)), ` (${t('wfWorkingDays', s.processingDays)})`]],
      ['ended', 'csEnded', s.endedAt ? W.when(s.endedAt) : null],
      ['cycle', 'csCycle', s.endedAt ? W.hoursAndDays(hoursBetween(s.startedAt, s.endedAt)) : null],
      ['endName', 'csEndName', s.endName || null]
    ].filter(([, , v]) => v !== null && v !== '');
    $('summary').replaceChildren(el('dl', { className: 'facts' },
      facts.flatMap(([k, label, v]) => [el('dt', {}, t(label)), el('dd', { dataset: { fact: k } }, v)])),
    el('p', { className: 'cs-actions' },
      el('button', { type: 'button', className: 'secondary', id: 'refresh', onclick: load }, t('csRefresh')), ' ',
      el('a', { className: 'button secondary', href: '/start.html?code=' + enc(s.procedureCode) + '&locality=' + enc(s.locality || '') },
        t('csStartAnother'))));
  }

  function renderOpenTasks() {
    const v = state.view;
    const list = v.openTasks || [];
    const link = el('a', { id: 'task-list-link', className: 'button secondary',
      href: `/tasks.html?procedureCode=${enc(v.summary.procedureCode)}&case=${enc(v.summary.id)}` }, t('csTaskList'));
    $('open-tasks').replaceChildren(el('h3', {}, t('csOpenTasks')), list.length
      ? table(['csTask', 'csGroups', 'csAssignee', 'csTaskDue'], list.map((task) => el('tr', { dataset: { task: task.id, activity: task.activityId } },
        el('td', {}, task.name || task.activityId), el('td', {}, (task.candidateGroups || []).map(W.groupName).join(', ')),
        el('td', {}, task.assignee || el('span', { className: 'note' }, t('csUnassigned'))),
        el('td', {}, W.when(task.dueAt), ...W.badges(task)))), { id: 'open-task-table' })
      : el('p', { className: 'note' }, t('csNoOpen')),
    ...(list.length ? [el('p', {}, link)] : []));
  }

  function renderHistory() {
    const rows = (state.view.history || []).map((e) => el('tr', { className: 'step ' + (e.endedAt ? 'ended' : 'running'),
      dataset: { activity: e.activityId, type: e.type } },
    el('td', { className: 'tl', title: e.activityId }, el('span', { className: 'tl-dot' }),
      e.name || el('span', { className: 'note' }, e.activityId)),
    el('td', {}, W.typeName(e.type)),
    el('td', {}, W.when(e.startedAt)),
    el('td', {}, e.endedAt ? W.when(e.endedAt) : el('span', { className: 'note' }, t('csRunning'))),
    el('td', { className: 'num' }, e.endedAt ? W.duration(hoursBetween(e.startedAt, e.endedAt)) : ''),
    el('td', {}, e.user || '')));
    $('history').replaceChildren(el('h3', {}, t('csHistory')),
      table(['csStep', 'csType', 'csBegan', 'csFinished', 'csTook', 'csBy'], rows, { id: 'history-table' }));
  }

  // ---- the data, labelled from the start form
  /** Each keyed field of the start form by its data path: label (with its group's), options, section, order. */
  function indexLabels(components, prefix, groupLabel, section, out) {
    (components || []).forEach((c) => {
      const path = c.path ? [...prefix, ...c.path.split('.')] : prefix;
      const label = c.label || c.dateLabel || c.key;
      if (c.key) {
        const options = c.values ? Object.fromEntries(c.values.map((v) => [String(v.value), v.label])) : null;
        out[[...prefix, ...c.key.split('.')].join('.')] = { label: groupLabel ? `${groupLabel} — ${label}` : label, options,
          section, order: Object.keys(out).length };
      }
      if (c.components) {
        indexLabels(c.components, path, c.path ? (c.label || c.path) : groupLabel,
          c.type === 'group' && !c.path ? (c.label || section) : section, out);
      }
    });
    return out;
  }

  /** Nested values (an address may come back as its JSON text) become one row per leaf: "group.key". */
  function flatten(value, prefix, out) {
    if (typeof value === 'string' && /^\s*\{/.test(value)) {
      try { value = JSON.parse(value); } catch (e) { /* shown as text */ }
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      Object.entries(value).forEach(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k, out));
    } else {
      out.push([prefix, value]);
    }
    return out;
  }

  function shown(value, options) {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('wfYes') : t('wfNo');
    if (Array.isArray(value)) return value.map((v) => shown(v, options)).join(', ');
    if (options && options[String(value)] !== undefined) return options[String(value)];
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
    if (date) return `${date[3]}/${date[2]}/${date[1]}`;
    return String(value);
  }

  function renderData() {
    const order = (k) => (state.labels[k] ? state.labels[k].order : Number.MAX_SAFE_INTEGER);
    const entries = flatten(state.view.data || {}, '', []).filter(([k]) => k)
      .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]));
    const rows = [];
    let section = null;
    entries.forEach(([k, v]) => {
      const info = state.labels[k];
      const here = info ? info.section : null;
      if (here && here !== section) rows.push(el('tr', { className: 'section' }, el('th', { colSpan: 2 }, here)));
      section = here;
      rows.push(el('tr', { dataset: { field: k } }, el('td', {}, info ? info.label : k, info ? el('span', { className: 'note' }, ' ' + k) : null),
        el('td', { className: 'value' }, shown(v, info && info.options))));
    });
    $('data').replaceChildren(el('h3', {}, t('csData')), entries.length
      ? table(['csField', 'csValue'], rows, { id: 'data-table' })
      : el('p', { className: 'note' }, t('csNoData')));
  }

  function render() {
    if (!state.view) return;
    renderSummary();
    renderOpenTasks();
    renderHistory();
    renderData();
  }

  async function load() {
    try {
      state.view = await api('/api/cases/' + enc(id));
      const code = state.view.summary.procedureCode;
      if (!state.procedure) {
        const [procedure, startForm] = await Promise.all([api('/api/procedures/' + enc(code)).catch(() => null),
          api(`/api/procedures/${enc(code)}/start-form`).catch(() => null)]);
        state.procedure = procedure;
        state.labels = startForm ? indexLabels(startForm.schema.components, [], null, null, {}) : {};
      }
      await W.localities().catch(() => []);
      showError(null);
      render();
    } catch (e) { showError(e); }
  }

  document.addEventListener('DOMContentLoaded', load);
  Procedo.onLanguage(render);
})();
