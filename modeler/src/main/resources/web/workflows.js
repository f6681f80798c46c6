// The operations page: the deployed workflows (latest version per procedure and locality) with suspend/resume,
// and the deploy form (check a to-be model, deploy it; every element problem listed with a link to the modeler).
(function () {
  Procedo.addTexts({
    vi: {
      wfsTitle: 'Quy trình đang vận hành', wfsDeployTitle: 'Triển khai quy trình đề xuất (to-be)',
      wfsDeployHelp: 'Mô hình to-be mới nhất của thủ tục được kiểm tra từng phần tử (những gì sẽ lỗi khi chạy) rồi triển khai thành phiên bản mới. Có lỗi thì không triển khai gì.',
      wfsCode: 'Mã thủ tục', wfsLocality: 'Địa phương', wfsCheck: 'Kiểm tra', wfsDeploy: 'Triển khai',
      wfsDeployed: 'Các quy trình đã triển khai (phiên bản mới nhất)', wfsProcedure: 'Thủ tục', wfsVersion: 'Phiên bản',
      wfsModelVersion: 'Mô hình', wfsDeployedAt: 'Triển khai lúc', wfsDeployedBy: 'Người triển khai',
      wfsActiveCases: 'Hồ sơ đang xử lý', wfsState: 'Trạng thái', wfsRunning: 'Đang hoạt động', wfsSuspended: 'Tạm dừng',
      wfsSuspend: 'Tạm dừng', wfsResume: 'Tiếp tục', wfsStart: 'Tiếp nhận hồ sơ', wfsNone: 'Chưa có quy trình nào được triển khai.',
      wfsNationwide: 'Toàn quốc (mọi địa phương)', wfsNeedCode: 'Nhập mã thủ tục.',
      wfsNoProblems: (c) => `Mô hình to-be của ${c} không có lỗi: có thể triển khai.`,
      wfsDone: (c, v, l) => `Đã triển khai ${c}, phiên bản ${v} (${l}).`
    },
    en: {
      wfsTitle: 'Workflows in operation', wfsDeployTitle: 'Deploy the proposed (to-be) workflow',
      wfsDeployHelp: 'The latest to-be model of the procedure is checked element by element (what would fail at run time), then deployed as a new version. With any problem nothing is deployed.',
      wfsCode: 'Procedure code', wfsLocality: 'Locality', wfsCheck: 'Check', wfsDeploy: 'Deploy',
      wfsDeployed: 'Deployed workflows (latest version)', wfsProcedure: 'Procedure', wfsVersion: 'Version',
      wfsModelVersion: 'Model', wfsDeployedAt: 'Deployed at', wfsDeployedBy: 'Deployed by',
      wfsActiveCases: 'Running cases', wfsState: 'State', wfsRunning: 'Running', wfsSuspended: 'Suspended',
      wfsSuspend: 'Suspend', wfsResume: 'Resume', wfsStart: 'Receive a dossier', wfsNone: 'No workflow deployed yet.',
      wfsNationwide: 'National (every locality)', wfsNeedCode: 'Enter a procedure code.',
      wfsNoProblems: (c) => `The to-be model of ${c} has no problem: it can be deployed.`,
      wfsDone: (c, v, l) => `Deployed ${c}, version ${v} (${l}).`
    }
  });
  const { t, el, api } = Procedo;
  const W = window.ProcedoWorkflow;
  const $ = (id) => document.getElementById(id);
  const enc = encodeURIComponent;
  let workflows = [];
  let lastDeployed = null;
  let result = null; // what the deploy form last said: {kind: 'ok'|'problems'|'deployed'|'error', ...}

  function showError(e) { $('error').textContent = e ? e.message : ''; }

  async function load() {
    workflows = await api('/api/workflows');
    render();
  }

  function render() {
    $('none').hidden = workflows.length > 0;
    $('workflow-list').tBodies[0].replaceChildren(...workflows.map((w) => el('tr', {
      dataset: { workflow: w.workflowId, code: w.procedureCode, locality: w.locality || '' },
      className: lastDeployed === w.workflowId ? 'wf-new' : ''
    },
    el('td', {}, el('a', { href: '/procedure.html?code=' + enc(w.procedureCode) }, w.procedureCode), ' ',
      el('span', { className: 'wf-name' }, w.procedureName || w.name || '')),
    el('td', {}, W.localityName(w.locality)),
    el('td', { className: 'num version' }, 'v' + w.version),
    el('td', { className: 'num' }, 'v' + w.modelVersion),
    el('td', {}, W.when(w.deployedAt)),
    el('td', {}, w.deployedBy || ''),
    el('td', { className: 'num' }, w.activeCases),
    el('td', { className: 'state' }, el('span', { className: 'wf-state ' + (w.suspended ? 'suspended' : 'running') },
      w.suspended ? t('wfsSuspended') : t('wfsRunning'))),
    el('td', { className: 'actions' },
      el('button', { type: 'button', className: 'secondary ' + (w.suspended ? 'resume' : 'suspend'),
        onclick: () => setSuspended(w, !w.suspended) }, w.suspended ? t('wfsResume') : t('wfsSuspend')),
      ' ',
      w.suspended ? null : el('a', { className: 'button secondary start', href: '/start.html?code=' + enc(w.procedureCode)
        + (w.locality ? '&locality=' + enc(w.locality) : '') }, t('wfsStart'))))));
  }

  async function setSuspended(w, suspended) {
    showError(null);
    try {
      await W.act(`/api/workflows/${enc(w.workflowId)}/${suspended ? 'suspend' : 'resume'}`, { anonymous: true });
      await load();
    } catch (e) { showError(e); }
  }

  function target() {
    const code = $('deploy-code').value.trim();
    if (!code) throw new Error(t('wfsNeedCode'));
    const locality = $('deploy-locality').value;
    return { code, locality, query: locality ? '?locality=' + enc(locality) : '' };
  }

  async function check() {
    try {
      const { code, query } = target();
      const r = await api(`/api/procedures/${enc(code)}/deployments/check${query}`, { method: 'POST' });
      result = r.problems.length ? { kind: 'problems', code, problems: r.problems } : { kind: 'ok', code };
    } catch (e) {
      result = { kind: 'error', message: e.message };
    }
    renderResult();
  }

  async function deploy(event) {
    event.preventDefault();
    try {
      const { code, query } = target();
      try {
        const w = await W.act(`/api/procedures/${enc(code)}/deployments${query}`);
        lastDeployed = w.workflowId;
        result = { kind: 'deployed', workflow: w };
        await load();
      } catch (e) {
        if (e.status === 400 && e.errors.length) {
          result = { kind: 'problems', code, problems: e.errors.map((x) => ({ elementId: x.field, message: x.message })) };
        } else throw e;
      }
    } catch (e) {
      result = { kind: 'error', message: e.message };
    }
    renderResult();
  }

  function renderResult() {
    const box = $('deploy-result');
    if (!result) { box.replaceChildren(); return; }
    if (result.kind === 'error') {
      box.replaceChildren(el('p', { className: 'error', id: 'deploy-error' }, result.message));
    } else if (result.kind === 'ok') {
      box.replaceChildren(el('p', { className: 'notice ok', id: 'check-ok' }, t('wfsNoProblems', result.code)));
    } else if (result.kind === 'deployed') {
      const w = result.workflow;
      box.replaceChildren(el('p', { className: 'notice ok', id: 'deploy-ok' },
        t('wfsDone', w.procedureCode, w.version, W.localityName(w.locality)), ' ',
        el('a', { href: '/start.html?code=' + enc(w.procedureCode) + (w.locality ? '&locality=' + enc(w.locality) : '') }, t('wfsStart'))));
    } else {
      box.replaceChildren(W.problemTable(result.code, result.problems));
    }
  }

  // Procedure codes suggested while typing (the catalog's search, diacritics-insensitive, by code or name).
  let suggestTimer = null;
  function suggest() {
    clearTimeout(suggestTimer);
    const q = $('deploy-code').value.trim();
    if (q.length < 2) return;
    suggestTimer = setTimeout(async () => {
      try {
        const page = await api('/api/procedures?limit=15&q=' + enc(q));
        $('procedure-codes').replaceChildren(...page.items.map((p) => el('option', { value: p.code }, p.name)));
      } catch (e) { /* suggestions are a convenience */ }
    }, 250);
  }

  async function init() {
    $('deploy-who').replaceChildren(W.whoField('deploy-user'));
    $('deploy-form').addEventListener('submit', deploy);
    $('check-button').addEventListener('click', check);
    $('deploy-code').addEventListener('input', suggest);
    if (Procedo.params.get('code')) $('deploy-code').value = Procedo.params.get('code');
    try {
      await W.localityOptions($('deploy-locality'), 'wfsNationwide');
      await load();
    } catch (e) { showError(e); }
  }

  document.addEventListener('DOMContentLoaded', init);
  Procedo.onLanguage(() => {
    $('deploy-who').replaceChildren(W.whoField('deploy-user'));
    W.localityOptions($('deploy-locality'), 'wfsNationwide').catch(showError);
    render();
    renderResult();
  });
})();
