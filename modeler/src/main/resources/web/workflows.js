// The operations page: the deployed workflows (latest version per procedure and locality) with suspend/resume,
// and the deploy form (check a to-be model, deploy it; every element problem listed with a link to the modeler).
import { api, currentUser, params } from './kit/api.js';
import { whileBusy } from './kit/busy.js';
import { confirmAction } from './kit/confirm.js';
import { longTable } from './kit/datatable.js';
import { $, el, showError } from './kit/dom.js';
import { money } from './kit/format.js';
import { onLanguage, showPage, texts } from './kit/i18n.js';
import { nameOf } from './kit/names.js';
import { isAdmin, isCentral, localitiesOf, mayActForLocality, mayWorkCases } from './kit/roles.js';
import * as W from './workflow/common.js';
import { blocked, deployConfirmed, preview } from './workflow/deploy.js';

const t = texts('workflows', {
  wfsNoun: ['quy trình', 'workflows'],
  wfsTitle: ['Quy trình đang vận hành', 'Workflows in operation'],
  wfsDeployTitle: ['Triển khai quy trình đề xuất (to-be)', 'Deploy the proposed (to-be) workflow'],
  wfsDeployHelp: ['Mô hình to-be mới nhất của thủ tục được kiểm tra từng phần tử (những gì sẽ lỗi khi chạy) rồi triển khai thành phiên bản mới. Có lỗi thì không triển khai gì; còn cảnh báo thì phải ghi lý do.', 'The latest to-be model of the procedure is checked element by element (what would fail at run time), then deployed as a new version. With any error nothing is deployed; warnings need a reason.'],
  wfsWarnings: [(n) => `Còn ${n} cảnh báo: khi triển khai cần ghi lý do.`, (n) => `${n} warning(s) left: deploying asks for a reason.`],
  wfsAskSuspend: ['Tạm dừng quy trình này? Không tiếp nhận hồ sơ mới theo phiên bản này cho đến khi tiếp tục.', 'Suspend this workflow? No new case starts on this version until it is resumed.'],
  wfsScope: ['Phạm vi', 'Scope'],
  wfsSuspendCases: [(n) => `${n} hồ sơ — vẫn được giải quyết tiếp`, (n) => `${n} case(s) — they go on to their end`],
  wfsCode: ['Mã thủ tục', 'Procedure code'],
  wfsLocality: ['Địa phương', 'Locality'],
  wfsCheck: ['Kiểm tra', 'Check'],
  wfsDeploy: ['Triển khai', 'Deploy'],
  wfsDeployed: ['Các quy trình đã triển khai (phiên bản mới nhất)', 'Deployed workflows (latest version)'],
  wfsProcedure: ['Thủ tục', 'Procedure'],
  wfsVersion: ['Phiên bản', 'Version'],
  wfsModelVersion: ['Mô hình', 'Model'],
  wfsDeployedAt: ['Triển khai lúc', 'Deployed at'],
  wfsDeployedBy: ['Người triển khai', 'Deployed by'],
  wfsActiveCases: ['Hồ sơ đang xử lý', 'Running cases'],
  wfsState: ['Trạng thái', 'State'],
  wfsCoverage: ['Hồ sơ áp dụng', 'Dossiers covered'],
  wfsRunning: ['Đang hoạt động', 'Running'],
  wfsSuspended: ['Tạm dừng', 'Suspended'],
  wfsSuspend: ['Tạm dừng', 'Suspend'],
  wfsResume: ['Tiếp tục', 'Resume'],
  wfsStart: ['Tiếp nhận hồ sơ', 'Receive a dossier'],
  wfsNone: ['Chưa có quy trình nào được triển khai.', 'No workflow deployed yet.'],
  wfsNationwide: ['Toàn quốc (mọi địa phương)', 'National (every locality)'],
  wfsNeedCode: ['Nhập mã thủ tục.', 'Enter a procedure code.'],
  wfsNoProblems: [(c) => `Mô hình to-be của ${c} không có lỗi: có thể triển khai.`, (c) => `The to-be model of ${c} has no problem: it can be deployed.`],
  wfsDone: [(c, v, l) => `Đã triển khai ${c}, phiên bản ${v} (${l}).`, (c, v, l) => `Deployed ${c}, version ${v} (${l}).`]
});
showPage(t);
longTable($('workflow-list'), { title: t('wfsDeployed'), noun: () => t('wfsNoun') });
const enc = encodeURIComponent;
let workflows = [];
let user = null;
let lastDeployed = null;
let result = null; // what the deploy form last said: {kind: 'ok'|'problems'|'deployed'|'error', ...}

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
    el('span', { className: 'wf-name', translate: false }, w.procedureName || w.name || '')),
  el('td', {}, W.locality(w.locality)),
  el('td', { className: 'num version' }, 'v' + w.version),
  el('td', { className: 'num' }, 'v' + w.modelVersion),
  el('td', {}, W.when(w.deployedAt)),
  el('td', { translate: false }, w.deployedBy || ''),
  el('td', { className: 'num' }, money(w.activeCases)),
  el('td', { className: 'state' }, el('span', { className: 'wf-state ' + (w.suspended ? 'suspended' : 'running') },
    w.suspended ? t('wfsSuspended') : t('wfsRunning'))),
  el('td', { className: 'coverage ' + (w.coverage || 'ALL').toLowerCase() }, nameOf('coverage', w.coverage || 'ALL')),
  el('td', { className: 'actions' },
    isCentral(user) ? el('button', { type: 'button', className: 'secondary ' + (w.suspended ? 'resume' : 'suspend'),
      onclick: () => setSuspended(w, !w.suspended) }, w.suspended ? t('wfsResume') : t('wfsSuspend')) : null,
    ' ',
    w.suspended || !receives(w.locality) ? null : el('a', { className: 'button secondary start', href: '/start.html?code=' + enc(w.procedureCode)
      + (w.locality ? '&locality=' + enc(w.locality) : '') }, t('wfsStart'))))));
}

