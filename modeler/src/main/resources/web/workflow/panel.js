// The procedure page's "operations" panel (#workflow): the deployed versions of its workflow, deploying the to-be
// model, the KPIs measured from real cases (with how each is computed), where cases wait, and recent cases.
import { api, currentUser } from '../kit/api.js';
import { whileBusy } from '../kit/busy.js';
import { el } from '../kit/dom.js';
import { number } from '../kit/format.js';
import { onLanguage, texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';
import { isCentral, mayWorkCases } from '../kit/roles.js';
import * as W from './common.js';
import { blocked, deployConfirmed, preview } from './deploy.js';
import { longTable } from '../kit/datatable.js';
import { table } from '../kit/table.js';

const t = texts('workflowPanel', {
  wpCasesNoun: ['hồ sơ', 'cases'],
  wpTitle: ['Vận hành thực tế', 'Operations'],
  wpDeploy: ['Triển khai quy trình đề xuất', 'Deploy the proposed workflow'],
  wpStart: ['Tiếp nhận hồ sơ', 'Receive a dossier'],
  wpTasks: ['Công việc', 'Tasks'],
  wpNoToBe: ['Chưa có mô hình to-be để triển khai.', 'No to-be model to deploy yet.'],
  wpDeployed: ['Các phiên bản đã triển khai', 'Deployed versions'],
  wpNone: ['Chưa triển khai.', 'Not deployed.'],
  wpVersion: ['Phiên bản', 'Version'],
  wpLocality: ['Địa phương', 'Locality'],
  wpModel: ['Mô hình', 'Model'],
  wpAt: ['Triển khai lúc', 'Deployed at'],
  wpBy: ['Người triển khai', 'Deployed by'],
  wpActive: ['Hồ sơ đang xử lý', 'Running cases'],
  wpState: ['Trạng thái', 'State'],
  wpReason: ['Lý do triển khai dù còn cảnh báo', 'Why deployed despite warnings'],
  wpCoverage: ['Hồ sơ áp dụng', 'Dossiers covered'],
  wpRunning: ['Đang hoạt động', 'Running'],
  wpSuspended: ['Tạm dừng', 'Suspended'],
  wpDone: [(v) => `Đã triển khai phiên bản ${v}.`, (v) => `Deployed version ${v}.`],
  wpKpis: ['Chỉ số đo từ hồ sơ thực tế', 'Measured from real cases'],
  wpAllLocalities: ['Mọi địa phương', 'All localities'],
  wpStarted: ['Hồ sơ đã tiếp nhận', 'Cases received'],
  wpCompleted: ['Đã cấp kết quả', 'Granted'],
  wpRefused: ['Từ chối', 'Refused'],
  wpWithdrawn: ['Rút hồ sơ', 'Withdrawn'],
  wpCancelled: ['Huỷ', 'Cancelled'],
  wpAgencyTime: ['Thời gian của cơ quan giải quyết (trung vị)', 'Agency time (median)'],
  wpApplicantTime: ['Thời gian chờ người nộp (trung vị)', 'Applicant time (median)'],
  wpApplicantStep: ['bước của người nộp', "the applicant's step"],
  wpOpen: ['Đang giải quyết', 'Open'],
  wpOverdue: ['Quá hạn (đang giải quyết)', 'Overdue (open)'],
  wpMedian: ['Thời gian giải quyết trung vị', 'Median cycle time'],
  wpP90: ['Thời gian giải quyết P90', 'P90 cycle time'],
  wpOnTime: ['Tỷ lệ đúng hạn', 'On-time rate'],
  wpNote: [(at) => `Thời gian giải quyết: từ lúc tiếp nhận đến lúc kết thúc hồ sơ, chỉ tính hồ sơ đã có quyết định (cấp kết `
      + `quả hoặc từ chối); trung vị và phân vị 90 (P90) theo phương pháp thứ hạng gần nhất; số ngày = số giờ ÷ 24. `
      + `Thời gian của cơ quan giải quyết = thời gian giải quyết trừ thời gian các bước của người nộp (nộp, bổ sung hồ sơ, nhận `
      + `kết quả), khi đó thời hạn giải quyết tạm dừng. Đúng hạn: hồ sơ có quyết định không muộn hơn hạn giải quyết theo luật `
      + `(tính theo ngày làm việc, trừ thứ Bảy, Chủ nhật và ngày lễ, hết giờ hành chính 17:00); tỷ lệ = số hồ sơ đúng hạn ÷ số `
      + `hồ sơ đã cấp kết quả hoặc từ chối; hồ sơ rút hoặc huỷ không tính. Đo lúc ${at}.`,
  (at) => `Cycle time: from receipt to the end of a case, over decided cases only (granted or refused); median and 90th `
      + `percentile (P90) by the nearest-rank method; days = hours ÷ 24. Agency time = cycle time less the time of the `
      + `applicant's steps (submitting, supplementing the dossier, receiving the result), while the legal clock stands still. `
      + `On time: the case was decided no later than its legal due date (working days, without Saturdays, Sundays and public `
      + `holidays, office hours ending at 17:00); rate = cases on time ÷ cases granted or refused; withdrawn and cancelled `
      + `cases do not count. Measured at ${at}.`],
  wpWait: ['Hồ sơ chờ ở đâu', 'Where cases wait'],
  wpTask: ['Công việc', 'Task'],
  wpTaskDone: ['Đã xử lý', 'Completed'],
  wpMedianH: ['Trung vị (giờ)', 'Median (h)'],
  wpP90H: ['P90 (giờ)', 'P90 (h)'],
  wpShare: ['Tỷ trọng thời gian xử lý', 'Share of work time'],
  wpWaiting: ['Đang chờ', 'Waiting now'],
  wpOldest: ['Chờ lâu nhất (giờ)', 'Oldest waiting (h)'],
  wpNoTasks: ['Chưa có số liệu.', 'No figures yet.'],
  wpRecent: ['Hồ sơ gần đây', 'Recent cases'],
  wpCase: ['Hồ sơ', 'Case'],
  wpChannel: ['Kênh', 'Channel'],
  wpReceived: ['Tiếp nhận', 'Received'],
  wpDue: ['Hạn giải quyết', 'Due'],
  wpEnded: ['Kết thúc', 'Ended'],
  wpNoCases: ['Chưa có hồ sơ nào.', 'No case yet.'],
  wpApplicant: ['Người nộp', 'Applicant'],
  wpFindCase: ['Tìm hồ sơ', 'Find a dossier'],
  wpFindHint: ['Số hồ sơ hoặc tên người nộp', 'Dossier number or applicant'],
  wpNoneFound: ['Không có hồ sơ nào phù hợp.', 'No matching dossier.'],
  wpStages: ['Giai đoạn triển khai và so sánh thí điểm', 'Go-live stages and pilot comparison']
});
const enc = encodeURIComponent;
const section = document.getElementById('workflow');
const state = { user: null, code: null, deployments: [], hasToBe: false, kpis: null, cases: [], locality: '', result: null, loading: false, preview: null };

async function load() {
  const code = enc(state.code);
  const q = state.locality ? '?locality=' + enc(state.locality) : '';
  const [deployments, models, kpis, cases, , user] = await Promise.all([
    api(`/api/procedures/${code}/deployments`).catch(() => []),
    api(`/api/procedures/${code}/models`).catch(() => []),
    api(`/api/procedures/${code}/kpis${q}`).catch(() => null),
    api(`/api/cases?procedureCode=${code}&limit=10${state.locality ? '&locality=' + enc(state.locality) : ''}`).catch(() => []),
    W.localities().catch(() => []),
    currentUser().catch(() => null)]);
  state.user = user;
  Object.assign(state, { deployments, hasToBe: models.some((m) => m.kind === 'TO_BE'), kpis, cases });
  state.caseSearch = '';
  state.preview = state.hasToBe && isCentral(user) ? await preview(state.code).catch(() => null) : null;
  render();
}

const tableOf = (keys, rows, attrs, numeric) => table(keys, rows, { label: t, attrs, numeric });

function kpi(key, label, value) {
  return el('div', { className: 'kpi' }, el('span', { className: 'kpi-label' }, t(label)),
    el('span', { className: 'kpi-value', dataset: { kpi: key } }, value));
}

const percent = (share) => (share === null || share === undefined) ? '—' : number(Number(share) * 100, 1) + ' %';

function renderActions() {
  const actions = [];
  if (state.hasToBe && isCentral(state.user)) {
    const stop = state.preview && !state.preview.deployable;
    actions.push(W.whoField('workflow-user'), el('button', { type: 'button', id: 'deploy-to-be', onclick: deploy, disabled: !!stop }, t('wpDeploy')));
    if (stop) actions.push(el('span', { className: 'error', id: 'deploy-blocked' }, blocked(state.preview)));
  } else if (!state.hasToBe) {
    actions.push(el('span', { className: 'note' }, t('wpNoToBe')));
  }
  if (state.deployments.some((d) => !d.suspended) && mayWorkCases(state.user)) {
    actions.push(el('a', { className: 'button secondary', id: 'start-link', href: '/start.html?code=' + enc(state.code) }, t('wpStart')));
  }
  actions.push(el('a', { className: 'button secondary', id: 'pilot-link', href: '/pilot.html?code=' + enc(state.code) }, t('wpStages')));
  if (state.deployments.length) {
    actions.push(el('a', { className: 'button secondary', id: 'tasks-link', href: '/tasks.html?procedureCode=' + enc(state.code) }, t('wpTasks')));
  }
  const r = state.result;
  const problems = !r && state.preview && !state.preview.deployable ? W.problemTable(state.code, state.preview.errors) : null;
  return [el('div', { className: 'wp-actions' }, actions), problems,
    r ? (r.problems ? W.problemTable(state.code, r.problems)
      : el('p', { className: r.error ? 'error' : 'notice ok', id: r.error ? 'deploy-error' : 'deploy-ok' }, r.error || t('wpDone', r.version)))
      : null];
}

function renderDeployments() {
  if (!state.deployments.length) return [el('h4', {}, t('wpDeployed')), el('p', { className: 'note', id: 'no-deployment' }, t('wpNone'))];
  return [el('h4', {}, t('wpDeployed')), tableOf(['wpVersion', 'wpLocality', 'wpModel', 'wpAt', 'wpBy', 'wpActive', 'wpState', 'wpReason', 'wpCoverage'],
    state.deployments.map((d) => el('tr', { dataset: { workflow: d.workflowId, version: d.version } },
      el('td', { className: 'version' }, 'v' + d.version), el('td', {}, W.locality(d.locality)), el('td', {}, 'v' + d.modelVersion),
      el('td', {}, W.when(d.deployedAt)), el('td', { translate: false }, d.deployedBy || ''), el('td', { className: 'num' }, number(d.activeCases, 0)),
      el('td', {}, el('span', { className: 'wf-state ' + (d.suspended ? 'suspended' : 'running') },
        d.suspended ? t('wpSuspended') : t('wpRunning'))),
      el('td', { className: 'reason', translate: false }, d.reason || ''),
      el('td', { className: 'coverage ' + (d.coverage || 'ALL').toLowerCase() }, nameOf('coverage', d.coverage || 'ALL')))),
    { id: 'deployments' }, [false, false, false, false, false, true])];
}

function renderKpis() {
  const k = state.kpis;
  const select = el('select', { id: 'kpi-locality', onchange: (e) => { state.locality = e.target.value; load(); } });
  W.localityOptions(select, t('wpAllLocalities')).then(() => { select.value = state.locality; });
  const head = el('div', { className: 'wp-kpi-head' }, el('h4', {}, t('wpKpis')), select);
  if (!k) return [head];
  const tasks = k.tasks || [];
  const maxShare = Math.max(0.0001, ...tasks.map((x) => Number(x.shareOfWork || 0)));
  return [head,
    el('div', { className: 'kpis', id: 'kpis' },
      kpi('casesStarted', 'wpStarted', number(k.casesStarted, 0)),
      kpi('casesCompleted', 'wpCompleted', number(k.casesCompleted, 0)),
      kpi('casesRefused', 'wpRefused', number(k.casesRefused, 0)),
      kpi('casesWithdrawn', 'wpWithdrawn', number(k.casesWithdrawn, 0)),
      kpi('casesCancelled', 'wpCancelled', number(k.casesCancelled, 0)),
      kpi('casesOpen', 'wpOpen', number(k.casesOpen, 0)),
      kpi('casesOverdueOpen', 'wpOverdue', number(k.casesOverdueOpen, 0)),
      kpi('medianCycleTime', 'wpMedian', W.hoursAndDays(k.medianCycleTimeHours)),
      kpi('p90CycleTime', 'wpP90', W.hoursAndDays(k.p90CycleTimeHours)),
      kpi('onTimeRate', 'wpOnTime', percent(k.onTimeRate)),
      kpi('medianAgencyTime', 'wpAgencyTime', W.hoursAndDays(k.medianAgencyTimeHours)),
      kpi('medianApplicantTime', 'wpApplicantTime', W.hoursAndDays(k.medianApplicantTimeHours))),
    el('p', { className: 'note', id: 'kpi-note' }, t('wpNote', W.when(k.measuredAt))),
    el('h4', {}, t('wpWait')),
    tasks.length ? tableOf(['wpTask', 'wpTaskDone', 'wpMedianH', 'wpP90H', 'wpShare', 'wpWaiting', 'wpOldest'],
      tasks.map((x) => el('tr', { dataset: { activity: x.activityId } }, el('td', {}, el('span', { translate: false }, x.name || x.activityId),
        x.applicant ? el('span', { className: 'wf-badge applicant-step' }, t('wpApplicantStep')) : null),
        el('td', { className: 'num' }, number(x.completed, 0)), el('td', { className: 'num' }, W.hours(x.medianHours)),
        el('td', { className: 'num' }, W.hours(x.p90Hours)),
        el('td', { className: 'num share' }, el('span', { className: 'bar', style: `width:${Math.round(80 * Number(x.shareOfWork || 0) / maxShare)}px` }),
          percent(x.shareOfWork)),
        el('td', { className: 'num' + (x.waiting ? ' waiting' : '') }, number(x.waiting, 0)),
        el('td', { className: 'num' }, W.hours(x.oldestWaitingHours)))),
      { id: 'task-kpis' }, [false, true, true, true, true, true, true])
      : el('p', { className: 'note' }, t('wpNoTasks'))];
}

async function findCases(text) {
  state.caseSearch = text;
  const where = state.locality ? '&locality=' + enc(state.locality) : '';
  state.cases = await api(`/api/cases?procedureCode=${enc(state.code)}&limit=${text ? 50 : 10}${where}`
    + (text ? '&q=' + enc(text) : '')).catch(() => []);
  render();
}

function caseSearch() {
  const input = el('input', { type: 'search', id: 'case-search', value: state.caseSearch || '', placeholder: t('wpFindHint'),
    onchange: () => findCases(input.value.trim()) });
  return el('p', { className: 'wp-case-search' }, el('label', {}, t('wpFindCase'), ' ', input));
}

function caseCell(c) {
  return el('td', {}, c.dossierNumber ? el('a', { href: '/case.html?id=' + enc(c.id), className: 'dossier-number',
    translate: false }, c.dossierNumber) : W.caseLink(c.id));
}

function renderCases() {
  return [el('h4', {}, t('wpRecent')), caseSearch(), state.cases.length
    ? longTable(tableOf(['wpCase', 'wpApplicant', 'wpLocality', 'wpChannel', 'wpReceived', 'wpDue', 'wpState', 'wpEnded'],
      state.cases.map((c) => el('tr', { dataset: { case: c.id, state: c.state } }, caseCell(c),
        el('td', { translate: false }, c.applicantName || ''),
        el('td', {}, W.locality(c.locality)), el('td', {}, W.channelName(c.channel)), el('td', {}, W.when(c.startedAt)),
        el('td', {}, W.when(c.dueAt), ...W.badges(c)), el('td', {}, W.caseStateName(c)),
        el('td', {}, c.endedAt ? W.when(c.endedAt) : ''))), { id: 'recent-cases' }), { title: t('wpRecent'), noun: () => t('wpCasesNoun') })
    : el('p', { className: 'note' }, t(state.caseSearch ? 'wpNoneFound' : 'wpNoCases'))];
}

function render() {
  if (!state.code) return;
  section.replaceChildren(...[el('h3', {}, t('wpTitle')), ...renderActions(), ...renderDeployments(), ...renderKpis(),
    ...renderCases()].filter((x) => x));
}

async function deploy() {
  try {
    const done = await whileBusy(document.getElementById('deploy-to-be'), () => deployConfirmed(state.code, null, state.preview));
    if (!done) return;
    state.result = done.problems ? { problems: done.problems } : { version: done.workflow.version };
  } catch (e) {
    state.result = { error: e.message };
  }
  await load();
}

/** Shows the operations panel of this procedure in #workflow. */
export function showOperations(procedure) {
  state.code = procedure.code;
  load().catch((e) => { section.replaceChildren(el('h3', {}, t('wpTitle')), el('p', { className: 'error' }, e.message)); });
}
onLanguage(render);
