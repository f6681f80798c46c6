// The procedure page's "operations" panel (#workflow): the deployed versions of its workflow, deploying the to-be
// model, the KPIs measured from real cases (with how each is computed), where cases wait, and recent cases.
(function () {
  Procedo.addTexts({
    vi: {
      wpTitle: 'Vận hành thực tế', wpDeploy: 'Triển khai quy trình đề xuất', wpStart: 'Tiếp nhận hồ sơ', wpTasks: 'Công việc',
      wpNoToBe: 'Chưa có mô hình to-be để triển khai.', wpDeployed: 'Các phiên bản đã triển khai', wpNone: 'Chưa triển khai.',
      wpVersion: 'Phiên bản', wpLocality: 'Địa phương', wpModel: 'Mô hình', wpAt: 'Triển khai lúc', wpBy: 'Người triển khai',
      wpActive: 'Hồ sơ đang xử lý', wpState: 'Trạng thái', wpRunning: 'Đang hoạt động', wpSuspended: 'Tạm dừng',
      wpDone: (v) => `Đã triển khai phiên bản ${v}.`,
      wpKpis: 'Chỉ số đo từ hồ sơ thực tế', wpAllLocalities: 'Mọi địa phương', wpStarted: 'Hồ sơ đã tiếp nhận',
      wpCompleted: 'Đã giải quyết', wpOpen: 'Đang giải quyết', wpOverdue: 'Quá hạn (đang giải quyết)',
      wpMedian: 'Thời gian giải quyết trung vị', wpP90: 'Thời gian giải quyết P90', wpOnTime: 'Tỷ lệ đúng hạn',
      wpNote: (at) => `Thời gian giải quyết: từ lúc tiếp nhận đến lúc kết thúc hồ sơ, chỉ tính hồ sơ đã giải quyết; `
        + `trung vị và phân vị 90 (P90) theo phương pháp thứ hạng gần nhất (nearest-rank); số ngày = số giờ ÷ 24. `
        + `Đúng hạn: hồ sơ kết thúc không muộn hơn hạn giải quyết theo luật (tính theo ngày làm việc, trừ thứ Bảy, Chủ nhật `
        + `và ngày lễ, hết giờ hành chính 17:00); tỷ lệ = số hồ sơ đúng hạn ÷ số hồ sơ đã giải quyết. Đo lúc ${at}.`,
      wpWait: 'Hồ sơ chờ ở đâu', wpTask: 'Công việc', wpTaskDone: 'Đã xử lý', wpMedianH: 'Trung vị (giờ)', wpP90H: 'P90 (giờ)',
      wpShare: 'Tỷ trọng thời gian xử lý', wpWaiting: 'Đang chờ', wpOldest: 'Chờ lâu nhất (giờ)', wpNoTasks: 'Chưa có số liệu.',
      wpRecent: 'Hồ sơ gần đây', wpCase: 'Hồ sơ', wpChannel: 'Kênh', wpReceived: 'Tiếp nhận', wpDue: 'Hạn giải quyết',
      wpEnded: 'Kết thúc', wpNoCases: 'Chưa có hồ sơ nào.'
    },
    en: {
      wpTitle: 'Operations', wpDeploy: 'Deploy the proposed workflow', wpStart: 'Receive a dossier', wpTasks: 'Tasks',
      wpNoToBe: 'No to-be model to deploy yet.', wpDeployed: 'Deployed versions', wpNone: 'Not deployed.',
      wpVersion: 'Version', wpLocality: 'Locality', wpModel: 'Model', wpAt: 'Deployed at', wpBy: 'Deployed by',
      wpActive: 'Running cases', wpState: 'State', wpRunning: 'Running', wpSuspended: 'Suspended',
      wpDone: (v) => `Deployed version ${v}.`,
      wpKpis: 'Measured from real cases', wpAllLocalities: 'All localities', wpStarted: 'Cases received',
      wpCompleted: 'Completed', wpOpen: 'Open', wpOverdue: 'Overdue (open)', wpMedian: 'Median cycle time',
      wpP90: 'P90 cycle time', wpOnTime: 'On-time rate',
      wpNote: (at) => `Cycle time: from receipt to the end of a case, over completed cases only; median and 90th `
        + `percentile (P90) by the nearest-rank method; days = hours ÷ 24. On time: the case ended no later than its legal `
        + `due date (working days, without Saturdays, Sundays and public holidays, office hours ending at 17:00); rate = cases `
        + `on time ÷ cases completed. Measured at ${at}.`,
      wpWait: 'Where cases wait', wpTask: 'Task', wpTaskDone: 'Completed', wpMedianH: 'Median (h)', wpP90H: 'P90 (h)',
      wpShare: 'Share of work time', wpWaiting: 'Waiting now', wpOldest: 'Oldest waiting (h)', wpNoTasks: 'No figures yet.',
      wpRecent: 'Recent cases', wpCase: 'Case', wpChannel: 'Channel', wpReceived: 'Received', wpDue: 'Due', wpEnded: 'Ended',
      wpNoCases: 'No case yet.'
    }
  });
  const { t, el, api, number } = Procedo;
  const W = window.ProcedoWorkflow;
  const enc = encodeURIComponent;
  const section = document.getElementById('workflow');
  const state = { code: null, deployments: [], hasToBe: false, kpis: null, cases: [], locality: '', result: null, loading: false };

  async function load() {
    const code = enc(state.code);
    const q = state.locality ? '?locality=' + enc(state.locality) : '';
    const [deployments, models, kpis, cases] = await Promise.all([
      api(`/api/procedures/${code}/deployments`).catch(() => []),
      api(`/api/procedures/${code}/models`).catch(() => []),
      api(`/api/procedures/${code}/kpis${q}`).catch(() => null),
      api(`/api/cases?procedureCode=${code}&limit=10${state.locality ? '&locality=' + enc(state.locality) : ''}`).catch(() => []),
      W.localities().catch(() => [])]);
    Object.assign(state, { deployments, hasToBe: models.some((m) => m.kind === 'TO_BE'), kpis, cases });
    render();
  }

  function table(headers, rows, attrs, numeric) {
    return el('table', Object.assign({ className: 'data' }, attrs),
      el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', { className: numeric && numeric[i] ? 'num' : '' }, t(h))))),
      el('tbody', {}, rows));
  }

  function kpi(key, label, value) {
    return el('div', { className: 'kpi' }, el('span', { className: 'kpi-label' }, t(label)),
      el('span', { className: 'kpi-value', dataset: { kpi: key } }, value));
  }

  const percent = (share) => (share === null || share === undefined) ? '—' : number(Number(share) * 100, 1) + ' %';

  function renderActions() {
    const actions = [];
    if (state.hasToBe) {
      actions.push(W.whoField('workflow-user'), el('button', { type: 'button', id: 'deploy-to-be', onclick: deploy }, t('wpDeploy')));
    } else {
      actions.push(el('span', { className: 'note' }, t('wpNoToBe')));
    }
    if (state.deployments.some((d) => !d.suspended)) {
      actions.push(el('a', { className: 'button secondary', id: 'start-link', href: '/start.html?code=' + enc(state.code) }, t('wpStart')));
    }
    if (state.deployments.length) {
      actions.push(el('a', { className: 'button secondary', id: 'tasks-link', href: '/tasks.html?procedureCode=' + enc(state.code) }, t('wpTasks')));
    }
    const r = state.result;
    return [el('div', { className: 'wp-actions' }, actions),
      r ? (r.problems ? W.problemTable(state.code, r.problems)
        : el('p', { className: r.error ? 'error' : 'notice ok', id: r.error ? 'deploy-error' : 'deploy-ok' }, r.error || t('wpDone', r.version)))
        : null];
  }

  function renderDeployments() {
    if (!state.deployments.length) return [el('h4', {}, t('wpDeployed')), el('p', { className: 'note', id: 'no-deployment' }, t('wpNone'))];
    return [el('h4', {}, t('wpDeployed')), table(['wpVersion', 'wpLocality', 'wpModel', 'wpAt', 'wpBy', 'wpActive', 'wpState'],
      state.deployments.map((d) => el('tr', { dataset: { workflow: d.workflowId, version: d.version } },
        el('td', { className: 'version' }, 'v' + d.version), el('td', {}, W.localityName(d.locality)), el('td', {}, 'v' + d.modelVersion),
        el('td', {}, W.when(d.deployedAt)), el('td', {}, d.deployedBy || ''), el('td', { className: 'num' }, d.activeCases),
        el('td', {}, el('span', { className: 'wf-state ' + (d.suspended ? 'suspended' : 'running') },
          d.suspended ? t('wpSuspended') : t('wpRunning'))))), { id: 'deployments' }, [false, false, false, false, false, true])];
  }

  function renderKpis() {
    const k = state.kpis;
    const select = el('select', { id: 'kpi-locality', onchange: (e) => { state.locality = e.target.value; load(); } });
    W.localityOptions(select, 'wpAllLocalities').then(() => { select.value = state.locality; });
    const head = el('div', { className: 'wp-kpi-head' }, el('h4', {}, t('wpKpis')), select);
    if (!k) return [head];
    const tasks = k.tasks || [];
    const maxShare = Math.max(0.0001, ...tasks.map((x) => Number(x.shareOfWork || 0)));
    return [head,
      el('div', { className: 'kpis', id: 'kpis' },
        kpi('casesStarted', 'wpStarted', number(k.casesStarted, 0)),
        kpi('casesCompleted', 'wpCompleted', number(k.casesCompleted, 0)),
        kpi('casesOpen', 'wpOpen', number(k.casesOpen, 0)),
        kpi('casesOverdueOpen', 'wpOverdue', number(k.casesOverdueOpen, 0)),
        kpi('medianCycleTime', 'wpMedian', W.hoursAndDays(k.medianCycleTimeHours)),
        kpi('p90CycleTime', 'wpP90', W.hoursAndDays(k.p90CycleTimeHours)),
        kpi('onTimeRate', 'wpOnTime', percent(k.onTimeRate))),
      el('p', { className: 'note', id: 'kpi-note' }, t('wpNote', W.when(k.measuredAt))),
      el('h4', {}, t('wpWait')),
      tasks.length ? table(['wpTask', 'wpTaskDone', 'wpMedianH', 'wpP90H', 'wpShare', 'wpWaiting', 'wpOldest'],
        tasks.map((x) => el('tr', { dataset: { activity: x.activityId } }, el('td', {}, x.name || x.activityId),
          el('td', { className: 'num' }, number(x.completed, 0)), el('td', { className: 'num' }, W.hours(x.medianHours)),
          el('td', { className: 'num' }, W.hours(x.p90Hours)),
          el('td', { className: 'num share' }, el('span', { className: 'bar', style: `width:${Math.round(80 * Number(x.shareOfWork || 0) / maxShare)}px` }),
            percent(x.shareOfWork)),
          el('td', { className: 'num' + (x.waiting ? ' waiting' : '') }, number(x.waiting, 0)),
          el('td', { className: 'num' }, W.hours(x.oldestWaitingHours)))),
        { id: 'task-kpis' }, [false, true, true, true, true, true, true])
        : el('p', { className: 'note' }, t('wpNoTasks'))];
  }

  function renderCases() {
    return [el('h4', {}, t('wpRecent')), state.cases.length
      ? table(['wpCase', 'wpLocality', 'wpChannel', 'wpReceived', 'wpDue', 'wpState', 'wpEnded'],
        state.cases.map((c) => el('tr', { dataset: { case: c.id, state: c.state } }, el('td', {}, W.caseLink(c.id)),
          el('td', {}, W.localityName(c.locality)), el('td', {}, W.channelName(c.channel)), el('td', {}, W.when(c.startedAt)),
          el('td', {}, W.when(c.dueAt), ...W.badges(c)), el('td', {}, W.stateName(c.state)),
          el('td', {}, c.endedAt ? W.when(c.endedAt) : ''))), { id: 'recent-cases' })
      : el('p', { className: 'note' }, t('wpNoCases'))];
  }

  function render() {
    if (!state.code) return;
    section.replaceChildren(...[el('h3', {}, t('wpTitle')), ...renderActions(), ...renderDeployments(), ...renderKpis(),
      ...renderCases()].filter((x) => x));
  }

  async function deploy() {
    try {
      const w = await W.act(`/api/procedures/${enc(state.code)}/deployments`);
      state.result = { version: w.version };
    } catch (e) {
      state.result = e.status === 400 && e.errors.length
        ? { problems: e.errors.map((x) => ({ elementId: x.field, message: x.message })) } : { error: e.message };
    }
    await load();
  }

  document.addEventListener('procedo:procedure', (event) => {
    state.code = event.detail.code;
    load().catch((e) => { section.replaceChildren(el('h3', {}, t('wpTitle')), el('p', { className: 'error' }, e.message)); });
  });
  Procedo.onLanguage(render);
})();