/** Suspending asks first, saying the version, its scope and the running cases that go on. */
async function setSuspended(w, suspended) {
  showError(null);
  if (suspended && !await confirmAction({
    question: t('wfsAskSuspend'),
    facts: [['procedure', t('wfsProcedure'), el('span', { translate: false }, `${w.procedureCode} — ${w.procedureName || w.name || ''}`)],
      ['scope', t('wfsScope'), W.locality(w.locality)],
      ['version', t('wfsVersion'), 'v' + w.version],
      ['activeCases', t('wfsActiveCases'), t('wfsSuspendCases', money(w.activeCases))]]
  })) return;
  try {
    await W.act(`/api/workflows/${enc(w.workflowId)}/${suspended ? 'suspend' : 'resume'}`);
    await load();
  } catch (e) { showError(e); }
}

function target() {
  const code = $('deploy-code').value.trim();
  if (!code) throw new Error(t('wfsNeedCode'));
  const locality = $('deploy-locality').value;
  return { code, locality, query: locality ? '?locality=' + enc(locality) : '' };
}

/** Checks as deploying would: the lint's errors and the deploy checks; warnings are counted. */
async function check() {
  try {
    const { code, locality } = target();
    const p = await whileBusy($('check-button'), () => preview(code, locality));
    result = p.deployable ? { kind: 'ok', code, warnings: p.warnings.length } : { kind: 'problems', code, problems: p.errors };
  } catch (e) {
    result = { kind: 'error', message: e.message };
  }
  renderResult();
}

async function deploy(event) {
  event.preventDefault();
  try {
    const { code, locality } = target();
    const done = await whileBusy($('deploy-button'), () => deployConfirmed(code, locality));
    if (!done) return;
    if (done.problems) {
      result = { kind: 'problems', code, problems: done.problems };
    } else {
      lastDeployed = done.workflow.workflowId;
      result = { kind: 'deployed', workflow: done.workflow };
      await load();
    }
  } catch (e) {
    result = { kind: 'error', message: e.message };
  }
  renderResult();
  watchTarget();
}

// While a code and a locality are chosen, the deploy button is enabled only when the model can be deployed.
let previewTimer = null;
let previewed = null; // {code, locality, preview}
function watchTarget() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(async () => {
    const code = $('deploy-code').value.trim();
    const locality = $('deploy-locality').value;
    previewed = null;
    if (code) {
      try {
        previewed = { code, locality, preview: await preview(code, locality) };
      } catch { /* an unknown code or a procedure without a to-be model: said when deploying */ }
    }
    if (previewed && code !== $('deploy-code').value.trim()) return;
    showBlocked();
  }, 300);
}

function showBlocked() {
  const p = previewed && previewed.preview;
  const stop = !!p && !p.deployable;
  $('deploy-button').disabled = stop;
  $('deploy-blocked').hidden = !stop;
  $('deploy-blocked').textContent = stop ? blocked(p) : '';
  if (stop && (!result || result.kind !== 'problems')) {
    result = { kind: 'problems', code: previewed.code, problems: p.errors };
    renderResult();
  }
}

function renderResult() {
  const box = $('deploy-result');
  if (!result) { box.replaceChildren(); return; }
  if (result.kind === 'error') {
    box.replaceChildren(el('p', { className: 'error', id: 'deploy-error' }, result.message));
  } else if (result.kind === 'ok') {
    box.replaceChildren(el('p', { className: 'notice ok', id: 'check-ok' }, t('wfsNoProblems', result.code),
      result.warnings ? ' ' + t('wfsWarnings', result.warnings) : ''));
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
      $('procedure-codes').replaceChildren(...page.items.map((p) => el('option', { value: p.code, translate: false }, p.name)));
    } catch { /* suggestions are a convenience */ }
  }, 250);
}

/** Whether the signed-in person receives dossiers for a workflow of locality (none: nationwide). */
function receives(locality) {
  if (!mayWorkCases(user)) return false;
  return isAdmin(user) || !locality || localitiesOf(user, 'CASE_OFFICER').includes(locality);
}

/** Deploying is offered to central staff and to locality officers (for their provinces only). */
async function deployChoices() {
  await W.localityOptions($('deploy-locality'), t('wfsNationwide'));
  const allowed = mayActForLocality(user);
  $('deploy').hidden = !allowed;
  if (!allowed || isCentral(user)) return;
  [...$('deploy-locality').options].filter((o) => !o.value || !mayActForLocality(user, o.value)).forEach((o) => o.remove());
}

async function init() {
  $('deploy-who').replaceChildren(W.whoField('deploy-user'));
  $('deploy-form').addEventListener('submit', deploy);
  $('check-button').addEventListener('click', check);
  $('deploy-code').addEventListener('input', suggest);
  $('deploy-code').addEventListener('input', () => { result = null; renderResult(); watchTarget(); });
  $('deploy-locality').addEventListener('change', watchTarget);
  if (params.get('code')) { $('deploy-code').value = params.get('code'); watchTarget(); }
  try {
    user = await currentUser();
    await deployChoices();
    await load();
  } catch (e) { showError(e); }
}

document.addEventListener('DOMContentLoaded', init);
onLanguage(() => {
  $('deploy-who').replaceChildren(W.whoField('deploy-user'));
  deployChoices().catch(showError);
  render();
  renderResult();
  showBlocked();
});
